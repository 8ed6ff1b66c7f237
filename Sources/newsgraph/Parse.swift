import ArgumentParser
import Foundation
import NLP
import NewsgraphModel

/// `newsgraph parse FILE|-`: runs the standard NLP pipeline on plain text and prints CoNLL-U.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tokenize, tag, parse and recognize entities in a text; print CoNLL-U.",
        discussion: """
            Prints one CoNLL-U sentence per detected sentence with # sent_id and # text comments, the 10 columns, \
            SpaceAfter=No where no whitespace follows a token, and named entities in MISC as NE=B-<type> / \
            NE=I-<type> (IOB2 over the tokens; types: person, organization, place, event, time). Columns the \
            installed models do not fill are "_".
            """)

    @ArgumentParser.Argument(help: "A UTF-8 text file, or - for standard input.")
    var file: String

    func run() throws {
        do {
            let text = try Parse.readText(file)
            let pipeline = try NLPPipeline.standard()
            let document = pipeline(text)
            let documentID = file == "-" ? nil : URL(fileURLWithPath: file).lastPathComponent
            FileHandle.standardOutput.write(Data(CoNLLUExport.write(document, documentID: documentID).utf8))
        } catch let error as NewsgraphError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(3)
        }
    }

    /// Reads a whole UTF-8 file (or standard input), with catalog errors for missing, unreadable and non-UTF-8 input.
    static func readText(_ path: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw NewsgraphError(.fileNotFound, file: path, "no such file")
            }
            guard !isDirectory.boolValue, let contents = FileManager.default.contents(atPath: path) else {
                throw NewsgraphError(.unreadable, file: path, "cannot read the file")
            }
            data = contents
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let valid = data.withUnsafeBytes { bytes -> Int in
                var i = 0
                var iterator = bytes.makeIterator()
                var decoder = UTF8()
                var offset = 0
                while case .scalarValue(let s) = decoder.decode(&iterator) { offset += UTF8.width(s); i += 1 }
                return offset
            }
            throw NewsgraphError(.invalidUTF8, file: path, offset: valid, "invalid UTF-8")
        }
        if text.utf8.contains(0) {
            throw NewsgraphError(.binaryInput, file: path, "the file contains NUL bytes: not a text file")
        }
        if text.allSatisfy(\.isWhitespace) {
            throw NewsgraphError(.emptyInput, file: path, "no text to parse")
        }
        return text
    }
}
