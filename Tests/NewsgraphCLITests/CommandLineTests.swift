import Foundation
import Testing

@Suite(.enabled(if: BinaryRunner.available, "build the newsgraph executable first (swift build)"))
struct CommandLineTests {
    @Test func helpListsCommandsExamplesAndExitStatuses() throws {
        let result = try BinaryRunner.run(["--help"])
        #expect(result.status == 0)
        for word in ["export", "extract", "validate", "report", "parse", "Examples:", "Exit status"] {
            #expect(result.stdout.contains(word), "help lacks \(word)")
        }
        let export = try BinaryRunner.run(["export", "--help"])
        #expect(export.status == 0)
        #expect(export.stdout.contains("--keep-going"))
        #expect(export.stdout.contains("graph.ttl"))
    }

    @Test func usageErrorsExitTwo() throws {
        for arguments in [["export", "--format", "turtle,nope"], ["export", "--date", "2024-02-30"],
                          ["export", "--base-iri", "not an iri"], ["no-such-command"], ["extract", "--format", "xml"]] {
            let result = try BinaryRunner.run(arguments)
            #expect(result.status == 2, "\(arguments) exited \(result.status): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func badInputNamesTheFileAndWritesNothing() throws {
        let scratch = try ScratchDirectory()
        let bad = try scratch.write("in/latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" owner said.\n".utf8))
        let out = scratch.url.appendingPathComponent("out").path
        let result = try BinaryRunner.run(["export", bad, "--out", out])
        #expect(result.status == 3)
        #expect(result.stderr.contains("error[E103]: \(bad):1 (byte 3): invalid UTF-8"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func missingAndEmptyInputs() throws {
        let scratch = try ScratchDirectory()
        let empty = try scratch.write("empty.txt", Array("\n  \n".utf8))
        let result = try BinaryRunner.run(["extract", empty, scratch.url.appendingPathComponent("nope.txt").path])
        #expect(result.status == 3)
        #expect(result.stderr.contains("error[E104]: \(empty): empty input"))
        #expect(result.stderr.contains("error[E101]:"))
        #expect(result.stdout.isEmpty)
    }

    @Test func versionIsPrinted() throws {
        let result = try BinaryRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}

@Suite(.enabled(if: BinaryRunner.available, "build the newsgraph executable first (swift build)"))
struct TimingsTests {
    @Test func exportTimingsPrintsEveryStepAndChangesNoOutput() throws {
        let scratch = try ScratchDirectory()
        let timed = scratch.url.appendingPathComponent("timed").path
        let plain = scratch.url.appendingPathComponent("plain").path
        let result = try BinaryRunner.run(["export", "seeds", "--format", "csv,ntriples", "--out", timed, "--timings"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stderr.split(separator: "\n").map(String.init)
        for stage in ["ingest", "load models", "annotate + extract", "  NLP", "  extraction", "resolution",
                      "write csv", "write ntriples", "total"] {
            #expect(rows.contains { $0.hasPrefix(stage + " ") }, "no row for \(stage) in \(result.stderr)")
        }
        // The NLP row carries real CPU time, and the overhead line is computed from it.
        let nlp = rows.first { $0.hasPrefix("  NLP ") }?.split(separator: " ").compactMap { Double($0) }.first ?? 0
        #expect(nlp > 0)
        #expect(rows.contains { $0.hasPrefix("extraction + resolution = ") && $0.hasSuffix("% of NLP CPU time") })

        #expect(try BinaryRunner.run(["export", "seeds", "--format", "csv,ntriples", "--out", plain, "--quiet"]).status == 0)
        for file in ["statements.csv", "graph.nt"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: timed).appendingPathComponent(file))
            let b = try Data(contentsOf: URL(fileURLWithPath: plain).appendingPathComponent(file))
            #expect(a == b, "\(file) differs with --timings")
        }
    }
}
