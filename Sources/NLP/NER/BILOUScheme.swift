/// BILOU tags over entity labels (Ratinov & Roth 2009): Begin, Inside, Last, Outside, Unit.
///
/// A tag set is `O` plus B-/I-/L-/U- for each label; tags are numbered so the perceptron's classes
/// are plain indices: 0 = O, then for label k: 1+4k = B, 2+4k = I, 3+4k = L, 4+4k = U.
public struct BILOUScheme: Hashable, Sendable {
    public enum Position: Int, Sendable { case begin = 0, inside, last, unit }

    public let labels: [String]

    public init(labels: [String]) {
        self.labels = labels
    }

    public var tagCount: Int { 1 + 4 * labels.count }
    public static let outside = 0

    public func tag(_ position: Position, label: Int) -> Int { 1 + 4 * label + position.rawValue }
    /// The position and label of a tag, nil for O.
    public func decompose(_ tag: Int) -> (position: Position, label: Int)? {
        guard tag > 0 else { return nil }
        return (Position(rawValue: (tag - 1) % 4)!, (tag - 1) / 4)
    }

    public func name(of tag: Int) -> String {
        guard let (position, label) = decompose(tag) else { return "O" }
        return ["B", "I", "L", "U"][position.rawValue] + "-" + labels[label]
    }

    /// Tags for `count` tokens; spans with a label outside the scheme are left as O.
    /// Spans must not overlap (the readers guarantee it).
    public func encode(_ spans: [EntitySpan], count: Int) -> [Int] {
        var tags = [Int](repeating: Self.outside, count: count)
        for span in spans {
            guard let label = labels.firstIndex(of: span.label), !span.tokens.isEmpty else { continue }
            if span.tokens.count == 1 {
                tags[span.tokens.lowerBound] = tag(.unit, label: label)
                continue
            }
            for index in span.tokens { tags[index] = tag(.inside, label: label) }
            tags[span.tokens.lowerBound] = tag(.begin, label: label)
            tags[span.tokens.upperBound - 1] = tag(.last, label: label)
        }
        return tags
    }

    /// May `next` follow `previous` (nil = sentence start)? B and I must continue with I or L of the
    /// same label; after O, L or U (or at the start) only O, B or U may come.
    public func allows(_ next: Int, after previous: Int?) -> Bool {
        let open = previous.flatMap(decompose).flatMap { $0.position == .begin || $0.position == .inside ? $0.label : nil }
        guard let (position, label) = decompose(next) else { return open == nil }
        switch position {
        case .begin, .unit: return open == nil
        case .inside, .last: return open == label
        }
    }

    /// May the sentence end after `tag`?
    public func allowsEnd(after tag: Int?) -> Bool {
        guard let tag, let (position, _) = decompose(tag) else { return true }
        return position == .last || position == .unit
    }

    /// Spans from a tag sequence. Invalid sequences are repaired rather than dropped, the way a
    /// reader would: a stray I/L starts a span, a B/I not continued ends its span there (a B or I
    /// alone becomes a one-token span), and a label change inside a span starts a new one.
    public func decode(_ tags: [Int]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var open: (start: Int, label: Int)?
        func close(at end: Int) {
            if let current = open { spans.append(EntitySpan(tokens: current.start..<end, label: labels[current.label])) }
            open = nil
        }
        for (index, tag) in tags.enumerated() {
            guard let (position, label) = decompose(tag) else {
                close(at: index)
                continue
            }
            if let current = open, current.label != label || position == .begin || position == .unit {
                close(at: index)
            }
            switch position {
            case .unit:
                spans.append(EntitySpan(tokens: index..<(index + 1), label: labels[label]))
            case .begin, .inside:
                if open == nil { open = (index, label) }
            case .last:
                if open == nil { open = (index, label) }
                close(at: index + 1)
            }
        }
        close(at: tags.count)
        return spans
    }
}
