/// Word classes learned from unlabelled text (`WordClusterLearner`): words that occur in the same
/// contexts share a class, so "Fallujah" can look like "Baghdad" to the recognizer although only
/// one of them is a name in its training data (Ratinov & Roth 2009 use Brown clusters the same way).
///
/// Two independent clusterings of the same vocabulary: a fine one and a coarse one (flat classes,
/// standing in for two depths of a Brown-cluster tree). Words are lowercase; words outside the
/// vocabulary have no class.
public struct WordClusters: Hashable, Sendable {
    /// The clustered words (lowercase), and each one's fine and coarse class.
    public let words: [String]
    public let fine: [UInt16]
    public let coarse: [UInt16]
    /// Lowercase-form hash (`FeatureHashing.string`) → index into `words`.
    private let indexByHash: [UInt64: Int32]

    public init(words: [String], fine: [UInt16], coarse: [UInt16]) {
        precondition(words.count == fine.count && words.count == coarse.count, "one fine and one coarse class per word")
        self.words = words
        self.fine = fine
        self.coarse = coarse
        var index: [UInt64: Int32] = [:]
        index.reserveCapacity(words.count)
        for (position, word) in words.enumerated() { index[FeatureHashing.string(word)] = Int32(position) }
        indexByHash = index
    }

    /// No vocabulary: every word is unknown (a recognizer trained without clusters).
    public static let empty = WordClusters(words: [], fine: [], coarse: [])

    public var isEmpty: Bool { words.isEmpty }

    /// Feature atoms for a word's fine and coarse class, from its lowercase-form hash; `unknown` for
    /// words outside the vocabulary.
    func atoms(ofLowerHash hash: UInt64) -> (fine: UInt64, coarse: UInt64) {
        guard let index = indexByHash[hash] else { return (Self.unknown, Self.unknown) }
        return (UInt64(fine[Int(index)]) | 0x1_0000, UInt64(coarse[Int(index)]) | 0x2_0000)
    }

    static let unknown: UInt64 = 0x554E_4B4E_4F57_0005

    /// Stores the clusters in `archive` under `prefix`.
    public func write(to archive: inout ModelArchive, prefix: String) {
        archive.set(prefix + ".cluster-words", strings: words)
        archive.set(prefix + ".cluster-fine", array: fine)
        archive.set(prefix + ".cluster-coarse", array: coarse)
    }

    /// Reads clusters written by `write(to:prefix:)`; `.empty` when the archive has none.
    public init(from archive: ModelArchive, prefix: String) throws {
        guard archive.has(prefix + ".cluster-words") else {
            self = .empty
            return
        }
        let words = try archive.strings(prefix + ".cluster-words")
        let fine: [UInt16] = try archive.array(prefix + ".cluster-fine")
        let coarse: [UInt16] = try archive.array(prefix + ".cluster-coarse")
        guard fine.count == words.count, coarse.count == words.count else {
            throw archive.corrupt("word clusters: \(words.count) words but \(fine.count) fine and \(coarse.count) coarse classes")
        }
        self.init(words: words, fine: fine, coarse: coarse)
    }

    public static func == (lhs: WordClusters, rhs: WordClusters) -> Bool {
        lhs.words == rhs.words && lhs.fine == rhs.fine && lhs.coarse == rhs.coarse
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words)
        hasher.combine(fine)
        hasher.combine(coarse)
    }
}
