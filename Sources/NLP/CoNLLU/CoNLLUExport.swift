/// `AnalyzedDocument` → CoNLL-U sentences (for `newsgraph parse` and for scoring system output).
///
/// Tokens that share one character span (the words of a contraction the tokenizer kept as one surface
/// token) become a multiword token. Named entities go to MISC as `NE=B-person` / `NE=I-person` (IOB2 with
/// the entity label). Contractions split UD-style ("do" + "n't", "Khan" + "'s", "can" + "not", "gon" + "na",
/// "do" + "nt" from "dont", "soldiers" + "'") are written as multiword tokens over their surface form, as
/// in EWT and GUM. A sentence's last token gets SpaceAfter=No only when text follows it directly.
public enum CoNLLUExport {
    public static func sentences(from document: AnalyzedDocument, sentIDPrefix: String = "s",
                                 documentID: String? = nil) -> [CoNLLUSentence] {
        let source = ScalarText(document.text)
        let scalars = source.scalars
        var entityTag = [String?](repeating: nil, count: document.tokens.count)
        for entity in document.entities {
            for t in entity.tokens where t < entityTag.count {
                entityTag[t] = (t == entity.tokens.lowerBound ? "B-" : "I-") + entity.label
            }
        }
        func slice(_ b: Int, _ e: Int) -> String { source.string(b, e) }
        func field(_ value: String) -> String {
            if value.isEmpty { return "_" }
            if !value.utf8.contains(where: { $0 == 9 || $0 == 10 || $0 == 13 }) { return value }
            return String(value.map { $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
        }

        var result: [CoNLLUSentence] = []
        result.reserveCapacity(document.sentences.count)
        for (n, span) in document.sentences.enumerated() {
            var sentence = CoNLLUSentence()
            if n == 0, let documentID { sentence.comments.append("# newdoc id = \(documentID)") }
            sentence.comments.append("# sent_id = \(sentIDPrefix)\(n + 1)")
            var text = slice(span.begin, span.end)
            if text.unicodeScalars.contains(where: { $0 != " " && CharacterClass.isSpace($0) }) {
                var flat = ""
                for s in text.unicodeScalars { flat.unicodeScalars.append(s == " " || !CharacterClass.isSpace(s) ? s : " ") }
                text = flat
            }
            sentence.comments.append("# text = \(text)")
            let first = span.tokens.lowerBound
            var i = span.tokens.lowerBound
            while i < span.tokens.upperBound {
                // Group tokens sharing the same span into a multiword token.
                var j = i + 1
                let token = document.tokens[i]
                while j < span.tokens.upperBound,
                      (document.tokens[j].begin == token.begin && document.tokens[j].end == token.end && token.end > token.begin)
                        || isClitic(document.tokens[j - 1], document.tokens[j]) { j += 1 }
                let last = document.tokens[j - 1]
                let isSentenceEnd = j == span.tokens.upperBound
                let glued = isSentenceEnd
                    ? (last.end < scalars.count && !CharacterClass.isSpace(scalars[last.end]))
                    : !last.spaceAfter
                if j - i > 1 {
                    sentence.multiwordTokens.append(CoNLLUMultiwordToken(
                        first: i - first + 1, last: j - first, form: field(slice(token.begin, last.end)),
                        misc: glued ? "SpaceAfter=No" : "_"))
                }
                for k in i..<j {
                    let t = document.tokens[k]
                    var misc: [(key: String, value: String)] = []
                    if let tag = entityTag[k] { misc.append(("NE", tag)) }
                    if j - i == 1 && glued { misc.append(("SpaceAfter", "No")) }
                    let head: Int?
                    if document.annotations.contains(.dependencies) {
                        head = t.head < 0 || !span.tokens.contains(t.head) ? 0 : t.head - first + 1
                    } else {
                        head = nil
                    }
                    sentence.words.append(CoNLLUWord(
                        id: k - first + 1, form: field(t.form), lemma: field(t.lemma), upos: field(t.upos),
                        xpos: field(t.xpos), feats: field(t.feats), head: head, deprel: field(t.deprel),
                        deps: "_", misc: CoNLLUMisc.join(misc)))
                }
                i = j
            }
            result.append(sentence)
        }
        return result
    }

    /// Clitics that UD English writes as the second word of a multiword token ("don't" = "do" + "n't").
    static let clitics: Set<String> = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m", "na", "ta", "not"]

    /// Whether `next` is a clitic glued to `previous` (no space, previous ends in a letter or digit).
    static func isClitic(_ previous: Token, _ next: Token) -> Bool {
        guard previous.end == next.begin, !previous.spaceAfter, next.end > next.begin,
              let lastScalar = previous.form.unicodeScalars.last,
              lastScalar.properties.isAlphabetic || lastScalar.properties.numericType != nil else { return false }
        var form = ""
        for s in next.form.lowercased().unicodeScalars { form.unicodeScalars.append(s == "\u{2019}" ? "'" : s) }
        // A contraction typed without its apostrophe, which the tokenizer split ("dont" = "do" + "nt").
        let whole = previous.form.lowercased() + form
        if let split = TokenScanner.apostropheLessContractions[whole], split.first == previous.form.unicodeScalars.count {
            return true
        }
        // The possessive apostrophe of a plural ("soldiers'" = "soldiers" + "'"), as the tagger reads it.
        if form == "'" { return next.xpos == "POS" && (lastScalar == "s" || lastScalar == "S") }
        guard clitics.contains(form) else { return false }
        // "na", "ta", "not" only complete a fused word: "gonna", "gotta", "wanna", "cannot".
        switch form {
        case "na": return ["gon", "wan"].contains(previous.form.lowercased())
        case "ta": return previous.form.lowercased() == "got"
        case "not": return previous.form.lowercased() == "can"
        default: return true
        }
    }

    /// The whole document as CoNLL-U text.
    public static func write(_ document: AnalyzedDocument, sentIDPrefix: String = "s", documentID: String? = nil) -> String {
        CoNLLUWriter.write(sentences(from: document, sentIDPrefix: sentIDPrefix, documentID: documentID))
    }
}
