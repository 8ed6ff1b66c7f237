import Foundation
import NewsgraphModel

/// Buffered byte output to a file (C stdio underneath), for the CSV writers.
/// Owns the FILE* and closes it in `deinit` if `close()` was not reached.
final class ByteFileWriter {
    private var file: UnsafeMutablePointer<FILE>?
    private let path: String
    private var buffer: [UInt8] = []

    init(path: String) throws {
        self.path = path
        guard let file = fopen(path, "wb") else {
            throw NewsgraphError(.outputFailed, file: path, "cannot open for writing: \(String(cString: strerror(errno)))")
        }
        self.file = file
        buffer.reserveCapacity(1 << 16)
    }

    deinit { if let file { fclose(file) } }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        guard let file else { throw NewsgraphError(.outputFailed, file: path, "file already closed") }
        let written = buffer.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != buffer.count {
            throw NewsgraphError(.outputFailed, file: path, "write failed: \(String(cString: strerror(errno)))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        if let file, fclose(file) != 0 {
            self.file = nil
            throw NewsgraphError(.outputFailed, file: path, "close failed: \(String(cString: strerror(errno)))")
        }
        file = nil
    }
}

/// RFC 4180 fields: quoted only when needed (comma, quote, CR or LF inside), quotes doubled.
public enum CSVField {
    public static func quoted(_ value: String) -> String {
        var needsQuotes = false
        for byte in value.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            needsQuotes = true
            break
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Spreadsheet formula-injection guard (OWASP "CSV injection"): a cell that starts with
    /// `=`, `+`, `-` or `@` would be evaluated by Excel, LibreOffice or Google Sheets, so it is
    /// prefixed with a single quote, which spreadsheets show as text. Readers of the CSV as
    /// data see the quote: `'=1+1`. Only text columns are guarded; numbers are never touched.
    public static func formulaGuarded(_ value: String) -> String {
        guard let first = value.utf8.first else { return value }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"): return "'" + value
        default: return value
        }
    }

    public static func row(_ fields: [String], terminator: String) -> String {
        var line = ""
        for (i, field) in fields.enumerated() {
            if i > 0 { line += "," }
            line += quoted(field)
        }
        return line + terminator
    }
}
