/// Pseudo-projective parsing (Nivre & Nilsson 2005), "head" encoding: before training, every
/// non-projective arc is lifted to its grandparent until the tree is projective, and the lifted
/// word's label records the label of its original head ("obl|xcomp" = an obl lifted from an
/// xcomp). After parsing, a word with such a label is re-attached to the first word with label
/// "xcomp" found breadth-first, left to right, under its current head.
public enum PseudoProjectivity {
    /// Separates the dependent's label from its original head's label in a lifted label.
    public static let separator: Character = "|"

    /// Lifts arcs until the tree is projective. `heads[i]` is the head of word i (index 0 unused,
    /// 0 = root); returns new heads and labels.
    public static func projectivize(heads: [Int], labels: [String]) -> (heads: [Int], labels: [String]) {
        var heads = heads
        var labels = labels
        var lifted = [Bool](repeating: false, count: heads.count)
        while let dependent = shortestNonProjectiveArc(heads) {
            let head = heads[dependent]
            if !lifted[dependent] {
                labels[dependent] = labels[dependent] + String(separator) + baseLabel(labels[head])
                lifted[dependent] = true
            }
            heads[dependent] = heads[head]
        }
        return (heads, labels)
    }

    /// Undoes `projectivize` on a parse: words with a lifted label move back down under the
    /// first descendant of their head (breadth-first, left to right) that has the encoded label,
    /// shallow words first; the label loses its encoding either way.
    public static func deprojectivize(heads: [Int], labels: [String]) -> (heads: [Int], labels: [String]) {
        var heads = heads
        var labels = labels
        let liftedWords = (1..<max(heads.count, 1)).filter { labels[$0].contains(separator) }
            .sorted { (depth($0, heads), $0) < (depth($1, heads), $1) }
        for word in liftedWords {
            let parts = labels[word].split(separator: separator, maxSplits: 1)
            let target = parts.count > 1 ? String(parts[1]) : ""
            labels[word] = String(parts.first ?? "dep")
            if let newHead = breadthFirstSearch(under: heads[word], for: target, avoiding: word,
                                                heads: heads, labels: labels) {
                heads[word] = newHead
            }
        }
        return (heads, labels)
    }

    /// The dependent of the shortest non-projective arc (leftmost on ties), or nil when the tree is
    /// projective. An arc h→d is projective iff h dominates every word strictly between h and d.
    static func shortestNonProjectiveArc(_ heads: [Int]) -> Int? {
        var best: Int?
        var bestLength = Int.max
        for dependent in 1..<max(heads.count, 1) {
            let head = heads[dependent]
            let length = abs(head - dependent)
            guard length > 1, length < bestLength, head > 0 else { continue }
            let range = head < dependent ? (head + 1)..<dependent : (dependent + 1)..<head
            for word in range where !dominates(head, word, heads) {
                best = dependent
                bestLength = length
                break
            }
        }
        return best
    }

    static func dominates(_ ancestor: Int, _ word: Int, _ heads: [Int]) -> Bool {
        var current = word
        var steps = 0
        while current > 0, steps < heads.count {
            if current == ancestor { return true }
            current = heads[current]
            steps += 1
        }
        return ancestor == 0
    }

    private static func depth(_ word: Int, _ heads: [Int]) -> Int {
        var depth = 0
        var current = word
        while current > 0, depth < heads.count {
            current = heads[current]
            depth += 1
        }
        return depth
    }

    private static func breadthFirstSearch(under root: Int, for label: String, avoiding excluded: Int,
                                           heads: [Int], labels: [String]) -> Int? {
        var children = [[Int]](repeating: [], count: heads.count)
        for word in 1..<heads.count where heads[word] >= 0 { children[heads[word]].append(word) }
        var queue = children[root].filter { $0 != excluded }
        var index = 0
        while index < queue.count {
            let word = queue[index]
            index += 1
            if baseLabel(labels[word]) == label { return word }
            queue += children[word].filter { $0 != excluded }
        }
        return nil
    }

    static func baseLabel(_ label: String) -> String {
        if let cut = label.firstIndex(of: separator) { return String(label[..<cut]) }
        return label
    }
}
