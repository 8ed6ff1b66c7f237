import NewsgraphModel

/// Turns number phrases into typed values: counts, vague amounts, ages, durations, ordinals, percentages.
///
/// "six" → 6, "4,000" → 4000, "over 4,000" → 4000 (at least), "approximately 10 km" → 10 km (about),
/// "dozens" → "dozens" (vague), "72-year-old" → age 72, "three years" → P3Y, "two-day" → P2D.
/// Bounded qualifiers are folded into four values so contradiction checks stay simple:
/// `at least` (over, more than, at least, upwards of), `at most` (under, fewer than, up to),
/// `about` (approximately, around, some, nearly, almost), `vague` (dozens, hundreds, countless).
public struct QuantityNormalizer: Sendable {
    public init() {}

    static let qualifiers: [(phrase: [String], value: String)] = [
        (["more", "than"], "at least"), (["over"], "at least"), (["above"], "at least"), (["at", "least"], "at least"),
        (["in", "excess", "of"], "at least"), (["upwards", "of"], "at least"), (["no", "fewer", "than"], "at least"),
        (["no", "less", "than"], "at least"), (["a", "minimum", "of"], "at least"), (["as", "many", "as"], "at most"),
        (["less", "than"], "at most"), (["fewer", "than"], "at most"), (["under"], "at most"), (["below"], "at most"),
        (["up", "to"], "at most"), (["at", "most"], "at most"), (["no", "more", "than"], "at most"),
        (["a", "maximum", "of"], "at most"),
        (["about"], "about"), (["around"], "about"), (["approximately"], "about"), (["approx."], "about"),
        (["roughly"], "about"), (["nearly"], "about"), (["almost"], "about"), (["some"], "about"),
        (["an", "estimated"], "about"), (["estimated"], "about"), (["close", "to"], "about"), (["circa"], "about"),
        (["an", "approximate"], "about"),
    ]

    /// Vague amounts and the interval they are taken to allow (nil = unbounded). Plural round numbers
    /// mean at least two of the unit: "hundreds" is 200 or more, below a thousand.
    static let vagueAmounts: [(phrase: [String], value: (Double?, Double?))] = [
        (["dozens"], (24, 99)), (["scores"], (40, 99)), (["hundreds"], (200, 999)), (["thousands"], (2_000, 9_999)),
        (["tens", "of", "thousands"], (20_000, 99_999)), (["hundreds", "of", "thousands"], (200_000, 999_999)),
        (["millions"], (2_000_000, 999_999_999)), (["several"], (3, 9)), (["a", "few"], (2, 9)), (["few"], (0, 9)),
        (["a", "handful", "of"], (2, 9)), (["countless"], (nil, nil)), (["numerous"], (nil, nil)),
        (["many"], (nil, nil)), (["multiple"], (2, nil)), (["a", "number", "of"], (nil, nil)),
    ]

    static let timeUnits: [String: (designator: String, multiplier: Int, inTime: Bool)] = [
        "year": ("Y", 1, false), "years": ("Y", 1, false), "yr": ("Y", 1, false), "yrs": ("Y", 1, false),
        "month": ("M", 1, false), "months": ("M", 1, false),
        "week": ("D", 7, false), "weeks": ("D", 7, false),
        "day": ("D", 1, false), "days": ("D", 1, false),
        "hour": ("H", 1, true), "hours": ("H", 1, true),
        "minute": ("M", 1, true), "minutes": ("M", 1, true),
        "seconds": ("S", 1, true),
    ]

