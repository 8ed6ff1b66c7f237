/// Splits text into token ranges (Unicode scalar offsets), spaCy-style: whitespace-separated chunks, then
/// per chunk the prefixes (opening quotes and brackets, currency), suffixes (closing punctuation, `'s`,
/// `n't`, `'re`, a period that is not part of an abbreviation) and infixes (hyphens between words, slashes,
/// dashes, ellipses), with whole-chunk exceptions (URLs, e-mail addresses, @handles, #hashtags, numbers,
/// abbreviations). Follows the UD English (EWT/GUM) conventions: "do n't", "Khan 's", "15 - year", "4,000".
struct TokenScanner {
    let text: [Unicode.Scalar]
    private(set) var ranges: [Range<Int>] = []

    init(_ text: [Unicode.Scalar]) {
        self.text = text
        ranges.reserveCapacity(text.count / 4)
    }

    mutating func scan() -> [Range<Int>] {
        var i = 0
        let n = text.count
        while i < n {
            if CharacterClass.isSpace(text[i]) { i += 1; continue }
            var j = i + 1
            while j < n && !CharacterClass.isSpace(text[j]) { j += 1 }
            splitChunk(i, j)
            i = j
        }
        return ranges
    }

    // MARK: - Chunks

    private mutating func splitChunk(_ start: Int, _ end: Int) {
        // Fast path: most chunks are plain words.
        if end - start != 5 && end - start != 6 {
            var plain = true
            for k in start..<end where !CharacterClass.isLetter(text[k]) { plain = false; break }
            if plain {
                if let split = Self.apostropheLessSplit(start, end, in: text) {
                    ranges.append(start..<(start + split))
                    ranges.append((start + split)..<end)
                } else {
                    ranges.append(start..<end)
                }
                return
            }
        }
        // Brackets, straight double quotes and angle brackets inside a chunk stand alone, as in EWT:
        // "account(s)" → account ( s ), "file.pdf)(See" → file.pdf ) ( See, `Reynolds"<a...@b.com>`.
        if let k = internalSeparator(start, end) {
            splitChunk(start, k)
            let n = text[k] == "<" || text[k] == ">" ? run(of: text[k], from: k, to: end) : 1
            ranges.append(k..<(k + n))
            if k + n < end { splitChunk(k + n, end) }
            return
        }
        var a = start, b = end
        var suffixes: [Range<Int>] = []
        while a < b {
            if isWhole(a, b) { break }
            let p = prefixLength(a, b)
            if p > 0 {
                ranges.append(a..<(a + p))
                a += p
                continue
            }
            let q = suffixLength(a, b)
            if q > 0 {
                suffixes.append((b - q)..<b)
                b -= q
                continue
            }
            break
        }
        if a < b {
            if isWhole(a, b) { ranges.append(a..<b) } else { splitInfixes(a, b) }
        }
        ranges.append(contentsOf: suffixes.reversed())
    }

    /// The first bracket, straight double quote or angle bracket strictly inside [a, b) (the chunk's
    /// own first and last characters are the prefix and suffix rules' business), unless the chunk
    /// holds a URL, whose brackets belong to it.
    private func internalSeparator(_ a: Int, _ b: Int) -> Int? {
        guard b - a >= 3, !isURL(a, b) else { return nil }
        var found: Int?
        for k in (a + 1)..<(b - 1) {
            switch text[k] {
            case "(", ")", "[", "]", "{", "}", "\"", "<", ">":
                if found == nil { found = k }
            case ":" where k + 2 < b && text[k + 1] == "/" && text[k + 2] == "/":
                return nil
            case "w" where k + 3 < b && text[k + 1] == "w" && text[k + 2] == "w" && text[k + 3] == ".":
                return nil
            default:
                break
            }
        }
        return found
    }

    private func hasPrefix(_ a: Int, _ b: Int, _ literal: String, caseInsensitive: Bool = true) -> Bool {
        var k = a
        for s in literal.unicodeScalars {
            guard k < b else { return false }
            let t = text[k]
            if t != s && !(caseInsensitive && t.value < 0x80 && t.value | 0x20 == s.value | 0x20 && CharacterClass.isLetter(t)) {
                return false
            }
            k += 1
        }
        return true
    }

