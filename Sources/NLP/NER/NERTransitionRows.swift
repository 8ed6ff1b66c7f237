import Foundation

/// Cached transition scores of the NER's closed-class transition features, shared by every
/// sentence a recognizer reads: for a token's (short shape, UPOS) pair, the scores of every tag after
/// every previous tag from the tag-only features and the previous tag paired with that shape and
/// with that UPOS. A few hundred pairs cover real text, so after warm-up the Viterbi search looks up
/// only the previous tag × word feature per previous tag.
///
/// The cached sums are the same exact Int32 sums a direct lookup gives, so what is cached (and in
/// what order threads fill it) never changes a result.
final class NERTransitionRows: @unchecked Sendable {
    // @unchecked Sendable: `rows` is only read and written under `lock`.
    struct Key: Hashable {
        let shortShape: UInt64
        let upos: UInt64
    }

    /// Pairs kept at most (about 8 kB each for 21 tags); rarer pairs beyond it are recomputed.
    static let capacity = 4096
    private var rows: [Key: [Int32]] = [:]
    private let lock = NSLock()

    /// The `(tagCount + 1) × tagCount` block for `key` (row `previous + 1`, -1 = sentence start),
    /// computed by `compute` on first use.
    func block(for key: Key, compute: () -> [Int32]) -> [Int32] {
        lock.lock()
        let cached = rows[key]
        lock.unlock()
        if let cached { return cached }
        let block = compute()
        lock.lock()
        if rows.count < Self.capacity { rows[key] = block }
        lock.unlock()
        return block
    }
}
