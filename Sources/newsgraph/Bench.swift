import ArgumentParser
import Foundation
import KnowledgeGraph
import NLP
import NewsgraphModel
import Serialization

/// `newsgraph bench`: generates a synthetic corpus (seeded, realistic strings, no hostile
/// characters) and times every writer on it; `newsgraph bench --nlp FILE...` times the NLP
/// pipeline instead (see BenchNLP.swift). Peak RSS is the process's high-water mark
/// (getrusage ru_maxrss), so it only grows from row to row: run one format at a time,
/// at two sizes, to see whether a writer's memory depends on the output size.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time every export writer on a synthetic corpus of N statements, or (--nlp) the NLP pipeline.",
        discussion: """
            With --nlp, the files (CoNLL-U: each # newdoc's raw text; anything else: one plain text) go through \
            the tokenizer, tagger+lemmatizer, parser and NER of the standard pipeline, one component at a time, \
            and the model load times, tokens per CPU second of each component and of the whole pipeline, and \
            the peak resident memory are printed.
            """
    )

    @Flag(help: "Benchmark the NLP pipeline on FILE... instead of the export writers.")
    var nlp = false

    @ArgumentParser.Argument(help: "With --nlp: CoNLL-U or plain-text files.")
    var files: [String] = []

    @Option(help: "With --nlp: passes over the files (more passes, steadier numbers).")
    var repeats: Int = 1

    @Option(help: "Number of statements in the synthetic corpus.")
    var statements: Int = 1_000_000

    @Option(help: "Comma-separated formats, or 'all'.")
    var format: String = "all"

    @Option(help: "Directory for the written files (default: a temporary directory, removed afterwards).")
    var out: String?

    @Option(help: "Seed of the synthetic corpus.")
    var seed: UInt64 = 1

    func validate() throws {
        guard statements >= 1 else { throw ValidationError("--statements must be >= 1") }
        guard repeats >= 1 else { throw ValidationError("--repeats must be >= 1") }
        guard nlp || files.isEmpty else { throw ValidationError("files are only read with --nlp") }
        guard !nlp || !files.isEmpty else { throw ValidationError("--nlp needs at least one file") }
    }

    func run() throws {
        if nlp { return try runNLP() }
        let formats: [ExportFormat]
        do { formats = try ExportFormat.parseList(format) } catch let error as NewsgraphError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
        let directory: URL
        let temporary = out == nil
        if let out {
            directory = URL(fileURLWithPath: out)
        } else {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-bench-\(getpid())")
        }
        defer { if temporary { try? FileManager.default.removeItem(at: directory) } }

        var clock = Stopwatch()
        let corpus = FixtureCorpus.random(seed: seed, statements: statements, hostilePercent: 0)
        let generation = clock.lap()
        print("corpus: \(corpus.statements.count) statements, \(corpus.entities.count) entities, "
              + "\(corpus.documents.count) documents; generated in \(Self.fixed(generation, 2)) s; "
              + "peak RSS so far \(Self.peakRSSMiB()) MiB")
        print(Self.row(["format", "triples/elements", "bytes", "seconds", "cpu s", "triples/s", "per cpu-s", "MB/s", "peak RSS MiB"]))
        let options = ExportOptions()
        for f in formats {
            clock = Stopwatch()
            let cpuBefore = Self.cpuSeconds()
            var count: Int? = nil
            do {
                let file = directory.appendingPathComponent(f.fileName)
                switch f {
                case .turtle: count = try TurtleWriter(options: options).writeCounting(corpus, to: file)
                case .ntriples: count = try NTriplesWriter(options: options).writeCounting(corpus, to: file)
                case .nquads: count = try NQuadsWriter(options: options).writeCounting(corpus, to: file)
                case .trig: count = try TriGWriter(options: options).writeCounting(corpus, to: file)
                case .jsonld: count = try JSONLDWriter(options: options).writeCounting(corpus, to: file)
                default: try f.write(corpus, options: options, into: directory)
                }
            } catch {
                print(Self.row([f.rawValue, "error: \(error)", "", "", "", "", "", "", ""]))
                continue
            }
            let seconds = clock.lap()
            let cpu = Self.cpuSeconds() - cpuBefore
            let bytes = Self.size(of: directory.appendingPathComponent(f.fileName))
            print(Self.row([
                f.rawValue, count.map(String.init) ?? "-", String(bytes), Self.fixed(seconds, 2), Self.fixed(cpu, 2),
                count.map { String(Int(Double($0) / max(seconds, 1e-9))) } ?? "-",
                count.map { String(Int(Double($0) / max(cpu, 1e-9))) } ?? "-",
                Self.fixed(Double(bytes) / 1_000_000 / max(seconds, 1e-9), 1), String(Self.peakRSSMiB()),
            ]))
            // Without --out the files only exist to be timed: free the disk before the next format.
            if temporary { try? FileManager.default.removeItem(at: directory.appendingPathComponent(f.fileName)) }
        }
    }

    static func row(_ cells: [String]) -> String {
        let widths = [9, 17, 13, 8, 8, 11, 11, 8, 12]
        return zip(cells, widths).map { cell, width in
            cell.count >= width ? cell : String(repeating: " ", count: width - cell.count) + cell
        }.joined(separator: " ")
    }

    static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let whole = scaled / Int(scale), frac = abs(scaled % Int(scale))
        let fracText = String(frac)
        return "\(whole)." + String(repeating: "0", count: digits - fracText.count) + fracText
    }

    /// User + system CPU time of this process: on a shared machine, wall time includes waiting for a core.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue &* 1, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func peakRSSMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue &* 1, &usage)
        return Int(usage.ru_maxrss) / 1024 // Linux reports KiB
    }

    /// Size of a file, or the total of a directory's files (neo4j).
    static func size(of url: URL) -> Int {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return 0 }
        if !isDirectory.boolValue { return (try? fm.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0 }
        return ((try? fm.contentsOfDirectory(atPath: url.path)) ?? []).reduce(0) { $0 + size(of: url.appendingPathComponent($1)) }
    }
}

/// Monotonic wall-clock timer.
struct Stopwatch {
    private var start = DispatchTime.now().uptimeNanoseconds
    mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { start = now }
        return Double(now - start) / 1e9
    }
}
