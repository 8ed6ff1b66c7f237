import NewsgraphModel

/// A number, quantity, duration or date phrase turned into a typed literal.
///
/// The original phrase is always kept in `text`; `literal` is what goes into the graph
/// (`xsd:integer`, `xsd:decimal`, `xsd:date`, `xsd:gYearMonth`, `xsd:gYear`, `xsd:duration`,
/// or a plain string for vague quantities such as "dozens").
public struct NormalizedValue: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A count or amount ("six", "4,000", "10.5", "a dozen").
        case quantity
        /// A vague amount kept as text ("dozens", "hundreds", "countless"); qualifier `vague`.
        case vague
        /// An age in years ("72-year-old", "aged 72").
        case age
        /// A length of time ("three years" → P3Y, "two-day" → P2D).
        case duration
        /// A rank ("26th", "first").
        case ordinal
        /// A percentage ("12%", "12 percent"); unit `%`.
        case percent
        /// A calendar date, month or year resolved against the article date.
        case date
    }

    public var kind: Kind
    public var literal: Literal
    /// `at least`, `at most`, `about`, `vague` for quantities; `since`, `until`, `before`,
    /// `after`, `week` for dates; nil when exact.
    public var qualifier: String?
    /// The measured unit or counted noun after the number ("km", "cases", "protesters"), lowercased.
    public var unit: String?
    /// The phrase as written.
    public var text: String
    /// For quantities: the closed interval of values the phrase allows (nil bound = unbounded).
    /// "over 4,000" → 4000...nil, "hundreds" → 200...999, "about 10" → 9...11.
    public var lowerBound: Double?
    public var upperBound: Double?
    /// For dates: the first and last day the phrase can denote ("August 2023" → 2023-08-01...2023-08-31).
    public var firstDay: CalendarDate?
    public var lastDay: CalendarDate?

    public init(kind: Kind, literal: Literal, qualifier: String? = nil, unit: String? = nil, text: String,
                lowerBound: Double? = nil, upperBound: Double? = nil,
                firstDay: CalendarDate? = nil, lastDay: CalendarDate? = nil) {
        self.kind = kind
        self.literal = literal
        self.qualifier = qualifier
        self.unit = unit
        self.text = text
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.firstDay = firstDay
        self.lastDay = lastDay
    }

    /// Whether two quantities can both be true (their intervals overlap).
    public func isCompatible(with other: NormalizedValue) -> Bool {
        let lo = Swift.max(lowerBound ?? -Double.infinity, other.lowerBound ?? -Double.infinity)
        let hi = Swift.min(upperBound ?? Double.infinity, other.upperBound ?? Double.infinity)
        return lo <= hi
    }
}

/// The tense of the clause a date phrase sits in: decides whether a bare weekday or month
/// points back ("clashed on Tuesday") or forward ("would reopen on Thursday").
public enum ClauseTense: String, Hashable, Sendable {
    case past, present, future
}
