import ArgumentParser
import Foundation
import NLP
import NewsgraphModel

/// `newsgraph bench --nlp FILE...`: model load times, per-component and whole-pipeline tokens per
/// CPU second, and peak memory of the standard NLP pipeline (the figures of README's "Accuracy and
/// speed, measured").
extension Bench {
    func runNLP() throws {
        do {
            let texts = try NLPBenchmark.texts(files: files)
            let benchmark = try NLPBenchmark()
            for load in benchmark.loads {
                print("load \(load.name): \(Self.decimal(load.cpuSeconds * 1000, 0)) ms CPU, "
                      + "\(Self.decimal(load.wallSeconds * 1000, 0)) ms wall")
            }
            let result = benchmark.run(texts: texts, repeats: repeats)
            print("\(texts.count) texts, \(result.tokens) tokens, \(result.sentences) sentences, \(repeats) pass(es)")
            print(Self.nlpRow(["component", "cpu s", "wall s", "tokens/cpu-s", "share"]))
            for stage in result.stages {
                print(Self.nlpRow([stage.name, Self.decimal(stage.cpuSeconds, 3), Self.decimal(stage.wallSeconds, 3),
                                   String(Int(result.tokensPerCPUSecond(stage))),
                                   Self.decimal(100 * stage.cpuSeconds / max(result.cpuSeconds, 1e-9), 1) + "%"]))
            }
            print(Self.nlpRow(["pipeline", Self.decimal(result.cpuSeconds, 3), Self.decimal(result.wallSeconds, 3),
                               String(Int(result.tokensPerCPUSecond())), "100.0%"]))
            if repeats > 1 {
                let rates = result.passRates
                print("pipeline per pass: slowest \(Int(rates.first ?? 0)), median \(Int(result.medianPassRate)), "
                      + "fastest \(Int(rates.last ?? 0)) tokens/cpu-s")
            }
            print("peak RSS \(Self.decimal(NLPBenchmark.peakRSSMiB(), 1)) MiB")
        } catch let error as NewsgraphError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(3)
        }
    }

    static func decimal(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    static func nlpRow(_ cells: [String]) -> String {
        let widths = [-18, 9, 9, 13, 7]
        return zip(cells, widths).map { cell, width in
            let padding = String(repeating: " ", count: max(0, abs(width) - cell.count))
            return width < 0 ? cell + padding : padding + cell
        }.joined(separator: " ")
    }
}
