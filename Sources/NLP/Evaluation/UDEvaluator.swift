import Foundation
import NewsgraphModel

/// Gold entity spans for one gold document, over its gold tokens (`CoNLLUDocument.analyzedDocument()`'s
/// tokens, one per word). `GUMGoldEntities.reader` reads GUM's `Entity=`; evaluation only needs spans.
public typealias GoldEntityReader = @Sendable (_ document: CoNLLUDocument, _ gold: AnalyzedDocument) throws -> [EntitySpan]

/// CoNLL 2018 shared-task scoring of CoNLL-U files, and of an `NLPPipeline` against gold CoNLL-U.
public enum UDEvaluator {
    /// Scores system sentences against gold sentences of the same text.
    /// Throws `.badCoNLLU` when the two do not spell the same characters (whitespace aside).
    public static func score(gold: [CoNLLUSentence], system: [CoNLLUSentence]) throws -> UDScores {
        let g = UDFile(gold), s = UDFile(system)
        if g.characters != s.characters {
            var i = 0
            while i < min(g.characters.count, s.characters.count) && g.characters[i] == s.characters[i] { i += 1 }
            func context(_ c: [Unicode.Scalar]) -> String {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: c[min(i, c.count)..<min(i + 20, c.count)])
                return String(view)
            }
            throw NewsgraphError(.badCoNLLU, "gold and system text differ at non-whitespace character \(i): "
                                    + "gold '\(context(g.characters))', system '\(context(s.characters))'")
        }
        let alignment = UDAlignment(gold: g.words, system: s.words)
        func spans(_ gold: [(start: Int, end: Int)], _ system: [(start: Int, end: Int)]) -> Score {
            var correct = 0, gi = 0, si = 0
            while gi < gold.count && si < system.count {
                if system[si].start < gold[gi].start {
                    si += 1
                } else if gold[gi].start < system[si].start {
                    gi += 1
                } else {
                    if gold[gi].end == system[si].end { correct += 1 }
                    gi += 1
                    si += 1
                }
            }
            return Score(gold: gold.count, system: system.count, correct: correct)
        }
        func aligned(_ same: (UDFile.Word, UDFile.Word) -> Bool) -> Score {
            var correct = 0
            for (gi, si) in alignment.pairs where same(g.words[gi], s.words[si]) { correct += 1 }
            return Score(gold: g.words.count, system: s.words.count, correct: correct, aligned: alignment.pairs.count)
        }
        let goldToSystem = alignment.goldToSystem
        func sameHead(_ gw: UDFile.Word, _ sw: UDFile.Word) -> Bool {
            guard let gp = gw.parent else { return sw.parent == nil }
            guard let mapped = goldToSystem[gp] else { return false }
            return sw.parent == mapped
        }
        return UDScores(
            tokens: spans(g.tokens, s.tokens),
            sentences: spans(g.sentences, s.sentences),
            words: aligned { _, _ in true },
            upos: aligned { $0.upos == $1.upos },
            xpos: aligned { $0.xpos == $1.xpos },
            ufeats: aligned { $0.feats == $1.feats },
            lemmas: aligned { $0.lemma == "_" || $0.lemma == $1.lemma },
            uas: aligned { sameHead($0, $1) },
            las: aligned { sameHead($0, $1) && $0.deprel == $1.deprel },
            entities: nil)
    }

    /// Runs `pipeline` on the gold file's documents and scores the result.
    /// - By default each document's raw text (`CoNLLUDocument.text`) goes through the whole pipeline and our
    ///   tokenization is aligned with the gold one by character offsets.
    /// - With `goldTokens`, the pipeline's tokenizing components (those assigning `.tokens`) are skipped and
    ///   the rest run on the file's own tokens and sentences.
    /// - With `goldEntities`, entity spans are scored (exact character span and label).
    public static func evaluate(gold sentences: [CoNLLUSentence], pipeline: NLPPipeline, goldTokens: Bool = false,
                                goldEntities: GoldEntityReader? = nil) throws -> UDScores {
        try run(gold: sentences, pipeline: pipeline, goldTokens: goldTokens, goldEntities: goldEntities).scores
    }

    /// What `evaluate` computes, plus how long the pipeline itself took (for speed reports).
    public struct Run: Sendable {
        public var scores: UDScores
        /// Wall-clock seconds spent inside the pipeline (not reading, converting or scoring).
        public var pipelineSeconds: Double
        /// Processor seconds spent inside the pipeline (wall-clock time suffers on a busy machine).
        public var pipelineCPUSeconds: Double
        /// Tokens the pipeline produced (or received, with gold tokens).
        public var systemTokens: Int
        /// The pipeline's analysis as scored, for inspection or another scorer.
        public var system: [CoNLLUSentence]
    }

    /// `evaluate`, timed.
    public static func run(gold sentences: [CoNLLUSentence], pipeline: NLPPipeline, goldTokens: Bool = false,
                           goldEntities: GoldEntityReader? = nil) throws -> Run {
        let clock = ContinuousClock()
        var elapsed = Duration.zero
        var cpu: clock_t = 0
        var systemTokens = 0
        var system: [CoNLLUSentence] = []
        var goldSpans: [EntityEvaluator.LabeledSpan] = []
        var systemSpans: [EntityEvaluator.LabeledSpan] = []
        for (index, document) in CoNLLUDocument.split(sentences).enumerated() {
            let goldDocument = document.analyzedDocument()
            var analyzed: AnalyzedDocument
            if goldTokens {
                analyzed = AnalyzedDocument(
                    text: goldDocument.text,
                    tokens: goldDocument.tokens.map { Token(form: $0.form, begin: $0.begin, end: $0.end, spaceAfter: $0.spaceAfter) },
                    sentences: goldDocument.sentences, annotations: [.tokens, .sentences])
                let rest = NLPPipeline(components: pipeline.components.filter { !$0.assigns.contains(.tokens) })
                let c0 = Foundation.clock()
                elapsed += clock.measure { rest.run(&analyzed) }
                cpu += Foundation.clock() - c0
                system += goldWordsAsSystem(document, analyzed)
            } else {
                var result = AnalyzedDocument(text: goldDocument.text)
                let c0 = Foundation.clock()
                elapsed += clock.measure { pipeline.run(&result) }
                cpu += Foundation.clock() - c0
                analyzed = result
                system += CoNLLUExport.sentences(from: analyzed)
            }
            systemTokens += analyzed.tokens.count
            if let goldEntities {
                goldSpans += EntityEvaluator.spans(try goldEntities(document, goldDocument), in: goldDocument, document: index)
                systemSpans += EntityEvaluator.spans(analyzed.entities, in: analyzed, document: index)
            }
        }
        var scores = try score(gold: sentences, system: system)
        if goldEntities != nil {
            scores.entities = EntityEvaluator.score(gold: goldSpans, system: systemSpans)
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return Run(scores: scores, pipelineSeconds: seconds, pipelineCPUSeconds: Double(cpu) / Double(CLOCKS_PER_SEC),
                   systemTokens: systemTokens, system: system)
    }

    /// With gold tokens, keep the gold file's multiword tokens so the scorer aligns words one to one.
    private static func goldWordsAsSystem(_ document: CoNLLUDocument, _ analyzed: AnalyzedDocument) -> [CoNLLUSentence] {
        let exported = CoNLLUExport.sentences(from: analyzed)
        return zip(document.sentences, exported).map { gold, system in
            var sentence = system
            sentence.multiwordTokens = gold.multiwordTokens
            for i in sentence.words.indices where i < gold.words.count { sentence.words[i].form = gold.words[i].form }
            return sentence
        }
    }
}
