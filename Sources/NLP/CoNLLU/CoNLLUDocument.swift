/// The sentences of one document (`# newdoc` to the next), and its conversion to an `AnalyzedDocument`
/// with gold tokens, tags, lemmas, features, dependencies and character offsets.
public struct CoNLLUDocument: Hashable, Sendable {
    /// The `# newdoc id = ...` value, when present.
    public var id: String?
    public var sentences: [CoNLLUSentence]

    public init(id: String? = nil, sentences: [CoNLLUSentence]) {
        self.id = id
        self.sentences = sentences
    }

    /// Splits a file's sentences into documents at each `# newdoc` (the CoNLL 2018 shared-task unit).
    /// Sentences before the first `# newdoc` form a document of their own.
    public static func split(_ sentences: [CoNLLUSentence]) -> [CoNLLUDocument] {
        var documents: [CoNLLUDocument] = []
        for sentence in sentences {
            if sentence.startsDocument || documents.isEmpty {
                documents.append(CoNLLUDocument(id: sentence.documentID, sentences: []))
            }
            documents[documents.count - 1].sentences.append(sentence)
        }
        return documents
    }

    /// The document's raw text: each sentence's `# text` (or the text rebuilt from its tokens), separated
    /// by a space, or by a blank line where a new paragraph starts (`# newpar`), or by nothing when the
    /// previous sentence's last token has SpaceAfter=No.
    public var text: String { layout().text }

    /// Gold annotation as an `AnalyzedDocument`. One `Token` per syntactic word, in file order, so the
    /// words of sentence `i` are `document.sentences[i].tokens` (zip them with `sentences[i].words`).
    /// Offsets come from matching token forms in order in the sentence text; the words of a multiword token
    /// each get their part of its span when their forms spell it out ("do" + "n't"), otherwise they share
    /// the rest of the span. `head` is document-level (-1 for the root), "_" columns become "".
    public func analyzedDocument() -> AnalyzedDocument {
        let (text, starts) = layout()
        var tokens: [Token] = []
        tokens.reserveCapacity(sentences.reduce(0) { $0 + $1.words.count })
        var spans: [Sentence] = []
        spans.reserveCapacity(sentences.count)
        for (index, sentence) in sentences.enumerated() {
            let sentenceText = Array((sentence.text ?? sentence.reconstructedText).unicodeScalars)
            let base = starts[index]
            let firstToken = tokens.count
            var cursor = 0
            for surface in sentence.surfaceTokens {
                let form = Array(surface.form.unicodeScalars)
                let (begin, end) = CoNLLUDocument.locate(form, in: sentenceText, from: &cursor)
                if surface.words.count == 1 {
                    tokens.append(CoNLLUDocument.token(sentence.words[surface.words.lowerBound], begin: base + begin,
                                                       end: base + end, spaceAfter: surface.spaceAfter,
                                                       firstToken: firstToken))
                    continue
                }
                // Words of a multiword token: split the surface span by their forms where they match.
                var inner = begin
                for w in surface.words {
                    let word = sentence.words[w]
                    let wordForm = Array(word.form.unicodeScalars)
                    var wordEnd = end
                    if inner + wordForm.count <= end,
                       CoNLLUDocument.matches(wordForm, sentenceText, at: inner, caseInsensitive: true) {
                        wordEnd = inner + wordForm.count
                    }
                    let isLast = w == surface.words.upperBound - 1
                    if isLast { wordEnd = end }
                    let wordBegin = min(inner, wordEnd)
                    tokens.append(CoNLLUDocument.token(word, begin: base + wordBegin, end: base + wordEnd,
                                                       spaceAfter: isLast ? surface.spaceAfter : false,
                                                       firstToken: firstToken))
                    if wordEnd < end { inner = wordEnd }
                }
            }
            spans.append(Sentence(tokens: firstToken..<tokens.count, begin: base, end: base + sentenceText.count))
        }
        // A sentence's last token has whitespace after it unless the text says otherwise.
        let scalars = Array(text.unicodeScalars)
        for s in spans where !s.tokens.isEmpty {
            let last = s.tokens.upperBound - 1
            tokens[last].spaceAfter = tokens[last].end < scalars.count && CoNLLUDocument.isSpace(scalars[tokens[last].end])
        }
        return AnalyzedDocument(text: text, tokens: tokens, sentences: spans, entities: [],
                                annotations: [.tokens, .sentences, .tags, .morphology, .lemmas, .dependencies])
    }

