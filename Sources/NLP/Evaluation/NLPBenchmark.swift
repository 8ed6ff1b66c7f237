import Foundation
import NewsgraphModel

/// Times the standard NLP pipeline on raw texts, one component at a time: model load time per
/// component, then CPU and wall seconds per component over all texts (every text goes through the
/// tokenizer, then every text through the tagger, and so on, so each component is timed in one
/// block and timer overhead is nil). CPU time is the comparable figure on a shared machine: wall
/// time includes waiting for a core.
public struct NLPBenchmark: Sendable {
    /// One timed step: loading a model, or running a component over every text once per repeat.
    public struct Timing: Sendable {
        public var name: String
        public var cpuSeconds: Double
        public var wallSeconds: Double
    }

    public private(set) var loads: [Timing] = []
    public private(set) var components: [any PipelineComponent] = []

    /// Loads the bundled models of `NLPPipeline.standard()`, timing each.
    public init() throws {
        components.append(try timed("tokenizer") { try Tokenizer.bundled() })
        components.append(try timed("tagger+lemmatizer") { try PartOfSpeechTagger.bundled() })
        components.append(try timed("parser") { try DependencyParser.bundled() })
        components.append(try timed("ner") { try EntityRecognizer.bundled() })
    }

    private mutating func timed<T>(_ name: String, _ load: () throws -> T) rethrows -> T {
        let cpu = Self.cpuSeconds(), wall = Self.wallSeconds()
        let value = try load()
        loads.append(Timing(name: name, cpuSeconds: Self.cpuSeconds() - cpu, wallSeconds: Self.wallSeconds() - wall))
        return value
    }

    /// What `run` measured.
    public struct Result: Sendable {
        /// Tokens and sentences per pass (what the tokenizer produced).
        public var tokens = 0
        public var sentences = 0
        public var repeats = 0
        /// Seconds of each component summed over all repeats.
        public var stages: [Timing] = []
        /// CPU seconds of each component in each pass (`passes[pass][stage]`): on a shared machine
        /// the fastest and the median pass say more than the sum, which one slow pass skews.
        public var passes: [[Double]] = []
        /// The documents of the last pass, for checking the output.
        public var documents: [AnalyzedDocument] = []

        public var cpuSeconds: Double { stages.reduce(0) { $0 + $1.cpuSeconds } }
        public var wallSeconds: Double { stages.reduce(0) { $0 + $1.wallSeconds } }
        /// Tokens per CPU second of one stage, or of the whole pipeline (nil).
        public func tokensPerCPUSecond(_ stage: Timing? = nil) -> Double {
            Double(tokens * repeats) / max(stage?.cpuSeconds ?? cpuSeconds, 1e-9)
        }

        /// Whole-pipeline tokens per CPU second of each pass, slowest first.
        public var passRates: [Double] {
            passes.map { Double(tokens) / max($0.reduce(0, +), 1e-9) }.sorted()
        }
        /// The median pass's whole-pipeline rate (the lower middle for an even count).
        public var medianPassRate: Double { passRates.isEmpty ? 0 : passRates[(passRates.count - 1) / 2] }
    }

    /// Runs every component over every text, `repeats` times (fresh documents each time).
    public func run(texts: [String], repeats: Int = 1) -> Result {
        var result = Result()
        result.repeats = repeats
        result.stages = components.map { Timing(name: $0.name, cpuSeconds: 0, wallSeconds: 0) }
        for _ in 0..<repeats {
            var documents = texts.map { AnalyzedDocument(text: $0) }
            var pass: [Double] = []
            for (index, component) in components.enumerated() {
                let cpu = Self.cpuSeconds(), wall = Self.wallSeconds()
                for d in documents.indices {
                    component.process(&documents[d])
                    documents[d].annotations.formUnion(component.assigns)
                }
                let seconds = Self.cpuSeconds() - cpu
                pass.append(seconds)
                result.stages[index].cpuSeconds += seconds
                result.stages[index].wallSeconds += Self.wallSeconds() - wall
            }
            result.passes.append(pass)
            result.tokens = documents.reduce(0) { $0 + $1.tokens.count }
            result.sentences = documents.reduce(0) { $0 + $1.sentences.count }
            result.documents = documents
        }
        return result
    }

    /// Raw texts of benchmark input files: each document (`# newdoc`) of a CoNLL-U file rebuilt from
    /// its `# text` lines, any other file as one text.
    public static func texts(files: [String]) throws -> [String] {
        var texts: [String] = []
        for file in files {
            if file.hasSuffix(".conllu") {
                texts += CoNLLUDocument.split(try CoNLLUReader.read(file: file)).map(\.text)
            } else {
                do {
                    texts.append(try String(contentsOfFile: file, encoding: .utf8))
                } catch {
                    throw NewsgraphError(.unreadable, file: file, "cannot read: \(error.localizedDescription)")
                }
            }
        }
        return texts
    }

    /// User + system CPU seconds of this process.
    public static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    public static func wallSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// High-water mark of this process's resident memory, in MiB (Linux reports KiB).
    public static func peakRSSMiB() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
