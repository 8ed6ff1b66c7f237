/// First-order Viterbi decoding over BILOU tags with the scheme's transition constraints.
///
/// A tag's score at a token is its emission score (features of the token alone) plus a transition
/// score that depends on the previous tag (features of the previous tag with the token's word,
/// shape and POS). Only valid sequences are searched, so the result always decodes to well-formed
/// spans. Ties go to the lowest tag index (and the lowest previous tag), so results depend on the
/// scores alone.
struct BILOUViterbi: Sendable {
    let tagCount: Int
    /// `allowed[previous + 1][tag]`: may `tag` follow `previous` (-1 = sentence start)?
    private let allowed: [[Bool]]
    private let mayEnd: [Bool]
    /// The tags that may follow each previous tag, ascending: `successors[successorStart[previous]
    /// ..< successorStart[previous + 1]]` (previous ≥ 0), so the search loops over valid pairs only.
    private let successors: [Int]
    private let successorStart: [Int]

    init(scheme: BILOUScheme) {
        tagCount = scheme.tagCount
        let allowed = (-1..<scheme.tagCount).map { previous in
            (0..<scheme.tagCount).map { scheme.allows($0, after: previous < 0 ? nil : previous) }
        }
        self.allowed = allowed
        mayEnd = (0..<scheme.tagCount).map { scheme.allowsEnd(after: $0) }
        var successors: [Int] = [], successorStart: [Int] = [0]
        for previous in 0..<scheme.tagCount {
            successors += (0..<scheme.tagCount).filter { allowed[previous + 1][$0] }
            successorStart.append(successors.count)
        }
        self.successors = successors
        self.successorStart = successorStart
    }

    /// The best valid tag sequence of `count` tokens. `emission(t, &scores)` fills every tag's
    /// emission score at token t; `transition(t, previous, &scores)` every tag's score after
    /// `previous` (-1 at the sentence start) at token t.
    func decode<Score: AdditiveArithmetic & Comparable>(
        count: Int, emission: (Int, inout [Score]) -> Void, transition: (Int, Int, inout [Score]) -> Void
    ) -> [Int] {
        guard count > 0 else { return [] }
        let tags = tagCount
        var best = [Score](repeating: .zero, count: count * tags)
        var reached = [Bool](repeating: false, count: count * tags)
        var back = [Int](repeating: -1, count: count * tags)
        var emitted = [Score](repeating: .zero, count: tags)
        var moved = [Score](repeating: .zero, count: tags)
        emission(0, &emitted)
        transition(0, -1, &moved)
        for tag in 0..<tags where allowed[0][tag] {
            best[tag] = moved[tag] + emitted[tag]
            reached[tag] = true
        }
        for position in 1..<max(count, 1) {
            emission(position, &emitted)
            let previousRow = (position - 1) * tags, row = position * tags
            for previous in 0..<tags where reached[previousRow + previous] {
                transition(position, previous, &moved)
                let base = best[previousRow + previous]
                let next = allowed[previous + 1]
                for tag in 0..<tags where next[tag] {
                    let candidate = base + moved[tag] + emitted[tag]
                    if !reached[row + tag] || candidate > best[row + tag] {
                        best[row + tag] = candidate
                        back[row + tag] = previous
                        reached[row + tag] = true
                    }
                }
            }
        }
        return backtrack(count: count, best: best, reached: reached, back: back)
    }

    /// The best path's tags: the best-scoring tag that may end a sentence (lowest on ties), then
    /// the back pointers.
    private func backtrack<Score: Comparable>(count: Int, best: [Score], reached: [Bool], back: [Int]) -> [Int] {
        let tags = tagCount
        let lastRow = (count - 1) * tags
        var last = -1
        for tag in 0..<tags where reached[lastRow + tag] && mayEnd[tag] {
            if last < 0 || best[lastRow + tag] > best[lastRow + last] { last = tag }
        }
        var result = [Int](repeating: 0, count: count)
        result[count - 1] = last
        for position in stride(from: count - 1, to: 0, by: -1) {
            result[position - 1] = back[position * tags + result[position]]
        }
        return result
    }

    /// The same search as `decode(count:emission:transition:)` (same ties), with every previous
    /// tag's transition scores of a token filled in one call, so the caller can batch their lookups.
    /// `emission(t, &scores)` fills `tagCount` scores; `transitions(t, &moved)` fills the
    /// `(tagCount + 1) × tagCount` matrix `moved[(previous + 1) * tagCount + tag]`: row 0 (sentence
    /// start) at t = 0, rows 1... (previous tags) after. Scores are exact integer sums (Int32 per
    /// token, Int64 along the path).
    func decode(count: Int, emission: (Int, inout [Int32]) -> Void,
                transitions: (Int, inout [Int32]) -> Void) -> [Int] {
        guard count > 0 else { return [] }
        let tags = tagCount
        var best = [Int64](repeating: 0, count: count * tags)
        var reached = [Bool](repeating: false, count: count * tags)
        var back = [Int](repeating: -1, count: count * tags)
        var emitted = [Int32](repeating: 0, count: tags)
        var moved = [Int32](repeating: 0, count: (tags + 1) * tags)
        emission(0, &emitted)
        transitions(0, &moved)
        for tag in 0..<tags where allowed[0][tag] {
            best[tag] = Int64(moved[tag]) + Int64(emitted[tag])
            reached[tag] = true
        }
        for position in 1..<max(count, 1) {
            emission(position, &emitted)
            transitions(position, &moved)
            let previousRow = (position - 1) * tags, row = position * tags
            // Unchecked indexing: every index is below count × tags or (tags + 1) × tags by construction.
            best.withUnsafeMutableBufferPointer { best in
            reached.withUnsafeMutableBufferPointer { reached in
            back.withUnsafeMutableBufferPointer { back in
            successors.withUnsafeBufferPointer { successors in
            successorStart.withUnsafeBufferPointer { successorStart in
            moved.withUnsafeBufferPointer { moved in
            emitted.withUnsafeBufferPointer { emitted in
                let best = best.baseAddress.unsafelyUnwrapped, reached = reached.baseAddress.unsafelyUnwrapped
                let back = back.baseAddress.unsafelyUnwrapped, successors = successors.baseAddress.unsafelyUnwrapped
                let successorStart = successorStart.baseAddress.unsafelyUnwrapped
                let moved = moved.baseAddress.unsafelyUnwrapped, emitted = emitted.baseAddress.unsafelyUnwrapped
                for previous in 0..<tags where reached[previousRow + previous] {
                    let base = best[previousRow + previous]
                    let movedRow = moved + (previous + 1) * tags
                    for k in successorStart[previous]..<successorStart[previous + 1] {
                        let tag = successors[k]
                        let candidate = base + Int64(movedRow[tag]) + Int64(emitted[tag])
                        if !reached[row + tag] || candidate > best[row + tag] {
                            best[row + tag] = candidate
                            back[row + tag] = previous
                            reached[row + tag] = true
                        }
                    }
                }
            }}}}}}}
        }
        return backtrack(count: count, best: best, reached: reached, back: back)
    }
}
