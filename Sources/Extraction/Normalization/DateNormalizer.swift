import NewsgraphModel

/// Resolves date phrases against the article's publication date.
///
/// Rules (the article date is D; the clause tense is given by the caller):
/// - Absolute dates keep their own precision: "Nov. 26, 2024" → xsd:date, "August 2023" → xsd:gYearMonth,
///   "in 2022" → xsd:gYear, "2024-11-26" → xsd:date.
/// - A bare weekday ("Tuesday", "on Tuesday evening", "since Friday") in a past or present clause is the
///   most recent such day on or before D (D itself when D is that weekday); in a future clause
///   ("schools would reopen on Thursday") it is the first such day after D. "last Tuesday" is strictly
///   before D, "next Thursday" strictly after D.
/// - A month without a year ("November 24", "since August") takes D's year, moved one year back when a
///   past/present reading would land after D, one year forward when a future reading would land before D.
/// - "today", "yesterday", "tomorrow", "N days/weeks ago" count days from D; "last week"/"this week"
///   give the Monday of that ISO week (qualifier `week`, firstDay...lastDay = Monday...Sunday);
///   "last month", "this year", "last year", "the previous year", "January this year",
///   "August of the previous year" give a gYearMonth or gYear.
/// - Without an article date, phrases that need one return nil (the extractor keeps the text).
/// Leading "since"/"from", "until"/"by"/"till"/"to"/"through", "before", "after" become the qualifier.
/// "for a year", "for over three days" are durations (kind `.duration`, xsd:duration), not dates.
public struct DateNormalizer: Sendable {
    public var articleDate: CalendarDate?

    public init(articleDate: CalendarDate?) {
        self.articleDate = articleDate
    }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2, "march": 3, "mar": 3, "mar.": 3,
        "april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6, "jun.": 6, "july": 7, "jul": 7, "jul.": 7,
        "august": 8, "aug": 8, "aug.": 8, "september": 9, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9,
        "october": 10, "oct": 10, "oct.": 10, "november": 11, "nov": 11, "nov.": 11, "december": 12, "dec": 12, "dec.": 12,
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    static let qualifiers: [(phrase: [String], value: String?)] = [
        (["since"], "since"), (["until"], "until"), (["till"], "until"), (["by"], "until"), (["before"], "before"),
        (["after"], "after"), (["from"], "since"), (["to"], "until"), (["through"], "until"), (["on"], nil), (["in"], nil), (["during"], nil), (["of"], nil),
        (["earlier", "on"], nil), (["later", "on"], nil), (["earlier"], nil), (["later"], nil), (["as", "of"], nil),
        (["at"], nil),
    ]
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night", "midnight", "noon", "overnight"]

    public func normalize(_ text: String, tense: ClauseTense = .past) -> NormalizedValue? {
        var tokens = PhraseTokens.make(text)
        // "for a year", "for over a year", "for three days": a length of time, not a point in it.
        if tokens.first == "for", tokens.count > 1,
           let duration = QuantityNormalizer().normalize(tokens.dropFirst().joined(separator: " ")), duration.kind == .duration {
            var value = duration
            value.text = text
            return value
        }
        var qualifier: String?
        var prepositioned = false
        while let q = PhraseTokens.stripPrefix(&tokens, Self.qualifiers) {
            if let q { qualifier = q }
            prepositioned = true
        }
        while let first = tokens.first, first == "the" || first == "early" || first == "late" || first == "mid" {
            tokens.removeFirst()
        }
        while let last = tokens.last, Self.partsOfDay.contains(last) { tokens.removeLast() }
        if tokens.count >= 2, tokens[tokens.count - 1] == "elections" || tokens[tokens.count - 1] == "election" {
            tokens.removeLast()
        }
        guard !tokens.isEmpty else { return nil }
        guard let (value, used) = resolve(tokens, tense: tense, prepositioned: prepositioned), used == tokens.count else {
            return nil
        }
        var result = value
        result.text = text
        result.qualifier = result.qualifier ?? qualifier
        if let qualifier, result.qualifier == "week" { result.qualifier = qualifier }
        return result
    }

