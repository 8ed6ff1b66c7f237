import ArgumentParser
import Foundation
import NLP
import NewsgraphKit
import NewsgraphModel
import Resolution

/// `newsgraph evaluate --coref FILE [--json]`: the whole pipeline's coreference against GUM's entity groups.
extension Evaluate {
    func runCoreference(_ path: String) throws {
        do {
            let cpuStart = clock()
            let sentences = try CoNLLUReader.read(file: path)
            let report = try CoreferenceBenchmark.run(sentences, source: path, pipeline: try BatchPipeline.standard())
            if json {
                print(Evaluate.json(report).text)
            } else {
                print(Evaluate.table(report))
                let cpu = Double(clock() - cpuStart) / Double(CLOCKS_PER_SEC)
                print("(\(report.documents) documents, raw text through the whole pipeline; \(Evaluate.format(cpu)) s CPU)")
            }
        } catch let error as NewsgraphError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(3)
        }
    }

    static func percent(_ x: Double) -> JSONValue { .number((x * 10_000).rounded() / 100) }

    static func json(_ report: CoreferenceBenchmark.Report) -> JSONValue {
        func score(_ s: CoreferenceScore) -> JSONValue {
            .object([("precision", percent(s.precision)), ("recall", percent(s.recall)), ("f1", percent(s.f1))])
        }
        var fields: [(String, JSONValue)] = [("documents", .int(report.documents))]
        for matching in SystemMentionEvaluation.Matching.allCases {
            var subsets: [(String, JSONValue)] = []
            for entry in report.results where entry.matching == matching {
                let r = entry.result
                subsets.append((entry.subset.rawValue, .object([
                    ("gold_mentions", .int(r.goldMentions)), ("system_mentions", .int(r.systemMentions)),
                    ("aligned_mentions", .int(r.alignedMentions)), ("gold_clusters", .int(r.goldClusters)),
                    ("system_clusters", .int(r.responseClusters)),
                    ("mentions", score(r.mentions)), ("muc", score(r.muc)), ("b3", score(r.bCubed)),
                    ("ceafe", score(r.ceafE)), ("conll_f1", percent(r.conllF1)),
                ])))
            }
            fields.append((matching.rawValue, .object(subsets)))
        }
        return .object(fields)
    }

    static func table(_ report: CoreferenceBenchmark.Report) -> String {
        let pad = { (x: String, n: Int) in String(repeating: " ", count: max(0, n - x.count)) + x }
        func row(_ name: String, _ p: Double?, _ r: Double?, _ f: Double) -> String {
            name.padding(toLength: 27, withPad: " ", startingAt: 0) + "|"
                + pad(p.map { format($0 * 100) } ?? "", 10) + " |" + pad(r.map { format($0 * 100) } ?? "", 10) + " |"
                + pad(format(f * 100), 10)
        }
        var lines = ["Matching Clusters Metric    | Precision |    Recall |  F1 Score",
                     "---------------------------+-----------+-----------+-----------"]
        for entry in report.results {
            let r = entry.result
            let label = entry.matching.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                + entry.subset.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            for (name, s) in [("Mentions", r.mentions), ("MUC", r.muc), ("B3", r.bCubed), ("CEAF-e", r.ceafE)] {
                lines.append(row(label + name, s.precision, s.recall, s.f1))
            }
            lines.append(row(label + "CoNLL", nil, nil, r.conllF1))
        }
        for entry in report.results where entry.matching == .exact {
            let r = entry.result
            lines.append("\(entry.subset.rawValue): \(r.goldMentions) gold mentions in \(r.goldClusters) clusters; "
                         + "\(r.systemMentions) system mentions in \(r.responseClusters) clusters")
        }
        return lines.joined(separator: "\n")
    }
}
