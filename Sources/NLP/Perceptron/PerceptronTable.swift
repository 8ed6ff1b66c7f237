import Foundation

/// The lookup structure a `PerceptronModel` builds at load time: an open-addressing hash table from
/// feature key to weights, laid out so that a lookup usually costs one cache miss.
///
/// Scoring is bound by memory latency: the parser's table holds 630k features (32 MB), far more than
/// the caches. Measured on EWT+GUM dev, a parser state looks up 87 features: 19% are unknown, 9% hit
/// a row of one or two weights, 48% a longer sparse row, 25% a dense row. So:
/// - rows of one or two weights (the median row has 2) live inside their slot, next to the key,
///   and cost no second access;
/// - longer rows live in `packed`, and rows with weights for a quarter of the classes or more
///   (bias-like features, frequent tags: hit on nearly every call, so cached) are expanded to one
///   Int32 per class in `dense`: a straight, vectorized loop instead of a scatter;
/// - the table is allocated on 2 MB pages where the kernel allows it (`madvise`), so a probe does
///   not also miss the TLB (32 MB of 4 kB pages is 8,192 pages, more than the TLB holds); measured
///   about 4% faster parsing.
///
/// Slot encoding (16 bytes, four to a cache line; an all-zero slot is empty):
/// `key`, then two 32-bit words `first`, `second`.
/// - inline entry: low 16 bits = class + 1 (1...0xFFFE), high 16 bits = Int16 weight; `second` is a
///   second inline entry or 0;
/// - out-of-line row: `first` low 16 bits = 0xFFFF, high 16 bits = length (0 for a dense row),
///   `second` = where the row starts in `packed` or `dense`.
final class PerceptronTable: @unchecked Sendable {
    // @unchecked Sendable: the memory is written only in init and read-only afterwards.
    struct Slot {
        var key: UInt64
        var first: UInt32
        var second: UInt32
    }

    /// Classes are stored as class + 1 in 16 bits, and 0xFFFF marks out-of-line rows.
    static let maximumLabelCount = 0xFFFE
    private static let outOfLine: UInt32 = 0xFFFF
    private static let hugePage = 2 << 20

    let labelCount: Int
    private let slots: UnsafeMutablePointer<Slot>
    private let mask: Int
    private let shift: UInt64
    /// The mapping that holds `slots` (aligned inside it to a huge page).
    private let mapping: UnsafeMutableRawPointer
    private let mappingSize: Int
    /// Out-of-line sparse rows: class in the low 16 bits, Int16 weight in the high 16 bits.
    private let packed: [UInt32]
    /// Dense rows as Int32, so the add loop is a plain vector add (no widening).
    private let dense: [Int32]

