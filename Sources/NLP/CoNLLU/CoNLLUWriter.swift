/// Writes CoNLL-U in the canonical line order: comments, then per word its multiword-token line,
/// the word, and the empty nodes that follow it; a blank line after each sentence.
/// Reading a file and writing it back is byte-identical when the file uses this order and `\n` newlines.
public enum CoNLLUWriter {
    public static func write(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        out.reserveCapacity(sentences.count * 600)
        for sentence in sentences { write(sentence, to: &out) }
        return out
    }

    public static func write(_ sentence: CoNLLUSentence, to out: inout String) {
        for comment in sentence.comments {
            out += comment
            out += "\n"
        }
        var mwt = 0
        var empty = 0
        func emitEmptyNodes(after major: Int) {
            while empty < sentence.emptyNodes.count, sentence.emptyNodes[empty].major == major {
                let node = sentence.emptyNodes[empty]
                out += "\(node.major).\(node.minor)\t\(node.form)"
                for column in node.otherColumns { out += "\t"; out += column }
                out += "\n"
                empty += 1
            }
        }
        emitEmptyNodes(after: 0)
        for word in sentence.words {
            while mwt < sentence.multiwordTokens.count, sentence.multiwordTokens[mwt].first <= word.id {
                let token = sentence.multiwordTokens[mwt]
                out += "\(token.first)-\(token.last)\t\(token.form)"
                for column in token.otherColumns { out += "\t"; out += column }
                out += "\t\(token.misc)\n"
                mwt += 1
            }
            out += String(word.id)
            out += "\t"; out += word.form
            out += "\t"; out += word.lemma
            out += "\t"; out += word.upos
            out += "\t"; out += word.xpos
            out += "\t"; out += word.feats
            out += "\t"; out += word.head.map(String.init) ?? "_"
            out += "\t"; out += word.deprel
            out += "\t"; out += word.deps
            out += "\t"; out += word.misc
            out += "\n"
            emitEmptyNodes(after: word.id)
        }
        out += "\n"
    }
}
