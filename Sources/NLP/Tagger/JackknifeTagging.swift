import Foundation

/// Predicted tags for a training treebank, each sentence tagged by a tagger that never saw it
/// (k-fold jackknifing): a parser trained on them sees the tagging errors it meets at run time.
public struct JackknifeTagging: Equatable, Sendable {
    /// Predicted XPOS and UPOS of each sentence, in treebank order.
    public var xpos: [[String]]
    public var upos: [[String]]

    /// The gold tags (no jackknifing).
    public init(gold sentences: [TreebankSentence]) {
        xpos = sentences.map(\.xpos)
        upos = sentences.map(\.upos)
    }

    /// Which sentences form a fold.
    public enum Folding: String, Sendable, CaseIterable {
        /// Sentence i is in fold i mod k: every fold samples every document.
        case interleaved
        /// k consecutive blocks: a document's sentences mostly share a fold, so the held-out
        /// tagger has not seen the rest of the document (its names and rare words), as at run time.
        case contiguous

        public func fold(of index: Int, count: Int, folds: Int) -> Int {
            switch self {
            case .interleaved: index % folds
            case .contiguous: index * folds / max(count, 1)
            }
        }
    }

    /// Sentence i is tagged by `trainer` trained on the sentences of the other folds.
    /// `folds` < 2 gives the gold tags.
    public init(_ sentences: [TreebankSentence], folds: Int, folding: Folding = .interleaved,
                trainer: TaggerTrainer, progress: (String) -> Void = { _ in }) {
        self.init(gold: sentences)
        guard folds >= 2 else { return }
        let noLemmas = Lemmatizer(exceptions: [:], rules: [:])
        let foldOf = sentences.indices.map { folding.fold(of: $0, count: sentences.count, folds: folds) }
        for fold in 0..<folds {
            let training = sentences.indices.filter { foldOf[$0] != fold }.map { sentences[$0] }
            let tagger = trainer.train(training, lemmatizer: noLemmas)
            var correctXPOS = 0, correctUPOS = 0, total = 0
            for index in sentences.indices where foldOf[index] == fold {
                let tags = tagger.tag(sentences[index].forms)
                xpos[index] = tags.map(\.xpos)
                upos[index] = tags.map(\.upos)
                correctXPOS += zip(xpos[index], sentences[index].xpos).filter { $0 == $1 }.count
                correctUPOS += zip(upos[index], sentences[index].upos).filter { $0 == $1 }.count
                total += sentences[index].count
            }
            progress(String(format: "jackknife fold %d/%d: held-out XPOS %.2f%% UPOS %.2f%%", fold + 1, folds,
                            100 * Double(correctXPOS) / Double(max(total, 1)),
                            100 * Double(correctUPOS) / Double(max(total, 1))))
        }
    }
}

extension JackknifeTagging {
    /// Cache file form: a header line identifying what was tagged and how, then one line per
    /// sentence of space-separated "XPOS/UPOS" pairs (UD English tags contain neither).
    public func serialized(header: String) -> String {
        var text = header + "\n"
        for (x, u) in zip(xpos, upos) {
            text += zip(x, u).map { $0 + "/" + $1 }.joined(separator: " ") + "\n"
        }
        return text
    }

    /// Reads `serialized(header:)` output; nil when the header differs or the shape does not
    /// match `sentences` (a stale cache is recomputed, never trusted).
    public init?(serialized text: String, header: String, sentences: [TreebankSentence]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count == sentences.count + 2, lines[0] == header, lines.last == "" else { return nil }
        var xpos: [[String]] = [], upos: [[String]] = []
        xpos.reserveCapacity(sentences.count)
        upos.reserveCapacity(sentences.count)
        for (line, sentence) in zip(lines.dropFirst(), sentences) {
            let pairs = line.split(separator: " ")
            guard pairs.count == sentence.count else { return nil }
            var x: [String] = [], u: [String] = []
            for pair in pairs {
                guard let slash = pair.lastIndex(of: "/") else { return nil }
                x.append(String(pair[..<slash]))
                u.append(String(pair[pair.index(after: slash)...]))
            }
            xpos.append(x)
            upos.append(u)
        }
        self.xpos = xpos
        self.upos = upos
    }
}
