import ArgumentParser
import Foundation

import NewsgraphModel
import Serialization

/// `newsgraph validate FILE...`: checks exports by extension (.graphml and .gexf against the
/// bundled profile XSDs, .nt and .nq against the RDF 1.1 grammar). One line per problem on
/// stderr (`error[E401]: FILE:LINE: message`), one summary line per file on stdout; exit 0
/// when every file is valid, 3 otherwise.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check exported GraphML, GEXF, N-Triples and N-Quads files.",
        discussion: """
        .graphml and .gexf are validated with libxml2 against the newsgraph profile schemas \
        (embedded; no network), .nt and .nq line by line against the RDF 1.1 grammar. \
        Problems go to stderr with file and line; exit status 0 when all files are valid, 3 otherwise.
        """
    )

    @ArgumentParser.Argument(help: "Files to check (.graphml, .gexf, .nt, .nq).")
    var files: [String]

    func run() throws {
        var invalid = 0
        for file in files {
            let report = DocumentValidator.validate(file: file)
            let kind = report.kind?.rawValue ?? "unknown format"
            if report.isValid {
                print("\(file): valid \(kind)")
            } else {
                invalid += 1
                for problem in report.problems {
                    FileHandle.standardError.write(Data((problem.description + "\n").utf8))
                }
                let count = report.problems.count
                print("\(file): INVALID \(kind) (\(count) problem\(count == 1 ? "" : "s") listed on stderr)")
            }
        }
        print("\(files.count - invalid) of \(files.count) file\(files.count == 1 ? "" : "s") valid")
        if invalid > 0 { throw ExitCode(3) }
    }
}
