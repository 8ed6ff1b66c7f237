/// The one catalog of user-facing errors, each with a stable code (spaCy-style: E + number).
/// Messages name the file, and the line or byte offset where that helps.
public struct NewsgraphError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable, CaseIterable {
        // Input (E1xx): exit code 3 (or 1 under --keep-going).
        case fileNotFound = "E101"
        case unreadable = "E102"
        case invalidUTF8 = "E103"
        case emptyInput = "E104"
        case binaryInput = "E105"
        case inputTooLarge = "E106"
        case badJSONLine = "E107"
        case badHTML = "E108"
        case badDate = "E109"
        case unsupportedInput = "E110"
        case badAliases = "E111"
        // Models and data (E2xx).
        case modelMissing = "E201"
        case modelCorrupt = "E202"
        case badCoNLLU = "E203"
        case trainingData = "E204"
        // Output (E3xx): exit code 3.
        case outputFailed = "E301"
        case unknownFormat = "E302"
        // Validation (E4xx).
        case invalidDocument = "E401"
    }

    public var code: Code
    /// The file (or `-`) the problem is in, when there is one.
    public var file: String?
    /// 1-based line, when known.
    public var line: Int?
    /// 0-based byte offset, when known and more useful than a line.
    public var offset: Int?
    public var message: String

    public init(_ code: Code, file: String? = nil, line: Int? = nil, offset: Int? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.offset = offset
        self.message = message
    }

    /// `error[E103]: seeds/x.txt:12: invalid UTF-8 at byte 4031`
    public var description: String {
        var location = file ?? ""
        if let line { location += ":\(line)" }
        if let offset { location += location.isEmpty ? "byte \(offset)" : " (byte \(offset))" }
        return "error[\(code.rawValue)]: " + (location.isEmpty ? "" : location + ": ") + message
    }
}
