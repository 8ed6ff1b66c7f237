/// What the recognizer has already said about each word earlier in the same document
/// (Ratinov & Roth's "extended prediction history"): a name is usually typed the same way each time
/// it recurs ("Harrow" the school, "Phailin" the cyclone), and later mentions are often shorter and
/// less clearly marked than the first ("Norton" after "Joshua Abraham Norton").
///
/// Only the recognizer's own output goes in, in training as at run time, so the feature means the same
/// thing in both.
public struct NERDocumentMemory: Sendable {
    /// Lowercase-form hash → count of each label the word had inside a recognized span.
    private var labelCounts: [UInt64: [Int]] = [:]
    private let labelCount: Int

    public init(labelCount: Int) {
        self.labelCount = labelCount
    }

    /// Remembers one sentence's spans (labels as indices into the scheme's labels).
    mutating func remember(_ spans: [(tokens: Range<Int>, label: Int)], lower: [UInt64]) {
        for span in spans {
            for index in span.tokens {
                labelCounts[lower[index], default: [Int](repeating: 0, count: labelCount)][span.label] += 1
            }
        }
    }

    /// The label most often given to this word so far (ties: lowest index), or nil when never seen
    /// in a span.
    func label(of lower: UInt64) -> Int? {
        guard let counts = labelCounts[lower] else { return nil }
        var best = 0
        for label in counts.indices where counts[label] > counts[best] { best = label }
        return best
    }
}
