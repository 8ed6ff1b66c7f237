import NewsgraphModel

/// The amount an argument states ("450 protesters", "over 4,000 Khan supporters", "hundreds of
/// people"), as an interval, with the counted noun. Reads the extractor's normalized literal when
/// there is one (`Argument.value == .literal`, `Argument.qualifier`), otherwise the argument text.
///
/// Intervals follow reporting practice, not bare logic: "more than 150" is read as 150 up to a
/// quarter more (a reporter who knew of 200 would have said "more than 200"), so two sources giving
/// "more than 150" and "more than 200" disagree. Vague amounts keep wide intervals ("hundreds" =
/// 200...999) and only conflict across a clear gap (see `ContradictionDetector`).
struct QuantityReading: Hashable, Sendable {
    var lower: Double
    var upper: Double
    var vague: Bool
    /// Counted noun words after the number ("khan supporters", "dead").
    var unit: [String]
    var text: String

    static let lowerBoundSlack = 1.25

    static let qualifiers: [(words: [String], value: String)] = [
        (["more", "than"], "at least"), (["over"], "at least"), (["above"], "at least"), (["at", "least"], "at least"),
        (["upwards", "of"], "at least"), (["in", "excess", "of"], "at least"), (["no", "fewer", "than"], "at least"),
        (["less", "than"], "at most"), (["fewer", "than"], "at most"), (["under"], "at most"), (["up", "to"], "at most"),
        (["at", "most"], "at most"), (["about"], "about"), (["around"], "about"), (["approximately"], "about"),
        (["roughly"], "about"), (["nearly"], "about"), (["almost"], "about"), (["some"], "about"), (["an", "estimated"], "about"),
    ]
    static let vagueAmounts: [String: (Double, Double)] = [
        "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
        "millions": (2_000_000, 999_999_999), "several": (3, 9), "few": (2, 9),
    ]
    static let smallNumbers: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    ]
    static let scales: [String: Double] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000]
    /// A number followed by one of these is an age, a length of time or a share, not a count.
    static let notCounts: Set<String> = [
        "year", "years", "old", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
        "minutes", "percent", "%", "km", "miles", "kilometres", "kilometers", "metres", "meters", "am", "pm",
    ]

    init(lower: Double, upper: Double, vague: Bool, unit: [String], text: String) {
        self.lower = lower
        self.upper = upper
        self.vague = vague
        self.unit = unit
        self.text = text
    }

    init?(_ argument: Argument) {
        var literal = false
        if case .literal(let lit) = argument.value, lit.datatype == .integer || lit.datatype == .decimal { literal = true }
        guard literal || Self.mayStateAmount(argument.text) else { return nil }
        var tokens = NameForms.words(argument.text).flatMap { $0.lowercased().split(separator: "-").map(String.init) }
        while let f = tokens.first, f == "the" || f == "of" || f == "with" { tokens.removeFirst() }
        var qualifier: String?
        for q in Self.qualifiers where tokens.count > q.words.count && Array(tokens.prefix(q.words.count)) == q.words {
            qualifier = q.value
            tokens.removeFirst(q.words.count)
            break
        }
        guard let first = tokens.first else { return nil }
        if let (lo, hi) = Self.vagueAmounts[first] {
            var rest = Array(tokens.dropFirst())
            if rest.first == "of" { rest.removeFirst() }
            self.init(lower: lo, upper: hi, vague: true, unit: rest, text: argument.text)
            return
        }
        var value: Double?
        var used = 0
        if case .literal(let lit) = argument.value, lit.datatype == .integer || lit.datatype == .decimal {
            value = Double(lit.lexical)
            qualifier = argument.qualifier ?? qualifier
        }
        if let v = Double(String(first.filter { $0 != "," })), first.first?.isNumber == true {
            value = value ?? v
            used = 1
        } else if let v = Self.smallNumbers[first] {
            var total = v
            used = 1
            if used < tokens.count, let unit = Self.smallNumbers[tokens[used]], unit < 10, total >= 20 { total += unit; used += 1 }
            value = value ?? total
        } else if first == "a" || first == "an", tokens.count > 1, tokens[1] == "dozen" {
            value = value ?? 12
            used = 2
        }
        guard var v = value, used > 0 || argument.value != .text else { return nil }
        while used < tokens.count, let s = Self.scales[tokens[used]] { v *= s; used += 1 }
        let rest = Array(tokens.dropFirst(used))
        if let next = rest.first, Self.notCounts.contains(next) { return nil }
        let (lo, hi): (Double, Double)
        switch qualifier {
        case "at least": (lo, hi) = (v, v * Self.lowerBoundSlack)
        case "at most": (lo, hi) = (0, v)
        case "about": (lo, hi) = (v * 0.9, v * 1.1)
        default: (lo, hi) = (v, v)
        }
        self.init(lower: lo, upper: hi, vague: false, unit: rest.first == "of" ? Array(rest.dropFirst()) : rest, text: argument.text)
    }

    /// Words that can open an amount: vague amounts and number words ("a dozen" ends in one).
    static let amountWords = Set(vagueAmounts.keys).union(smallNumbers.keys)

    /// False only when the text cannot give an amount, checked without tokenizing: ASCII text with no
    /// digit and no amount word as a whole run of letters (a token equal to one is such a run).
    /// Nearly every argument is read here and most are not amounts.
    static func mayStateAmount(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var word: [UInt8] = []
            func amountWord() -> Bool {
                defer { word.removeAll(keepingCapacity: true) }
                return !word.isEmpty && amountWords.contains(String(decoding: word, as: UTF8.self))
            }
            for b in bytes {
                if b >= 0x80 || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) { return true }
                if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") {
                    word.append(b)
                } else if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
                    word.append(b + 32)
                } else if amountWord() {
                    return true
                }
            }
            return amountWord()
        }
    }

    /// Whether two readings cannot both be true. Exact and bounded figures conflict when their
    /// intervals are disjoint; a vague amount conflicts only across a factor-of-two gap.
    func conflicts(with other: QuantityReading) -> Bool {
        let (low, high) = upper < other.lower ? (self, other) : (other, self)
        guard low.upper < high.lower else { return false }
        if vague || other.vague { return high.lower >= 2 * max(low.upper, 1) }
        return true
    }
}