    private func isURL(_ a: Int, _ b: Int) -> Bool {
        hasPrefix(a, b, "http://") || hasPrefix(a, b, "https://") || hasPrefix(a, b, "ftp://")
            || (hasPrefix(a, b, "www.") && b - a > 5)
    }

    /// Chunks kept as one token once their outer punctuation is gone.
    private func isWhole(_ a: Int, _ b: Int) -> Bool {
        let first = text[a], last = text[b - 1]
        // URLs keep everything up to trailing punctuation, which the suffix rules remove first.
        if isURL(a, b) { return !isURLTrailing(last, a, b) }
        // @handle and #hashtag.
        if (first == "@" || first == "#") && b - a > 1 {
            var all = true
            for k in (a + 1)..<b where !CharacterClass.isWordCharacter(text[k]) { all = false; break }
            if all { return true }
        }
        // E-mail: word@domain.tld
        if CharacterClass.isAlphanumeric(last), let at = (a..<b).first(where: { text[$0] == "@" }), at > a {
            var dot = false, ok = true
            for k in (at + 1)..<b {
                let s = text[k]
                if s == "." { dot = true } else if !(CharacterClass.isAlphanumeric(s) || s == "-" || s == "_") { ok = false; break }
            }
            for k in a..<at {
                let s = text[k]
                if !(CharacterClass.isAlphanumeric(s) || s == "." || s == "_" || s == "-" || s == "+") { ok = false; break }
            }
            if ok && dot { return true }
        }
        // Numbers with grouping, decimals, times, dates: 4,000  10.5  10:30  11/28/2000  (and -5, +3.2).
        if isNumber(a, b) { return true }
        // Emoticons and slash abbreviations kept whole in the UD treebanks.
        if b - a <= 4 && b - a >= 2 && (!CharacterClass.isAlphanumeric(first) || text[a + 1] == "/")
            && TokenScanner.wholeForms.contains(string(a, b)) { return true }
        // Phone numbers: 713-853-3989, 853-3242 (but year ranges like 2005-2006 are split).
        if isPhoneNumber(a, b) { return true }
        // Contraction and possessive suffixes standing alone ("'s", "n't").
        if contractionSuffixLength(a, b) == b - a { return true }
        // Abbreviations: "Mr.", "U.S.", "e.g.", "Nov.".
        if last == "." && b - a > 1 && isAbbreviationChunk(a, b) { return true }
        return false
    }

    static let wholeForms: Set<String> = [
        ":)", ":-)", ";)", ";-)", ":(", ":-(", ":D", ":-D", ":P", ":-P", ":/", "<3", "b/c", "w/", "w/o", "B/C", "W/",
        "a/c", "A/C", "c/o", "C/O", "n/a", "N/A", "o/s", "s/b", "<<", ">>",
    ]