    /// Normalizes a number phrase; nil when the phrase holds no number.
    public func normalize(_ text: String) -> NormalizedValue? {
        var tokens = PhraseTokens.make(text, splitHyphens: true)
        while let first = tokens.first, first == "the" || first == "of" { tokens.removeFirst() }
        var aged = false
        if tokens.first == "aged" || tokens.first == "age" { aged = true; tokens.removeFirst() }
        let qualifier = PhraseTokens.stripPrefix(&tokens, Self.qualifiers)

        // Vague amounts: kept as text, with the interval they allow.
        var vagueTokens = tokens
        if let bounds = PhraseTokens.stripPrefix(&vagueTokens, Self.vagueAmounts) {
            let consumed = tokens.count - vagueTokens.count
            let phrase = tokens.prefix(consumed).joined(separator: " ")
            if vagueTokens.first == "of" { vagueTokens.removeFirst() }
            return NormalizedValue(kind: .vague, literal: Literal(phrase), qualifier: "vague",
                                   unit: Self.unit(vagueTokens), text: text, lowerBound: bounds.0, upperBound: bounds.1)
        }

        // Percent written as "12%".
        var percent = false
        if let first = tokens.first, first.hasSuffix("%") {
            tokens[0] = String(first.dropLast())
            percent = true
        }
        // Ordinals: "26th", "first" (only when no cardinal reading exists).
        if let first = tokens.first, NumberWords.parseDigits(first) == nil, let rank = NumberWords.parseOrdinal(first) {
            return NormalizedValue(kind: .ordinal, literal: Literal(String(rank), datatype: .integer),
                                   qualifier: qualifier, unit: Self.unit(Array(tokens.dropFirst())), text: text,
                                   lowerBound: Double(rank), upperBound: Double(rank))
        }
        // "a year", "an hour": one unit of time.
        if tokens.count >= 2, tokens[0] == "a" || tokens[0] == "an", Self.timeUnits[tokens[1]] != nil { tokens[0] = "1" }
        guard let (number, consumed) = NumberWords.parse(tokens) else { return nil }
        var rest = Array(tokens.dropFirst(consumed))
        if !percent, let next = rest.first, next == "percent" || next == "%" { percent = true; rest.removeFirst() }
        if !percent, rest.count >= 2, rest[0] == "per", rest[1] == "cent" { percent = true; rest.removeFirst(2) }
        let (lower, upper) = Self.bounds(number.doubleValue, qualifier)

        if percent {
            return NormalizedValue(kind: .percent, literal: Literal(number.lexical, datatype: .decimal),
                                   qualifier: qualifier, unit: "%", text: text, lowerBound: lower, upperBound: upper)
        }
        // Ages: "72-year-old", "72 years old", "aged 72".
        if rest.count >= 2, rest[0] == "year" || rest[0] == "years", rest[1] == "old" {
            aged = true
            rest.removeFirst(2)
        }
        if aged {
            return NormalizedValue(kind: .age, literal: Literal(number.lexical, datatype: number.isInteger ? .integer : .decimal),
                                   qualifier: qualifier, unit: "year", text: text, lowerBound: lower, upperBound: upper)
        }
        // Durations: "three years" → P3Y, "two-day" → P2D, "48 hours" → PT48H.
        if let unitWord = rest.first, let time = Self.timeUnits[unitWord], let lexical = Self.duration(number, time) {
            return NormalizedValue(kind: .duration, literal: Literal(lexical, datatype: .duration), qualifier: qualifier,
                                   unit: time.inTime ? "PT" + time.designator : "P" + time.designator, text: text,
                                   lowerBound: lower, upperBound: upper)
        }
        return NormalizedValue(kind: .quantity, literal: Literal(number.lexical, datatype: number.isInteger ? .integer : .decimal),
                               qualifier: qualifier, unit: Self.unit(rest), text: text, lowerBound: lower, upperBound: upper)
    }

    /// An age given in apposition: "The former star cricketer, 72," → 72.
    /// Accepts a whole number from 1 to 130 set off by commas (or ending the phrase).
    public func appositiveAge(_ text: String) -> NormalizedValue? {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
        guard pieces.count >= 2 else { return nil }
        for piece in pieces.dropFirst() {
            let trimmed = piece.trimmingCharacters(in: " .")
            if let n = Int(trimmed), (1...130).contains(n) {
                return NormalizedValue(kind: .age, literal: Literal(String(n), datatype: .integer), unit: "year",
                                       text: text, lowerBound: Double(n), upperBound: Double(n))
            }
        }
        return nil
    }

    static func bounds(_ value: Double, _ qualifier: String?) -> (Double?, Double?) {
        switch qualifier {
        case "at least": return (value, nil)
        case "at most": return (nil, value)
        case "about": return (value * 0.9, value * 1.1)
        default: return (value, value)
        }
    }

    /// The counted noun or unit: the words after the number up to a parenthesis, lowercased.
    static func unit(_ rest: [String]) -> String? {
        var words = rest
        if words.first == "of" { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        return words.joined(separator: " ")
    }

    /// ISO 8601 / xsd:duration lexical form; fractional amounts are carried to the next smaller
    /// unit when that makes them whole ("1.5 years" → P18M), otherwise nil.
    static func duration(_ number: ExactNumber, _ unit: (designator: String, multiplier: Int, inTime: Bool)) -> String? {
        var n = number.multiplied(by: unit.multiplier)
        var designator = unit.designator, inTime = unit.inTime
        if !n.isInteger {
            switch (designator, inTime) {
            case ("Y", false): n = n.multiplied(by: 12); designator = "M"
            case ("D", false): n = n.multiplied(by: 24); designator = "H"; inTime = true
            case ("H", true): n = n.multiplied(by: 60); designator = "M"
            default: return nil
            }
            guard n.isInteger else { return nil }
        }
        guard n.digits >= 0 else { return nil }
        return (inTime ? "PT" : "P") + n.lexical + designator
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
