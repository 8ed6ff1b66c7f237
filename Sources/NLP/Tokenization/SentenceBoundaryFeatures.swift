/// Features of one candidate sentence boundary: the whitespace gap after token `i` (spaces, no line
/// break; line breaks stay with the rules). Shared by `SentenceBoundaryModel` (prediction) and
/// `SentenceBoundaryTrainer`, so both see exactly the same keys.
///
/// Atoms per token (computed once per text): the lowercased form and the shape ("Xxxx", "dd/dd", ".").
/// Around the gap: the rules' decision (the learned model corrects the rules rather than replacing them),
/// the forms and shapes of the tokens before and after, their pairs, whether the token before the gap is a
/// known abbreviation, how many tokens the current sentence already has and how many remain before the
/// next line break (e-mail signatures and header fields are short, glued into one line).
struct SentenceBoundaryFeatures {
    let text: [Unicode.Scalar]
    let tokens: [Range<Int>]
    private(set) var forms: [UInt64] = []
    private(set) var shapes: [UInt64] = []
    /// Per token: tokens left before the next line break (or the end of the text), this one included.
    private(set) var toLineEnd: [Int] = []

    init(text: [Unicode.Scalar], tokens: [Range<Int>]) {
        self.text = text
        self.tokens = tokens
        forms.reserveCapacity(tokens.count)
        shapes.reserveCapacity(tokens.count)
        for r in tokens {
            forms.append(Self.lowercasedHash(text, r))
            shapes.append(Self.shapeHash(text, r))
        }
        toLineEnd = [Int](repeating: 1, count: tokens.count)
        var remaining = 0
        for i in stride(from: tokens.count - 1, through: 0, by: -1) {
            let end = i + 1 < tokens.count ? tokens[i + 1].lowerBound : text.count
            var broken = i + 1 == tokens.count
            for k in tokens[i].upperBound..<end where CharacterClass.isNewline(text[k]) { broken = true; break }
            remaining = broken ? 1 : remaining + 1
            toLineEnd[i] = remaining
        }
    }

    /// A gap the learned model decides: whitespace without a line break between tokens `i` and `i + 1`.
    func isCandidate(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let a = tokens[i].upperBound, b = tokens[i + 1].lowerBound
        if a == b { return false }
        for k in a..<b where CharacterClass.isNewline(text[k]) { return false }
        return true
    }

    /// Where the rules' split stands without asking the model: sentence-final punctuation (".", "!", "?",
    /// "...") followed by a capitalized word, a #hashtag or an @handle ("It is... Really.",
    /// "@PTI. #FreeImranKhan trended"), the clearest evidence there is.
    func isFirmSplit(_ i: Int) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let first = text[tokens[i + 1].lowerBound]
        guard CharacterClass.isUppercase(first) || first == "#" || first == "@" else { return false }
        for k in tokens[i] where !CharacterClass.isTerminal(text[k]) { return false }
        return true
    }

    /// Where the model may not add a split: after the dash of a news dateline, "ISLAMABAD (AP) — Police
    /// fired ..." (a dash right after a closing bracket). The dateline stays in its sentence, the
    /// project's convention; EWT annotates a few e-mailed datelines as sentences of their own.
    func isFirmContinuation(_ i: Int) -> Bool {
        guard i > 0, tokens[i - 1].count == 1, text[tokens[i - 1].lowerBound] == ")" else { return false }
        for k in tokens[i] where !(CharacterClass.isDash(text[k]) || text[k] == "-") { return false }
        return true
    }

    /// Feature keys for the gap after token `i`; `sentenceLength` is the number of tokens since the
    /// last boundary (token `i` included), `rule` the rule-based splitter's decision.
    func features(_ i: Int, sentenceLength: Int, rule: Bool, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let none: UInt64 = 0x5bd1_e995
        let prev = i > 0 ? forms[i - 1] : none
        let prevShape = i > 0 ? shapes[i - 1] : none
        let cur = forms[i], curShape = shapes[i]
        let next = forms[i + 1], nextShape = shapes[i + 1]
        let next2Shape = i + 2 < tokens.count ? shapes[i + 2] : none
        let next2 = i + 2 < tokens.count ? forms[i + 2] : none
        let r: UInt64 = rule ? 1 : 2
        let length = UInt64(Self.bucket(sentenceLength))
        let rest = UInt64(Self.bucket(toLineEnd[i + 1]))
        let abbreviation: UInt64 = isAbbreviation(i) ? 1 : 2
        out.append(FeatureHashing.feature(1, 0))
        out.append(FeatureHashing.feature(2, r))
        out.append(FeatureHashing.feature(3, r, cur))
        out.append(FeatureHashing.feature(4, cur))
        out.append(FeatureHashing.feature(5, next))
        out.append(FeatureHashing.feature(6, prev))
        out.append(FeatureHashing.feature(7, curShape))
        out.append(FeatureHashing.feature(8, nextShape))
        out.append(FeatureHashing.feature(9, cur, nextShape))
        out.append(FeatureHashing.feature(10, curShape, nextShape))
        out.append(FeatureHashing.feature(11, prev, cur))
        out.append(FeatureHashing.feature(12, cur, next))
        out.append(FeatureHashing.feature(13, nextShape, next2Shape))
        out.append(FeatureHashing.feature(14, prevShape, curShape, nextShape))
        out.append(FeatureHashing.feature(15, r, curShape, nextShape))
        out.append(FeatureHashing.feature(16, abbreviation, next))
        out.append(FeatureHashing.feature(17, r, length))
        out.append(FeatureHashing.feature(18, length, cur))
        out.append(FeatureHashing.feature(19, r, rest))
        out.append(FeatureHashing.feature(20, rest, nextShape))
        out.append(FeatureHashing.feature(21, r, prevShape, cur))
        out.append(FeatureHashing.feature(22, next, next2))
        out.append(FeatureHashing.feature(23, length, curShape, nextShape))
        out.append(FeatureHashing.feature(24, rest, length))
        out.append(FeatureHashing.feature(25, r, next))
    }

    /// 1, 2, 3, 4–5, 6–9, 10–19, 20+.
    static func bucket(_ count: Int) -> Int {
        switch count {
        case ..<4: return count
        case 4...5: return 4
        case 6...9: return 5
        case 10...19: return 6
        default: return 7
        }
    }

    private func isAbbreviation(_ i: Int) -> Bool {
        let r = tokens[i]
        guard r.count > 1, text[r.upperBound - 1] == "." else { return false }
        return AbbreviationLexicon.isAbbreviation(Array(text[r.lowerBound..<(r.upperBound - 1)]))
    }

    /// FNV-1a over the scalars, ASCII letters lowercased (other scalars as they are: deterministic and cheap).
    static func lowercasedHash(_ text: [Unicode.Scalar], _ r: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in r {
            var v = text[k].value
            if v >= 65 && v <= 90 { v += 32 }
            hash ^= UInt64(v)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Hash of the shape: letters "X"/"x", digits "d", anything else itself; runs of one class longer
    /// than three are cut to three ("Xxxx" for every capitalized word of four letters or more).
    static func shapeHash(_ text: [Unicode.Scalar], _ r: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0x84222325_cbf29ce4
        var last: UInt32 = 0, run = 0
        for k in r {
            let s = text[k]
            let c: UInt32
            if CharacterClass.isUppercase(s) {
                c = 88
            } else if CharacterClass.isLowercase(s) {
                c = 120
            } else if CharacterClass.isDigit(s) {
                c = 100
            } else {
                c = s.value
            }
            run = c == last ? run + 1 : 1
            last = c
            if run > 3 { continue }
            hash ^= UInt64(c)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