    /// The slot where the probe for `key` starts (Fibonacci hashing: the top bits of key × 2^64/φ).
    /// (Rounding it down to the start of its cache line was measured 12% slower: keys sharing a start
    /// need more compares, and each compare is a hard-to-predict branch.)
    @inline(__always)
    private static func home(_ key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    init(labelCount: Int, keys: [UInt64], offsets: [UInt32], classes: [UInt16], weights: [Int16]) {
        precondition(labelCount <= Self.maximumLabelCount, "too many classes for the table encoding")
        self.labelCount = labelCount
        // Capacity: power of two at least twice the feature count (load factor ≤ 0.5). A fuller table
        // (≤ 0.7) was measured 14% slower on the parser: longer probes mean more mispredicted compares.
        var bits = 4
        while (1 << bits) < keys.count * 2 { bits += 1 }
        let capacity = 1 << bits
        let shift = UInt64(64 - bits), mask = capacity - 1
        self.shift = shift
        self.mask = mask
        let bytes = capacity * MemoryLayout<Slot>.stride
        mappingSize = bytes + Self.hugePage
        guard let mapped = mmap(nil, mappingSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              mapped != MAP_FAILED else {
            fatalError("cannot map \(mappingSize) bytes for a perceptron table")
        }
        mapping = mapped
        let aligned = (Int(bitPattern: mapped) + Self.hugePage - 1) & ~(Self.hugePage - 1)
        let start = UnsafeMutableRawPointer(bitPattern: aligned)!
        if bytes >= Self.hugePage { _ = madvise(start, bytes, MADV_HUGEPAGE) }
        // Write the (already zero) memory once, in order: the first touch of a page is then one
        // write fault, instead of a read fault (zero page) and a copy-on-write fault in random order.
        memset(start, 0, bytes)
        let slots = start.bindMemory(to: Slot.self, capacity: capacity)
        self.slots = slots

        var packed: [UInt32] = []
        packed.reserveCapacity(weights.count)  // an upper bound: no copies while it grows
        var dense: [Int32] = []
        let denseMinimum = max(8, labelCount / 4)
        for row in keys.indices {
            let begin = Int(offsets[row]), end = Int(offsets[row + 1])
            // A feature without weights scores nothing: leaving it out changes no score.
            guard end > begin else { continue }
            let key = keys[row]
            var slot = Self.home(key, shift: shift)
            while slots[slot].first != 0 { slot = (slot + 1) & mask }
            func entry(_ k: Int) -> UInt32 {
                (UInt32(classes[k]) + 1) | UInt32(UInt16(bitPattern: weights[k])) << 16
            }
            switch end - begin {
            case 1:
                slots[slot] = Slot(key: key, first: entry(begin), second: 0)
            case 2:
                slots[slot] = Slot(key: key, first: entry(begin), second: entry(begin + 1))
            case let length where length >= denseMinimum:
                slots[slot] = Slot(key: key, first: Self.outOfLine, second: UInt32(dense.count))
                let base = dense.count
                dense.append(contentsOf: repeatElement(0, count: labelCount))
                for k in begin..<end { dense[base + Int(classes[k])] = Int32(weights[k]) }
            case let length:
                slots[slot] = Slot(key: key, first: Self.outOfLine | UInt32(length) << 16, second: UInt32(packed.count))
                for k in begin..<end {
                    packed.append(UInt32(classes[k]) | UInt32(UInt16(bitPattern: weights[k])) << 16)
                }
            }
        }
        self.packed = packed
        self.dense = dense
    }

    deinit {
        munmap(mapping, mappingSize)
    }

    /// Pass 1 of a lookup: every feature's home slot, with the slot's first word. The loaded word is
    /// kept (pass 2 starts from it), so the loads are not optimized away, and nothing branches on
    /// it, so their cache misses are in flight together.
    @inline(__always)
    private func loadHomes(_ features: UnsafeBufferPointer<UInt64>, into homes: UnsafeMutablePointer<UInt64>) {
        for i in 0..<features.count {
            let slot = Self.home(features[i], shift: shift)
            homes[i] = UInt64(slot) | UInt64(slots[slot].first) << 32
        }
    }

    /// Pass 2 of a lookup: the two payload words of `feature`'s slot, probing on from the `home`
    /// word pass 1 loaded; 0 when the table does not hold the feature (a used slot's first word is
    /// never 0).
    @inline(__always)
    private func payload(of feature: UInt64, home: UInt64) -> UInt64 {
        var slot = Int(truncatingIfNeeded: home & 0xFFFF_FFFF)
        var first = UInt32(truncatingIfNeeded: home >> 32)
        while first != 0 {
            if slots[slot].key == feature { return UInt64(first) | UInt64(slots[slot].second) << 32 }
            slot = (slot + 1) & mask
            first = slots[slot].first
        }
        return 0
    }

    /// Adds the weights of every known feature to `out` (one Int32 per class, not cleared here).
    ///
    /// Four passes, so that cache misses overlap: a probe loop that branches on what it loads stalls
    /// on every miss (the branch cannot resolve until the load does, and a mispredicted branch throws
    /// away the loads issued after it). Passes 1 and 3 only load, with no branch on the loaded values,
    /// so their misses are in flight together; passes 2 and 4 then branch on data already cached.
    /// (Measured: about 8% faster parsing than one probe-and-add loop over the same layout.)
    func add(_ features: UnsafeBufferPointer<UInt64>, into out: UnsafeMutablePointer<Int32>) {
        let count = features.count
        guard count > 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * count) { scratch in
            let homes = scratch.baseAddress.unsafelyUnwrapped
            let found = homes + count
            let denseRows = found + count
            loadHomes(features, into: homes)
            // Pass 2: finish the probes; keep each hit's two payload words.
            var hits = 0
            for i in 0..<count {
                let payload = payload(of: features[i], home: homes[i])
                if payload != 0 {
                    found[hits] = payload
                    hits += 1
                }
            }
            packed.withUnsafeBufferPointer { packed in
                dense.withUnsafeBufferPointer { dense in
                    let packedBase = packed.baseAddress
                    // Pass 3: load the first word of every out-of-line sparse row (reused in pass 4).
                    // Branch-free: other rows load packed[0] and ignore it.
                    let rowHeads = homes  // pass 1's words are spent; reuse the space
                    if let packedBase {
                        for h in 0..<hits {
                            let first = UInt32(truncatingIfNeeded: found[h])
                            let sparse = first & 0xFFFF == Self.outOfLine && first != Self.outOfLine
                            let start = sparse ? Int(found[h] >> 32) : 0
                            rowHeads[h] = UInt64(packedBase[start])
                        }
                    }
                    // Pass 4: add the inline and sparse weights; collect the dense rows.
                    var denseHits = 0
                    for h in 0..<hits {
                        let first = UInt32(truncatingIfNeeded: found[h])
                        let second = UInt32(truncatingIfNeeded: found[h] >> 32)
                        if first & 0xFFFF != Self.outOfLine {
                            Self.addInline(first, to: out)
                            if second != 0 { Self.addInline(second, to: out) }
                        } else if first == Self.outOfLine {
                            denseRows[denseHits] = UInt64(second)
                            denseHits += 1
                        } else {
                            let row = packedBase.unsafelyUnwrapped + Int(second)
                            Self.addPacked(UInt32(truncatingIfNeeded: rowHeads[h]), to: out)
                            for k in 1..<Int(first >> 16) { Self.addPacked(row[k], to: out) }
                        }
                    }
                    // Pass 5: the dense rows, two at a time (one load and store of `out` per two
                    // rows). Pointer arithmetic without overflow checks, so the loops vectorize.
                    let denseBase = dense.baseAddress
                    var d = 0
                    while d + 1 < denseHits {
                        let a = denseBase.unsafelyUnwrapped + Int(denseRows[d])
                        let b = denseBase.unsafelyUnwrapped + Int(denseRows[d + 1])
                        for c in 0..<labelCount { out[c] &+= a[c] &+ b[c] }
                        d += 2
                    }
                    if d < denseHits {
                        let a = denseBase.unsafelyUnwrapped + Int(denseRows[d])
                        for c in 0..<labelCount { out[c] &+= a[c] }
                    }
                }
            }
        }
    }

    /// Adds the weights of feature `i` to row `i` of `out` (rows `labelCount` apart, not cleared):
    /// one pass for many independent score rows, so their cache misses overlap (the same passes 1
    /// and 2 as `add`). Used where each feature scores a different alternative (the NER's transition
    /// features, one per previous tag).
    func addEach(_ features: UnsafeBufferPointer<UInt64>, into out: UnsafeMutablePointer<Int32>) {
        let count = features.count
        guard count > 0 else { return }
        let labelCount = self.labelCount
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * count) { scratch in
            let homes = scratch.baseAddress.unsafelyUnwrapped
            let found = homes + count
            loadHomes(features, into: homes)
            // Pass 2: finish the probes; keep each feature's payload (0 when unknown).
            for i in 0..<count { found[i] = payload(of: features[i], home: homes[i]) }
            // Pass 3: add each hit's weights to its own row.
            packed.withUnsafeBufferPointer { packed in
                dense.withUnsafeBufferPointer { dense in
                    for i in 0..<count where found[i] != 0 {
                        let row = out + i * labelCount
                        let first = UInt32(truncatingIfNeeded: found[i])
                        let second = UInt32(truncatingIfNeeded: found[i] >> 32)
                        if first & 0xFFFF != Self.outOfLine {
                            Self.addInline(first, to: row)
                            if second != 0 { Self.addInline(second, to: row) }
                        } else if first == Self.outOfLine {
                            let weights = dense.baseAddress.unsafelyUnwrapped + Int(second)
                            for c in 0..<labelCount { row[c] &+= weights[c] }
                        } else {
                            let entries = packed.baseAddress.unsafelyUnwrapped + Int(second)
                            for k in 0..<Int(first >> 16) { Self.addPacked(entries[k], to: row) }
                        }
                    }
                }
            }
        }
    }

    @inline(__always)
    private static func addPacked(_ entry: UInt32, to out: UnsafeMutablePointer<Int32>) {
        out[Int(entry & 0xFFFF)] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry >> 16)))
    }

    @inline(__always)
    private static func addInline(_ entry: UInt32, to out: UnsafeMutablePointer<Int32>) {
        out[Int(entry & 0xFFFF) - 1] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry >> 16)))
    }
}
