/// A range of Unicode scalar offsets into a document's text, end exclusive (NIF convention).
public struct Span: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var begin: Int
    public var end: Int

    public init(begin: Int, end: Int) {
        precondition(begin <= end, "Span begin \(begin) after end \(end)")
        self.begin = begin
        self.end = end
    }

    public var length: Int { end - begin }
    public func contains(_ other: Span) -> Bool { begin <= other.begin && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { begin < other.end && other.begin < end }
    public func union(_ other: Span) -> Span { Span(begin: min(begin, other.begin), end: max(end, other.end)) }
    public var description: String { "\(begin)..<\(end)" }
    public static func < (a: Span, b: Span) -> Bool { (a.begin, a.end) < (b.begin, b.end) }
}

extension String {
    /// The substring between two Unicode scalar offsets (clamped), for evidence text.
    ///
    /// Walks the text only up to the slice's end (not its whole length, which made per-mention
    /// slicing quadratic in the length of an article).
    public func scalarSlice(_ span: Span) -> String {
        let scalars = unicodeScalars
        let b = Swift.max(0, span.begin), e = Swift.max(b, span.end)
        let start = scalars.index(scalars.startIndex, offsetBy: b, limitedBy: scalars.endIndex) ?? scalars.endIndex
        let end = scalars.index(start, offsetBy: e - b, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(scalars[start..<end])
    }
}
