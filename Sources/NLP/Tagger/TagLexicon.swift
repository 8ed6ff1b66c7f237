import Foundation
import NewsgraphModel

/// Ambiguity classes: for each word seen often enough in training, the set of Penn tags it takes
/// ("NN|VB" for "report"). A greedy left-to-right tagger cannot see the tags of the words to its
/// right; their ambiguity classes are the next best thing, and they generalize across words
/// (every "NN|VB" word behaves alike) where the word itself does not.
public struct TagLexicon: Sendable {
    /// Normalized form (ParserFeatures.normalize: lowercase, digits as 0) → ambiguity class.
    public let classOf: [String: String]
    /// The same table keyed by hashes (the tagger's `lower` atom → hashed class), for the hot path.
    let hashedClassOf: [UInt64: UInt64]
    /// The atom of words outside the lexicon.
    static let unknown = FeatureHashing.string("<unknown-word>")

    public init(classOf: [String: String]) {
        self.classOf = classOf
        hashedClassOf = Dictionary(uniqueKeysWithValues: classOf.map {
            (FeatureHashing.string($0.key), FeatureHashing.string($0.value))
        })
    }

    public static let empty = TagLexicon(classOf: [:])

    /// Hashed ambiguity class of a word given the hash of its normalized form.
    @inline(__always)
    func ambiguityClass(lower: UInt64) -> UInt64 { hashedClassOf[lower] ?? Self.unknown }

    /// Learns the classes from gold XPOS tags: words seen at least `minimumCount` times; a tag
    /// belongs to the class when it is at least `minimumShare` of the word's occurrences (so a
    /// stray annotation does not widen the class).
    public static func learn(from sentences: [TreebankSentence], minimumCount: Int = 3,
                             minimumShare: Double = 0.05) -> TagLexicon {
        var counts: [String: [String: Int]] = [:]
        for sentence in sentences {
            for i in 0..<sentence.count {
                counts[ParserFeatures.normalize(sentence.forms[i]), default: [:]][sentence.xpos[i], default: 0] += 1
            }
        }
        var classOf: [String: String] = [:]
        for (word, tags) in counts {
            let total = tags.values.reduce(0, +)
            guard total >= minimumCount else { continue }
            let kept = tags.filter { Double($0.value) >= minimumShare * Double(total) }.keys.sorted()
            classOf[word] = kept.joined(separator: "|")
        }
        return TagLexicon(classOf: classOf)
    }

    // MARK: Storage

    /// Writes the table as sorted words plus an index into the sorted distinct classes.
    public func write(to archive: inout ModelArchive, prefix: String) {
        let classes = Set(classOf.values).sorted()
        let indexOf = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let entries = classOf.sorted { $0.key < $1.key }
        archive.set(prefix + ".classes", strings: classes)
        archive.set(prefix + ".words", strings: entries.map(\.key))
        archive.set(prefix + ".wordClasses", array: entries.map { UInt32(indexOf[$0.value]!) })
    }

    public init(from archive: ModelArchive, prefix: String) throws {
        let classes = try archive.strings(prefix + ".classes")
        let words = try archive.strings(prefix + ".words")
        let wordClasses: [UInt32] = try archive.array(prefix + ".wordClasses")
        guard words.count == wordClasses.count, wordClasses.allSatisfy({ Int($0) < classes.count }) else {
            throw archive.corrupt("tag lexicon words do not match its classes")
        }
        var classOf: [String: String] = [:]
        for (word, index) in zip(words, wordClasses) { classOf[word] = classes[Int(index)] }
        self.init(classOf: classOf)
    }
}
