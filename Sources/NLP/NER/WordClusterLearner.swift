import Foundation

/// Learns `WordClusters` from raw sentences with the exchange algorithm (Kneser & Ney 1993;
/// Martin, Liermann & Ney 1998): words are put into `classCount` classes so that a class bigram
/// model of the text is as likely as possible, by moving one word at a time to the class that
/// raises the likelihood most. Flat classes like Brown clusters' at one depth, but each pass is
/// linear in the text, so it takes seconds on the training treebanks.
///
/// Deterministic: words are visited in a fixed order (frequency, then spelling), start in class
/// `rank % classCount`, and a word moves only when another class is strictly better (ties: lowest
/// class).
public struct WordClusterLearner: Sendable {
    /// Words seen fewer times than this are not clustered (they become one `<rare>` pseudo-word).
    public var minimumCount: Int
    public var passes: Int

    public init(minimumCount: Int = 3, passes: Int = 8) {
        self.minimumCount = minimumCount
        self.passes = passes
    }

    /// Fine and coarse clusters of the lowercase words of `sentences`.
    public func learn(_ sentences: [[String]], fineClasses: Int = 512, coarseClasses: Int = 64) -> WordClusters {
        let corpus = Corpus(sentences.map { $0.map(FastCase.lowercased) }, minimumCount: minimumCount)
        let fine = exchange(corpus, classCount: fineClasses)
        let coarse = exchange(corpus, classCount: coarseClasses)
        let clustered = corpus.words.indices.filter { corpus.words[$0].hasPrefix("<") == false }
        return WordClusters(words: clustered.map { corpus.words[$0] },
                            fine: clustered.map { UInt16(fine[$0]) },
                            coarse: clustered.map { UInt16(coarse[$0]) })
    }

    /// The text as word ids with, per word, its count and its left and right neighbours' counts.
    struct Corpus {
        /// Words by decreasing frequency (ties: spelling); pseudo-words `<s>` (sentence boundary)
        /// and `<rare>` included.
        var words: [String] = []
        var counts: [Int] = []
        /// Per word: (neighbour id, bigram count), sorted by neighbour id; the word's own
        /// repetitions ("very very") are kept apart in `selfCounts`.
        var right: [[(word: Int32, count: Int32)]] = []
        var left: [[(word: Int32, count: Int32)]] = []
        var selfCounts: [Int] = []
        var tokenCount = 0

        init(_ sentences: [[String]], minimumCount: Int) {
            var frequency: [String: Int] = [:]
            for sentence in sentences { for word in sentence { frequency[word, default: 0] += 1 } }
            let kept = frequency.filter { $0.value >= minimumCount }
                .sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
            words = kept + ["<s>", "<rare>"]
            var id: [String: Int32] = [:]
            for (index, word) in words.enumerated() { id[word] = Int32(index) }
            let boundary = id["<s>"]!, rare = id["<rare>"]!
            counts = [Int](repeating: 0, count: words.count)
            selfCounts = counts
            var bigrams: [UInt64: Int32] = [:]
            for sentence in sentences {
                var previous = boundary
                counts[Int(boundary)] += 1
                for position in 0...sentence.count {
                    let current = position < sentence.count ? id[sentence[position]] ?? rare : boundary
                    if position < sentence.count { counts[Int(current)] += 1 }
                    bigrams[UInt64(UInt32(previous)) << 32 | UInt64(UInt32(current)), default: 0] += 1
                    previous = current
                }
            }
            tokenCount = counts.reduce(0, +)
            right = [[(word: Int32, count: Int32)]](repeating: [], count: words.count)
            left = right
            for (key, count) in bigrams.sorted(by: { $0.key < $1.key }) {
                let first = Int(key >> 32), second = Int(key & 0xFFFF_FFFF)
                if first == second {
                    selfCounts[first] += Int(count)
                } else {
                    right[first].append((Int32(second), count))
                    left[second].append((Int32(first), count))
                }
            }
            for index in left.indices { left[index].sort { $0.word < $1.word } }
        }
    }

    /// Class of each word after `passes` exchange passes.
    func exchange(_ corpus: Corpus, classCount: Int) -> [Int] {
        let wordCount = corpus.words.count
        var classOf = (0..<wordCount).map { $0 % classCount }
        // Class bigram counts (row: left class, column: right class) and class counts.
        var pair = [Int](repeating: 0, count: classCount * classCount)
        var classCounts = [Int](repeating: 0, count: classCount)
        for word in 0..<wordCount {
            classCounts[classOf[word]] += corpus.counts[word]
            pair[classOf[word] * classCount + classOf[word]] += corpus.selfCounts[word]
            for (next, count) in corpus.right[word] { pair[classOf[word] * classCount + classOf[Int(next)]] += Int(count) }
        }
        // x log x, tabulated (every count is at most the number of tokens plus boundaries).
        let limit = corpus.tokenCount + corpus.counts.count + 2
        let xlogx = (0...limit).map { $0 == 0 ? 0.0 : Double($0) * log(Double($0)) }
        func gain(_ before: Int, _ added: Int) -> Double { xlogx[before + added] - xlogx[before] }

        // Per word being moved: its bigram counts with each class (word itself excluded).
        var toClass = [Int](repeating: 0, count: classCount), fromClass = toClass
        var touchedTo: [Int] = [], touchedFrom: [Int] = []
        for _ in 0..<passes {
            var moves = 0
            for word in 0..<wordCount {
                let current = classOf[word], count = corpus.counts[word], selfCount = corpus.selfCounts[word]
                for (next, n) in corpus.right[word] {
                    let c = classOf[Int(next)]
                    if toClass[c] == 0 { touchedTo.append(c) }
                    toClass[c] += Int(n)
                }
                for (previous, n) in corpus.left[word] {
                    let c = classOf[Int(previous)]
                    if fromClass[c] == 0 { touchedFrom.append(c) }
                    fromClass[c] += Int(n)
                }
                // Take the word out of its class.
                for c in touchedTo { pair[current * classCount + c] -= toClass[c] }
                for c in touchedFrom { pair[c * classCount + current] -= fromClass[c] }
                pair[current * classCount + current] -= selfCount
                classCounts[current] -= count
                // Likelihood gain of putting it into each class.
                var best = current, bestGain = -Double.infinity
                for target in 0..<classCount {
                    var delta = 0.0
                    for c in touchedTo where c != target { delta += gain(pair[target * classCount + c], toClass[c]) }
                    for c in touchedFrom where c != target { delta += gain(pair[c * classCount + target], fromClass[c]) }
                    delta += gain(pair[target * classCount + target], toClass[target] + fromClass[target] + selfCount)
                    delta -= 2 * gain(classCounts[target], count)
                    if delta > bestGain || (delta == bestGain && target == current) {
                        bestGain = delta
                        best = target
                    }
                }
                if best != current { moves += 1 }
                classOf[word] = best
                for c in touchedTo { pair[best * classCount + c] += toClass[c] }
                for c in touchedFrom { pair[c * classCount + best] += fromClass[c] }
                pair[best * classCount + best] += selfCount
                classCounts[best] += count
                for c in touchedTo { toClass[c] = 0 }
                for c in touchedFrom { fromClass[c] = 0 }
                touchedTo.removeAll(keepingCapacity: true)
                touchedFrom.removeAll(keepingCapacity: true)
            }
            if moves == 0 { break }
        }
        return classOf
    }
}