    private func string(_ a: Int, _ b: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[a..<b])
        return String(view)
    }

    private func isPhoneNumber(_ a: Int, _ b: Int) -> Bool {
        var groups: [Int] = []
        var run = 0
        for k in a..<b {
            let s = text[k]
            if CharacterClass.isDigit(s) { run += 1 } else if s == "-" && run > 0 { groups.append(run); run = 0 } else { return false }
        }
        guard run > 0 else { return false }
        groups.append(run)
        guard groups.count >= 2, groups.allSatisfy({ $0 >= 3 }), groups.last! >= 4 else { return false }
        return !(groups.count == 2 && groups[0] == 4)
    }

    private func isNumber(_ a: Int, _ b: Int) -> Bool {
        var k = a
        if text[k] == "-" || text[k] == "+" || text[k] == "\u{2212}" { k += 1 }
        guard k < b, CharacterClass.isDigit(text[k]), CharacterClass.isDigit(text[b - 1]) else { return false }
        while k < b {
            let s = text[k]
            if CharacterClass.isDigit(s) { k += 1; continue }
            if (s == "," || s == "." || s == ":" || s == "/") && k + 1 < b && CharacterClass.isDigit(text[k + 1]) {
                k += 1
                continue
            }
            return false
        }
        return true
    }

    private func isAbbreviationChunk(_ a: Int, _ b: Int) -> Bool {
        let stem = Array(text[a..<(b - 1)])
        guard AbbreviationLexicon.isAbbreviation(stem) else { return false }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: stem)
        if AbbreviationLexicon.ambiguous.contains(String(view)) {
            // "No. 5" keeps the period; "said no." does not.
            var k = b
            while k < text.count && (text[k] == " " || text[k] == "\t") { k += 1 }
            guard k < text.count else { return false }
            let next = text[k]
            return CharacterClass.isDigit(next) || CharacterClass.isLowercase(next) || next == ","
        }
        return true
    }

    private func isURLTrailing(_ s: Unicode.Scalar, _ a: Int, _ b: Int) -> Bool {
        switch s {
        case ".", ",", ";", ":", "!", "?", "\"", "'", "\u{201D}", "\u{2019}", "]", "}", ">": return true
        case ")": return !(a..<b).contains { text[$0] == "(" }
        default: return false
        }
    }

    // MARK: - Prefixes and suffixes

    private func prefixLength(_ a: Int, _ b: Int) -> Int {
        let s = text[a]
        if CharacterClass.isAlphanumeric(s) { return 0 }
        if CharacterClass.isApostrophe(s) && a + 1 < b {
            // A word-initial apostrophe is an opening quote, except in abbreviated years ("'90s") and "'em".
            if CharacterClass.isDigit(text[a + 1]) && b - a >= 3 { return 0 }
            if hasPrefix(a, b, "'em") && b - a == 3 { return 0 }
        }
        if CharacterClass.isCurrency(s) { return run(of: s, from: a, to: b) }
        if CharacterClass.isOpening(s) || CharacterClass.isDash(s) { return 1 }
        if s == "." || s == "-" || s == "!" || s == "?" || s == "*" || s == "=" || s == "~" || s == "_" {
            if s == "-" && a + 1 < b && CharacterClass.isDigit(text[a + 1]) { return 0 }  // -5
            return run(of: s, from: a, to: b)
        }
        if s == "\u{2026}" { return run(of: s, from: a, to: b) }
        if (s == "@" || s == "#") && a + 1 < b && CharacterClass.isWordCharacter(text[a + 1]) { return 0 }
        if s == "+" && a + 1 < b && CharacterClass.isDigit(text[a + 1]) { return 0 }
        // Other symbols and punctuation (•, §, /, &, ...) that start a chunk; a run of one symbol is one
        // token ("****", "====", "$$$").
        if !CharacterClass.isWordCharacter(s) { return run(of: s, from: a, to: b) }
        return 0
    }

    private func run(of s: Unicode.Scalar, from a: Int, to b: Int) -> Int {
        var k = a
        while k < b && text[k] == s { k += 1 }
        return k - a
    }

    private func runBackward(from b: Int, to a: Int, where predicate: (Unicode.Scalar) -> Bool) -> Int {
        var k = b
        while k > a && predicate(text[k - 1]) { k -= 1 }
        return b - k
    }

    /// `n't`, `'s`, `'re`, `'ve`, `'ll`, `'d`, `'m` (straight or curly apostrophe) at the end of [a, b).
    private func contractionSuffixLength(_ a: Int, _ b: Int) -> Int {
        let length = b - a
        if length >= 3, CharacterClass.isApostrophe(text[b - 2]), text[b - 1] == "t" || text[b - 1] == "T",
           text[b - 3] == "n" || text[b - 3] == "N" {
            return 3
        }
        if length >= 2, CharacterClass.isApostrophe(text[b - 2]) {
            switch text[b - 1] {
            case "s", "S", "d", "D", "m", "M": return 2
            default: break
            }
        }
        if length >= 3, CharacterClass.isApostrophe(text[b - 3]) {
            let x = text[b - 2].value | 0x20, y = text[b - 1].value | 0x20
            if (x == 0x72 && y == 0x65) || (x == 0x76 && y == 0x65) || (x == 0x6C && y == 0x6C) { return 3 }  // re ve ll
        }
        return 0
    }

    private func suffixLength(_ a: Int, _ b: Int) -> Int {
        let last = text[b - 1]
        if isURL(a, b) { return isURLTrailing(last, a, b) ? 1 : 0 }
        // Contractions: need a word before them ("do|n't", "Khan|'s").
        let contraction = contractionSuffixLength(a, b)
        if contraction > 0 && b - contraction > a && CharacterClass.isAlphanumeric(text[b - contraction - 1]) {
            // "can't" → "ca n't" and "won't" → "wo n't" follow from this, as in EWT.
            return contraction
        }
        if CharacterClass.isTerminal(last) {
            if last == "." && b - a > 1 && isAbbreviationChunk(a, b) { return 0 }
            // Runs of terminal punctuation are one token ("...", "?!", "!!!").
            let n = runBackward(from: b, to: a) { CharacterClass.isTerminal($0) }
            if n == b - a { return 0 }
            // "Inc.." ends a sentence after an abbreviation: keep one period on the abbreviation.
            if last == "." && n >= 2 && text[b - n] == "." && isAbbreviationChunk(a, b - n + 1) { return n - 1 }
            return n
        }
        if CharacterClass.isDash(last) { return 1 }
        // A citation mark glued to a word: "Harrow.[19]" → "Harrow" "." "[" "19" "]".
        if CharacterClass.isDigit(last) {
            let n = runBackward(from: b, to: a) { CharacterClass.isDigit($0) }
            if b - n - 1 > a && text[b - n - 1] == "[" { return n }
        }
        if (last == "[" || last == "(") && b - a > 1 { return 1 }
        if last == "-" {
            let n = runBackward(from: b, to: a) { $0 == "-" }
            return n >= 2 || b - a == n ? min(n, b - a - 1) : 0
        }
        if CharacterClass.isClosing(last) {
            // A possessive apostrophe after a plural ("Khans'") is also split off as its own token.
            // Other closing symbols go as runs ("****", "%%").
            if CharacterClass.isSentenceCloser(last) || last == "," || last == ";" || last == ":" { return 1 }
            let n = runBackward(from: b, to: a) { $0 == last }
            return n == b - a ? 0 : n
        }
        if CharacterClass.isCurrency(last) && b - a > 1 && CharacterClass.isDigit(text[b - 2]) { return 1 }
        return 0
    }

    // MARK: - Infixes

    /// Contractions typed without their apostrophe, split where UD English splits them ("dont" →
    /// "do nt", "im" → "i m", "thats" → "that s"): the forms EWT and GUM train annotate as two
    /// words every time they occur. Ambiguous ones ("its", "lets", "your", "hes") stay whole.
    /// Value: length of the first word; `true` = also split when capitalized ("Dont", "Thats"),
    /// `false` = lowercase only, where a capitalized form can be a name ("Im", "Cant", "Wont").
    static let apostropheLessContractions: [String: (first: Int, capitalized: Bool)] = [
        "dont": (2, true), "didnt": (3, true), "doesnt": (4, true), "isnt": (2, true), "wasnt": (3, true),
        "arent": (3, true), "werent": (4, true), "havent": (4, true), "hasnt": (3, true), "hadnt": (3, true),
        "couldnt": (5, true), "wouldnt": (5, true), "shouldnt": (6, true), "aint": (2, true),
        "cant": (2, false), "wont": (2, false), "im": (1, false), "ive": (1, true),
        "thats": (4, true), "whats": (4, true), "theres": (5, true), "outta": (3, true),
    ]

    /// The same table keyed by the lowercase ASCII letters packed into an integer (a byte each), so
    /// the check on every plain word builds no string.
    static let packedContractions: [UInt64: (first: Int, capitalized: Bool)] = Dictionary(
        uniqueKeysWithValues: apostropheLessContractions.map { (pack($0.key.unicodeScalars.map(\.value)), $0.value) })

    static func pack(_ letters: [UInt32]) -> UInt64 {
        letters.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Where to split an apostrophe-less contraction filling [a, b), or nil.
    static func apostropheLessSplit(_ a: Int, _ b: Int, in text: [Unicode.Scalar]) -> Int? {
        guard (2...8).contains(b - a) else { return nil }
        var key: UInt64 = 0
        var capitalized = false
        for k in a..<b {
            let value = text[k].value
            switch value {
            case 0x61...0x7A: key = key << 8 | UInt64(value)
            case 0x41...0x5A where k == a:
                capitalized = true
                key = key << 8 | UInt64(value | 0x20)
            default: return nil
            }
        }
        guard let entry = packedContractions[key], entry.capitalized || !capitalized else { return nil }
        return entry.first
    }

    /// Splits inside a chunk: hyphens between words (except after prefixes like "non-", "co-"),
    /// double hyphens and dashes, slashes between words, ellipses, commas between letters.
    private mutating func splitInfixes(_ a: Int, _ b: Int) {
        // Fused forms UD English splits into two words: "cannot", "gonna", "gotta", "wanna".
        if b - a == 6 && hasPrefix(a, b, "cannot") { ranges.append(a..<(a + 3)); ranges.append((a + 3)..<b); return }
        if b - a == 5 && (hasPrefix(a, b, "gonna") || hasPrefix(a, b, "gotta") || hasPrefix(a, b, "wanna")) {
            ranges.append(a..<(a + 3))
            ranges.append((a + 3)..<b)
            return
        }
        if let split = Self.apostropheLessSplit(a, b, in: text) {
            ranges.append(a..<(a + split))
            ranges.append((a + split)..<b)
            return
        }
        var start = a
        var k = a
        var firstPiece = true
        while k < b {
            let s = text[k]
            var cut = 0  // length of an infix token at k, or -1 to split without a token
            if CharacterClass.isDash(s) || s == "\u{2026}" {
                cut = 1
            } else if s == "-" && k > start {
                let n = run(of: "-", from: k, to: b)
                if n >= 2 {
                    cut = n
                } else if k + 1 < b, CharacterClass.isAlphanumeric(text[k - 1]), CharacterClass.isAlphanumeric(text[k + 1]) {
                    if !(firstPiece && isHyphenPrefix(start, k)) { cut = 1 }
                }
            } else if s == "/" && k > start && k + 1 < b && !(isNumericRange(start, k) && CharacterClass.isDigit(text[k + 1])) {
                if CharacterClass.isAlphanumeric(text[k - 1]) && CharacterClass.isAlphanumeric(text[k + 1]) { cut = 1 }
            } else if s == "." && k > start && k + 2 < b && text[k + 1] == "." {
                cut = run(of: ".", from: k, to: b)
            } else if s == "," && k > start && k + 1 < b && CharacterClass.isLetter(text[k - 1]) && CharacterClass.isLetter(text[k + 1]) {
                cut = 1
            }
            if cut > 0 {
                if k > start { ranges.append(start..<k) }
                ranges.append(k..<(k + cut))
                k += cut
                start = k
                firstPiece = false
                continue
            }
            k += 1
        }
        if start < b { ranges.append(start..<b) }
    }

    private func isHyphenPrefix(_ a: Int, _ b: Int) -> Bool {
        guard b - a <= 7 else { return false }
        var view = String.UnicodeScalarView()
        for k in a..<b {
            let s = text[k]
            guard s.value < 0x80 else { return false }
            view.append(CharacterClass.isUppercase(s) ? Unicode.Scalar(s.value | 0x20)! : s)
        }
        return AbbreviationLexicon.hyphenPrefixes.contains(String(view))
    }

    private func isNumericRange(_ a: Int, _ b: Int) -> Bool {
        for k in a..<b where !CharacterClass.isDigit(text[k]) && text[k] != "/" { return false }
        return true
    }
}