    // MARK: - Patterns

    private func resolve(_ t: [String], tense: ClauseTense, prepositioned: Bool) -> (NormalizedValue, Int)? {
        // ISO 8601 "2024-11-26".
        if t.count == 1, let d = CalendarDate(iso: t[0]) { return (day(d), 1) }
        switch t[0] {
        case "today", "tonight": return articleDate.map { (day($0), 1) }
        case "yesterday": return articleDate.map { (day($0.adding(days: -1)), 1) }
        case "tomorrow": return articleDate.map { (day($0.adding(days: 1)), 1) }
        default: break
        }
        // "last Tuesday", "next week", "this year", "the previous year", "the following month".
        let relative: [String: Int] = ["last": -1, "previous": -1, "past": -1, "next": 1, "following": 1, "coming": 1, "this": 0, "current": 0]
        if t.count >= 2, let step = relative[t[0]] {
            if let wd = Self.weekdays[t[1]], let a = articleDate {
                let d = step == 0 ? weekday(wd, from: a, tense: tense) : (step < 0 ? before(wd, a, strictly: true) : after(wd, a))
                return (day(d), 2)
            }
            if let a = articleDate {
                switch t[1] {
                case "week":
                    let monday = a.adding(days: 1 - a.isoWeekday + 7 * step)
                    return (NormalizedValue(kind: .date, literal: Literal(monday.iso, datatype: .date), qualifier: "week",
                                            text: "", firstDay: monday, lastDay: monday.adding(days: 6)), 2)
                case "month":
                    var y = a.year, m = a.month + step
                    if m == 0 { m = 12; y -= 1 } else if m == 13 { m = 1; y += 1 }
                    return (month(y, m), 2)
                case "year": return (year(a.year + step), 2)
                default: break
                }
            }
        }
        // A weekday alone.
        if let wd = Self.weekdays[t[0]] {
            guard let a = articleDate else { return nil }
            return (day(weekday(wd, from: a, tense: tense)), 1)
        }
        // "N days/weeks/months/years ago".
        if t.count == 3 || t.count == 2, t.last == "ago", let a = articleDate {
            let amount = t.count == 3 ? (NumberWords.parse([t[0]])?.value.digits ?? (t[0] == "a" ? 1 : nil)) : nil
            let unitWord = t.count == 3 ? t[1] : t[0]
            let n = amount ?? (t.count == 2 ? 1 : nil)
            guard let n else { return nil }
            switch unitWord {
            case "day", "days": return (day(a.adding(days: -n)), t.count)
            case "week", "weeks": return (day(a.adding(days: -7 * n)), t.count)
            case "month", "months":
                let total = a.year * 12 + (a.month - 1) - n
                return (month(total / 12, total % 12 + 1), t.count)
            case "year", "years": return (year(a.year - n), t.count)
            default: return nil
            }
        }
        // A year alone: "2022", "in 2022".
        if let y = Self.year(t[0]) { return (year(y), 1) }
        // "24 November [2024]", "24th of November".
        if let d = Self.dayNumber(t[0]) {
            var rest = Array(t.dropFirst())
            if rest.first == "of" { rest.removeFirst() }
            guard let m = rest.first.flatMap({ Self.months[$0] }) else { return nil }
            let consumed = t.count - rest.count + 1
            return monthDay(m, d, yearTokens: Array(rest.dropFirst()), consumed: consumed, tense: tense)
        }
        // "November 24[, 2024]", "Nov. 26, 2024", "August 2023", "August of the previous year", "January this year".
        if let m = Self.months[t[0]] {
            if t[0] == "may", t.count == 1, !prepositioned { return nil } // the modal verb
            if t.count >= 2, let d = Self.dayNumber(t[1]) {
                return monthDay(m, d, yearTokens: Array(t.dropFirst(2)), consumed: 2, tense: tense)
            }
            var rest = Array(t.dropFirst())
            if rest.first == "of" { rest.removeFirst() }
            if rest.first == "the" { rest.removeFirst() }
            if rest.isEmpty {
                guard let a = articleDate else { return nil }
                var y = a.year
                if tense != .future, m > a.month { y -= 1 }
                if tense == .future, m < a.month { y += 1 }
                return (month(y, m), t.count)
            }
            guard let y = yearOf(rest) else { return nil }
            return (month(y, m), t.count)
        }
        return nil
    }

