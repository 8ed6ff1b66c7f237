/// Decides sentence boundaries over a token sequence (rule-based, Punkt-like):
/// - after sentence-final punctuation (`.`, `!`, `?`, `...`, `…`) plus any closing quotes and brackets
///   attached to it ("... regime." → the `”` stays in the sentence), unless the next word starts lowercase;
/// - after an abbreviation that can end a sentence ("U.S.", "Inc.", "etc.") when a typical sentence
///   starter follows ("The", "He", ...), never after titles ("Mr.", "Gen.", "No.");
/// - at a blank line, and at a line break after a line that does not end in a continuation mark
///   (headlines, bylines, datelines) unless the next line starts lowercase.
/// With a `SentenceBoundaryModel`, the gaps between tokens that hold spaces but no line break are then
/// decided by the model, which sees the rules' decision among its features (see `SentenceBoundaryFeatures`).
struct SentenceSplitter {
    let text: [Unicode.Scalar]
    let tokens: [Range<Int>]
    var model: SentenceBoundaryModel? = nil

    /// Index ranges into `tokens`, one per sentence, covering all tokens in order.
    func split() -> [Range<Int>] {
        let rules = ruleSentences()
        guard let model, tokens.count > 1 else { return rules }
        var boundaries = [Bool](repeating: false, count: tokens.count)
        for s in rules { boundaries[s.upperBound - 1] = true }
        let features = SentenceBoundaryFeatures(text: text, tokens: tokens)
        model.decide(&boundaries, features)
        var sentences: [Range<Int>] = []
        var start = 0
        for i in 0..<tokens.count where boundaries[i] || i == tokens.count - 1 {
            sentences.append(start..<(i + 1))
            start = i + 1
        }
        return sentences
    }

    /// The rule-based sentences alone.
    func ruleSentences() -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var t = 0
        let n = tokens.count
        while t < n {
            var last = t
            var boundary = false
            if isTerminalToken(t) {
                // Attached closing quotes and brackets belong to this sentence.
                var k = t + 1
                while k < n {
                    if tokens[k].lowerBound == tokens[k - 1].upperBound && isCloser(k) {
                        k += 1
                    } else if isCitation(k) {
                        k += 3  // a footnote mark after the period belongs to the sentence: "... in 1805.[19]"
                    } else {
                        break
                    }
                }
                last = k - 1
                if k == n {
                    boundary = true
                } else {
                    boundary = lineBreak(after: last) > 0
                        || startsSentence(k, afterAbbreviation: false, quoted: last > t, terminal: tokens[t])
                }
            } else if t + 1 < n {
                if endsWithPeriod(t), AbbreviationLexicon.isAbbreviation(stem(t)), !neverFinal(t) {
                    boundary = lineBreak(after: t) > 0 || startsSentence(t + 1, afterAbbreviation: true)
                }
                if !boundary {
                    let breaks = lineBreak(after: t)
                    if breaks >= 2 {
                        boundary = true
                    } else if breaks == 1 {
                        boundary = !continuesLine(t) && !startsLowercase(t + 1)
                    }
                }
            }
            if boundary || last == n - 1 {
                sentences.append(start..<(last + 1))
                start = last + 1
            }
            t = last + 1
        }
        return sentences
    }

    private func isTerminalToken(_ t: Int) -> Bool {
        let r = tokens[t]
        for k in r where !CharacterClass.isTerminal(text[k]) { return false }
        return true
    }

    private func isCloser(_ t: Int) -> Bool {
        let r = tokens[t]
        return r.count == 1 && CharacterClass.isSentenceCloser(text[r.lowerBound])
    }

    /// "[", digits, "]" on the same line: a Wikipedia-style citation mark.
    private func isCitation(_ t: Int) -> Bool {
        guard t + 2 < tokens.count, tokens[t].count == 1, text[tokens[t].lowerBound] == "[",
              tokens[t + 2].count == 1, text[tokens[t + 2].lowerBound] == "]", lineBreak(after: t - 1) == 0 else {
            return false
        }
        return tokens[t + 1].allSatisfy { CharacterClass.isDigit(text[$0]) }
    }

    private func endsWithPeriod(_ t: Int) -> Bool {
        let r = tokens[t]
        return r.count > 1 && text[r.upperBound - 1] == "."
    }

    private func stem(_ t: Int) -> [Unicode.Scalar] {
        let r = tokens[t]
        return Array(text[r.lowerBound..<(r.upperBound - 1)])
    }

    private func form(_ t: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[tokens[t]])
        return String(view)
    }

    private func neverFinal(_ t: Int) -> Bool {
        let s = stem(t)
        if s.count == 1 { return true }  // initials: "Steffen W. Graae"
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return AbbreviationLexicon.neverFinal.contains(String(view))
    }

    /// Number of line breaks in the whitespace after token `t` (0 when it is followed directly or by spaces).
    private func lineBreak(after t: Int) -> Int {
        let end = t + 1 < tokens.count ? tokens[t + 1].lowerBound : text.count
        var count = 0
        var k = tokens[t].upperBound
        while k < end {
            let s = text[k]
            if s == "\r" && k + 1 < end && text[k + 1] == "\n" { k += 1 }
            if CharacterClass.isNewline(s) { count += 1 }
            k += 1
        }
        return count
    }

    private func startsLowercase(_ t: Int) -> Bool {
        CharacterClass.isLowercase(text[tokens[t].lowerBound])
    }

    /// A line ending in a comma, colon, semicolon, hyphen or opening bracket continues on the next line.
    private func continuesLine(_ t: Int) -> Bool {
        let r = tokens[t]
        guard r.count == 1 else { return false }
        switch text[r.lowerBound] {
        case ",", ";", ":", "-", "(", "[", "&", "\u{201C}", "/": return true
        default: return false
        }
    }

    /// Whether token `t` can begin a new sentence after final punctuation (or an abbreviation).
    /// A lowercase word after a period still starts a new sentence (informal text: "... easy. they all ...");
    /// after "?", "!" or an ellipsis, or after a closing quote ("Why?" he asked), it continues the sentence.
    private func startsSentence(_ t: Int, afterAbbreviation: Bool, quoted: Bool = false,
                                terminal: Range<Int> = 0..<0) -> Bool {
        let first = text[tokens[t].lowerBound]
        if afterAbbreviation {
            return AbbreviationLexicon.sentenceStarters.contains(form(t))
                || (CharacterClass.isOpening(first) && first != "(" && first != "[")
        }
        if CharacterClass.isLowercase(first) {
            return !quoted && terminal.count == 1 && text[terminal.lowerBound] == "."
        }
        // "?" / "!" inside a quote followed by a comma or closing punctuation continues the sentence.
        if first == "," || first == ";" || first == ":" || first == ")" || first == "]" { return false }
        return true
    }
}
