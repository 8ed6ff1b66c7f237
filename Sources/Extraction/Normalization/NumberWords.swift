/// Reads English numbers written in digits ("4,000", "10.5") or words ("six", "twenty-five",
/// "two hundred", "a dozen", "1.5 million") from the front of a token list.
///
/// Values are exact decimals (`digits × 10^-scale`) so lexical forms never pick up
/// binary floating-point noise.
struct ExactNumber: Hashable, Sendable {
    var digits: Int
    var scale: Int

    init(_ integer: Int) { digits = integer; scale = 0 }
    init(digits: Int, scale: Int) { self.digits = digits; self.scale = scale; normalize() }

    /// Drops trailing fractional zeros ("10.50" → 10.5, "1.0" → 1).
    mutating func normalize() {
        while scale > 0 && digits % 10 == 0 { digits /= 10; scale -= 1 }
    }

    var isInteger: Bool { scale == 0 }
    var doubleValue: Double {
        var d = Double(digits)
        for _ in 0..<scale { d /= 10 }
        return d
    }

    func multiplied(by factor: Int) -> ExactNumber {
        var n = ExactNumber(digits: digits.multipliedReportingOverflow(by: factor).partialValue, scale: scale)
        n.normalize()
        return n
    }

    /// xsd:integer or xsd:decimal lexical form.
    var lexical: String {
        if scale == 0 { return String(digits) }
        let negative = digits < 0
        var s = String(abs(digits))
        if s.count <= scale { s = String(repeating: "0", count: scale - s.count + 1) + s }
        let cut = s.index(s.endIndex, offsetBy: -scale)
        return (negative ? "-" : "") + s[..<cut] + "." + s[cut...]
    }
}

enum NumberWords {
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Int] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "hundredth": 100,
    ]

    /// "4,000" → 4000, "10.5" → 10.5, "1,234.5" → 1234.5; nil for anything else.
    /// Commas must group by three so "1,2" is not read as a number.
    static func parseDigits(_ token: String) -> ExactNumber? {
        guard let first = token.unicodeScalars.first, first.properties.numericType != nil || first == "." else { return nil }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let intPart = String(parts[0])
        let groups = intPart.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let integerDigits = groups.joined()
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        let all = integerDigits + fraction
        guard !all.isEmpty, all.count <= 18, all.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return ExactNumber(digits: Int(all) ?? 0, scale: fraction.count)
    }

    /// "26th", "1st", "first" → rank.
    static func parseOrdinal(_ token: String) -> Int? {
        if let n = ordinals[token] { return n }
        for suffix in ["st", "nd", "rd", "th"] where token.hasSuffix(suffix) {
            let stem = String(token.dropLast(2))
            if !stem.isEmpty, stem.allSatisfy({ $0.isASCII && $0.isNumber }) { return Int(stem) }
        }
        // "twenty-first"
        let pieces = token.split(separator: "-")
        if pieces.count == 2, let t = tens[String(pieces[0])], let o = ordinals[String(pieces[1])], o < 10 {
            return t + o
        }
        return nil
    }

    /// Reads the longest number at the front of `tokens` (lowercased words);
    /// returns it with the number of tokens used.
    static func parse(_ tokens: [String]) -> (value: ExactNumber, consumed: Int)? {
        guard let head = tokens.first else { return nil }
        var i = 0
        var value: ExactNumber
        if head == "a" || head == "an" {
            // "a dozen", "a hundred", "a thousand", "half a dozen" handled below.
            guard tokens.count > 1 else { return nil }
            if tokens[1] == "dozen" { return (ExactNumber(12), 2) }
            guard let s = scales[tokens[1]], tokens[1].count > 2 else { return nil }
            value = ExactNumber(s)
            i = 2
        } else if head == "half", tokens.count > 2, tokens[1] == "a", tokens[2] == "dozen" {
            return (ExactNumber(6), 3)
        } else if let d = parseDigits(head) {
            value = d
            i = 1
        } else if let w = wordNumber(tokens) {
            return w
        } else {
            return nil
        }
        // "1.5 million", "4 thousand", "a hundred thousand".
        while i < tokens.count, let s = scales[tokens[i]] {
            value = value.multiplied(by: s)
            i += 1
        }
        if i < tokens.count, tokens[i] == "dozen" { value = value.multiplied(by: 12); i += 1 }
        return (value, i)
    }

    /// "six", "twenty-five", "twenty five", "two hundred and fifty", "three thousand", "one dozen".
    private static func wordNumber(_ tokens: [String]) -> (value: ExactNumber, consumed: Int)? {
        var total = 0, current = 0, i = 0, sawAny = false
        while i < tokens.count {
            let t = tokens[i]
            let pieces = t.split(separator: "-").map(String.init)
            if pieces.count == 2, let tv = tens[pieces[0]], let uv = units[pieces[1]], uv < 10 {
                current += tv + uv
            } else if let u = units[t] {
                current += u
            } else if let tv = tens[t] {
                current += tv
            } else if t == "dozen", sawAny {
                current *= 12
            } else if let s = scales[t], t.count > 2, sawAny {
                if s == 100 { current = max(current, 1) * 100 } else { total += max(current, 1) * s; current = 0 }
            } else if t == "and", sawAny, i + 1 < tokens.count,
                      units[tokens[i + 1]] != nil || tens[tokens[i + 1]] != nil || tokens[i + 1].contains("-") {
                i += 1
                continue
            } else {
                break
            }
            sawAny = true
            i += 1
        }
        return sawAny ? (ExactNumber(total + current), i) : nil
    }
}