    /// Month and day, then an optional explicit or relative year.
    private func monthDay(_ m: Int, _ d: Int, yearTokens: [String], consumed: Int, tense: ClauseTense) -> (NormalizedValue, Int)? {
        var rest = yearTokens
        if rest.first == "of" { rest.removeFirst() }
        if rest.first == "the" { rest.removeFirst() }
        if !rest.isEmpty {
            guard let y = yearOf(rest), let date = CalendarDate(year: y, month: m, day: d) else { return nil }
            return (day(date), consumed + yearTokens.count)
        }
        guard let a = articleDate else { return nil }
        var y = a.year
        if tense != .future, (m, d) > (a.month, a.day) { y -= 1 }
        if tense == .future, (m, d) < (a.month, a.day) { y += 1 }
        guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return (day(date), consumed)
    }

    /// "2024", "last year", "previous year", "this year", "next year".
    private func yearOf(_ t: [String]) -> Int? {
        if t.count == 1, let y = Self.year(t[0]) { return y }
        guard let a = articleDate, t.count == 2, t[1] == "year" else { return nil }
        switch t[0] {
        case "last", "previous", "past": return a.year - 1
        case "this", "current": return a.year
        case "next", "following", "coming": return a.year + 1
        default: return nil
        }
    }

    private func weekday(_ wd: Int, from a: CalendarDate, tense: ClauseTense) -> CalendarDate {
        tense == .future ? after(wd, a) : before(wd, a, strictly: false)
    }

    private func before(_ wd: Int, _ a: CalendarDate, strictly: Bool) -> CalendarDate {
        var back = (a.isoWeekday - wd + 7) % 7
        if strictly && back == 0 { back = 7 }
        return a.adding(days: -back)
    }

    private func after(_ wd: Int, _ a: CalendarDate) -> CalendarDate {
        var ahead = (wd - a.isoWeekday + 7) % 7
        if ahead == 0 { ahead = 7 }
        return a.adding(days: ahead)
    }

    private static func year(_ token: String) -> Int? {
        guard token.count == 4, token.allSatisfy({ $0.isASCII && $0.isNumber }), let y = Int(token), (1000...2999).contains(y) else {
            return nil
        }
        return y
    }

    private static func dayNumber(_ token: String) -> Int? {
        let n = Int(token) ?? NumberWords.parseOrdinal(token)
        guard let n, (1...31).contains(n), token.count <= 4 else { return nil }
        return n
    }

    // MARK: - Values

    private func day(_ d: CalendarDate) -> NormalizedValue {
        NormalizedValue(kind: .date, literal: Literal(d.iso, datatype: .date), text: "", firstDay: d, lastDay: d)
    }

    private func month(_ y: Int, _ m: Int) -> NormalizedValue {
        let first = CalendarDate(year: y, month: m, day: 1)
        let last = CalendarDate(year: y, month: m, day: CalendarDate.daysIn(month: m, year: y))
        let lexical = first.map { String($0.iso.prefix(7)) } ?? "\(y)-\(m)"
        return NormalizedValue(kind: .date, literal: Literal(lexical, datatype: .gYearMonth), text: "", firstDay: first, lastDay: last)
    }

    private func year(_ y: Int) -> NormalizedValue {
        let first = CalendarDate(year: y, month: 1, day: 1), last = CalendarDate(year: y, month: 12, day: 31)
        let lexical = first.map { String($0.iso.prefix(4)) } ?? String(y)
        return NormalizedValue(kind: .date, literal: Literal(lexical, datatype: .gYear), text: "", firstDay: first, lastDay: last)
    }
}