    /// The text and the scalar offset at which each sentence starts.
    private func layout() -> (text: String, starts: [Int]) {
        var text = ""
        var starts: [Int] = []
        starts.reserveCapacity(sentences.count)
        var length = 0
        var previousGlued = false
        for (index, sentence) in sentences.enumerated() {
            let sentenceText = sentence.text ?? sentence.reconstructedText
            if index > 0 {
                let separator = sentence.startsParagraph ? "\n\n" : (previousGlued ? "" : " ")
                text += separator
                length += separator.unicodeScalars.count
            }
            starts.append(length)
            text += sentenceText
            length += sentenceText.unicodeScalars.count
            previousGlued = sentence.surfaceTokens.last.map { !$0.spaceAfter } ?? false
        }
        return (text, starts)
    }

    private static func token(_ word: CoNLLUWord, begin: Int, end: Int, spaceAfter: Bool, firstToken: Int) -> Token {
        func value(_ column: String) -> String { column == "_" ? "" : column }
        let head: Int
        if let h = word.head, h > 0 { head = firstToken + h - 1 } else { head = -1 }
        return Token(form: word.form, begin: begin, end: end, spaceAfter: spaceAfter, upos: value(word.upos),
                     xpos: value(word.xpos), feats: value(word.feats),
                     lemma: word.lemma == "_" && word.form != "_" ? "" : word.lemma,
                     head: head, deprel: value(word.deprel))
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool { CharacterClass.isSpace(s) }

    static func matches(_ form: [Unicode.Scalar], _ text: [Unicode.Scalar], at position: Int,
                        caseInsensitive: Bool = false) -> Bool {
        guard position + form.count <= text.count else { return false }
        for k in 0..<form.count where form[k] != text[position + k] {
            if caseInsensitive, form[k].properties.lowercaseMapping == text[position + k].properties.lowercaseMapping {
                continue
            }
            return false
        }
        return true
    }

    /// Finds a token form in the sentence text at or after `cursor` (skipping whitespace), advancing `cursor`.
    /// Forms that are not in the text verbatim (a rare annotation mismatch) get the non-space run at the cursor.
    static func locate(_ form: [Unicode.Scalar], in text: [Unicode.Scalar], from cursor: inout Int) -> (Int, Int) {
        while cursor < text.count && isSpace(text[cursor]) { cursor += 1 }
        if matches(form, text, at: cursor) {
            let begin = cursor
            cursor += form.count
            return (begin, cursor)
        }
        // Forms with spaces removed or added ("2 000" vs "2000"): match ignoring whitespace.
        var t = cursor, f = 0
        while f < form.count && t < text.count {
            if isSpace(form[f]) { f += 1; continue }
            if isSpace(text[t]) { t += 1; continue }
            if form[f] != text[t] { break }
            f += 1; t += 1
        }
        if f == form.count && t > cursor {
            let begin = cursor
            cursor = t
            return (begin, cursor)
        }
        let begin = cursor
        var end = cursor
        while end < text.count && !isSpace(text[end]) && end - begin < form.count { end += 1 }
        cursor = end
        return (begin, end)
    }
}

extension CoNLLUSentence {
    /// This sentence alone as a gold `AnalyzedDocument` (text = its `# text`).
    public func analyzedDocument() -> AnalyzedDocument {
        CoNLLUDocument(sentences: [self]).analyzedDocument()
    }
}
