import ArgumentParser
import Foundation
import NLP
import NewsgraphModel

/// `newsgraph evaluate --ud FILE [--gold-tokens] [--json]`: CoNLL 2018 shared-task scores of the standard
/// pipeline against a gold CoNLL-U file. `newsgraph evaluate --coref FILE [--json]`: coreference of the
/// whole pipeline against GUM's entity groups (`Evaluate+Coreference.swift`).
struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the NLP pipeline (--ud) or the whole pipeline's coreference (--coref) against gold CoNLL-U.",
        discussion: """
            By default each document of the file (# newdoc) is rebuilt as raw text from its # text lines and run \
            through the whole pipeline; our tokens and sentences are aligned with the gold ones by character \
            offsets. With --gold-tokens the file's own tokens and sentences are used. Scores are F1 percentages \
            (0-100). When the file has GUM entity annotations (MISC Entity=), named-entity span F1 (exact character \
            span and type, over GUM's named person/organization/place/event/time mentions) is reported overall \
            (ner_f1) and per type (ner).

            With --coref, each document's raw text goes through the whole pipeline (NLP, extraction, \
            resolution, as export runs it) and the mentions of the resulting entities are scored against the \
            file's coreference groups (MISC Entity=): mention detection, MUC, B3, CEAF-e and their CoNLL average, \
            with mentions matched to gold by exact character span and by head, over all gold clusters and over \
            the clusters with a proper-name mention.
            """)

    @Option(name: .customLong("ud"), help: "Gold CoNLL-U file (UD scores).")
    var file: String?

    @Option(name: .customLong("coref"), help: "Gold CoNLL-U file with Entity= coreference (coreference scores).")
    var corefFile: String?

    @Flag(name: .customLong("gold-tokens"), help: "Use the file's tokens and sentences instead of our tokenizer.")
    var goldTokens = false

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    @Option(name: .customLong("system-out"),
            help: "With --ud: also write the pipeline's analysis, as scored, to this CoNLL-U file (for error analysis or another scorer).")
    var systemOut: String?

    func validate() throws {
        guard (file == nil) != (corefFile == nil) else { throw ValidationError("give exactly one of --ud FILE and --coref FILE") }
        if corefFile != nil && goldTokens { throw ValidationError("--gold-tokens applies to --ud only") }
        if corefFile != nil && systemOut != nil { throw ValidationError("--system-out applies to --ud only") }
    }

    func run() throws {
        if let corefFile { return try runCoreference(corefFile) }
        guard let file else { return }
        do {
            let started = Date()
            let readStart = clock()
            let gold = try CoNLLUReader.read(file: file)
            let readSeconds = Date().timeIntervalSince(started)
            let readCPU = Double(clock() - readStart) / Double(CLOCKS_PER_SEC)
            let hasEntities = gold.contains { $0.words.contains { $0.miscValue("Entity") != nil } }
            let reader: GoldEntityReader? = hasEntities ? GUMGoldEntities.reader : nil
            let run = try UDEvaluator.run(gold: gold, pipeline: try NLPPipeline.standard(),
                                          goldTokens: goldTokens, goldEntities: reader)
            if let systemOut {
                do {
                    try Data(CoNLLUWriter.write(run.system).utf8).write(to: URL(fileURLWithPath: systemOut), options: .atomic)
                } catch {
                    throw NewsgraphError(.outputFailed, "\(systemOut): cannot write the system CoNLL-U: \(error.localizedDescription)")
                }
            }
            if json {
                print(Evaluate.json(run.scores))
            } else {
                print(Evaluate.table(run.scores))
                let total = Date().timeIntervalSince(started)
                let rate = run.pipelineCPUSeconds > 0 ? Double(run.systemTokens) / run.pipelineCPUSeconds : 0
                print("(\(run.scores.tokens.gold) gold tokens, \(run.scores.sentences.gold) gold sentences; "
                      + "read \(Evaluate.format(readSeconds)) s wall / \(Evaluate.format(readCPU)) s CPU, pipeline \(Evaluate.format(run.pipelineSeconds)) s wall / "
                      + "\(Evaluate.format(run.pipelineCPUSeconds)) s CPU = \(Int(rate)) tokens per CPU second, "
                      + "total \(Evaluate.format(total)) s)")
            }
        } catch let error as NewsgraphError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(3)
        }
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    static func json(_ scores: UDScores) -> String {
        var fields = scores.percentages.map { "\"\($0.name)\": \(format($0.value))" }
        if let entities = scores.entities {
            fields.append("\"ner_f1\": \(format(entities.overall.f1 * 100))")
            let byType = entities.byLabel.keys.sorted().map { "\"\($0)\": \(format(entities.byLabel[$0]!.f1 * 100))" }
            fields.append("\"ner\": {" + byType.joined(separator: ", ") + "}")
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    static func table(_ scores: UDScores) -> String {
        func row(_ name: String, _ s: Score, aligned: Bool) -> String {
            let pad = { (x: String, n: Int) in String(repeating: " ", count: max(0, n - x.count)) + x }
            var line = name.padding(toLength: 11, withPad: " ", startingAt: 0) + "|"
            line += pad(format(s.precision * 100), 10) + " |" + pad(format(s.recall * 100), 10) + " |"
                + pad(format(s.f1 * 100), 10) + " |"
            if aligned { line += pad(format(s.alignedAccuracy * 100), 10) }
            return line
        }
        var lines = ["Metric     | Precision |    Recall |  F1 Score | AligndAcc",
                     "-----------+-----------+-----------+-----------+-----------"]
        lines.append(row("Tokens", scores.tokens, aligned: false))
        lines.append(row("Sentences", scores.sentences, aligned: false))
        lines.append(row("Words", scores.words, aligned: false))
        for (name, s) in [("UPOS", scores.upos), ("XPOS", scores.xpos), ("UFeats", scores.ufeats),
                          ("Lemmas", scores.lemmas), ("UAS", scores.uas), ("LAS", scores.las)] {
            lines.append(row(name, s, aligned: true))
        }
        if let entities = scores.entities {
            lines.append(row("NER", entities.overall, aligned: false))
            for label in entities.byLabel.keys.sorted() {
                lines.append(row("  " + label, entities.byLabel[label]!, aligned: false))
            }
        }
        return lines.joined(separator: "\n")
    }
}
