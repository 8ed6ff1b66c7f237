import Foundation

/// The lookup structure a `PerceptronModel` builds at load time: an open-addressing hash table from
/// feature key to weights, laid out so that a lookup usually costs one cache miss.
///
/// Scoring is bound by memory latency: the parser's table holds 850k features, far more than the
/// caches. Measured on EWT+GUM dev, a parser state looks up 87 features: 19% are unknown, 9% hit a
/// row of one or two weights, 48% a longer sparse row, 25% a dense row. So:
/// - a slot is 8 bytes, eight to a cache line: a 32-bit fingerprint of the key and a 32-bit payload.
///   (16-byte slots with the whole key and up to two inline weights made the parser's table 32 MB
///   instead of 16 MB, and a probe that runs on past its home slot left the cache line twice as often.)
/// - rows of one weight live inside their slot and cost no second access;
/// - longer rows live in `packed` (a length, then the entries), and rows with weights for a quarter of
///   the classes or more (bias-like features, frequent tags: hit on nearly every call, so cached) are
///   expanded to one Int32 per class in `dense`: a straight, vectorized loop instead of a scatter;
/// - the table is allocated on 2 MB pages where the kernel allows it (`madvise`), so a probe does
///   not also miss the TLB; measured about 4% faster parsing.
///
/// The fingerprint is the low 32 bits of key × multiplier, the home slot its top bits, so the two
/// are independent bits of one product. A key the table holds is always found exactly: the table
/// is built with another multiplier if two of its keys could be mistaken for each other (same
/// fingerprint on one probe path). An unknown key matches a stored one with probability 2⁻³² per
/// compared slot, the same order as two feature strings colliding in the 64-bit feature hash.
///
/// Payload encoding (a used slot's payload is never 0; an all-zero slot is empty):
/// - bit 31 clear: one inline weight: bits 0–14 = class + 1, bits 15–30 = the Int16 weight;
/// - bits 31 and 30 set: a dense row starting at bits 0–29 in `dense`;
/// - bit 31 set, bit 30 clear: a sparse row whose length is `packed[bits 0–29]`, entries after it.
final class PerceptronTable: @unchecked Sendable {
    // @unchecked Sendable: the memory is written only in init and read-only afterwards.

    /// Inline classes are stored as class + 1 in 15 bits.
    static let maximumLabelCount = 0x7FFE
    private static let outOfLine: UInt32 = 0x8000_0000
    private static let denseFlag: UInt32 = 0x4000_0000
    private static let indexMask: UInt32 = 0x3FFF_FFFF
    private static let hugePage = 2 << 20

    let labelCount: Int
    private let slots: UnsafeMutablePointer<UInt64>
    private let mask: Int
    private let shift: UInt64
    /// Odd multiplier of the key: its product's top bits are the home slot, its low 32 bits the
    /// fingerprint.
    private let multiplier: UInt64
    /// The mapping that holds `slots` (aligned inside it to a huge page).
    private let mapping: UnsafeMutableRawPointer
    private let mappingSize: Int
    /// Out-of-line sparse rows: a length, then entries with the class in the low 16 bits and the
    /// Int16 weight in the high 16 bits.
    private let packed: [UInt32]
    /// Dense rows as Int32, so the add loop is a plain vector add (no widening).
    private let dense: [Int32]

    /// Multipliers tried in turn until no two stored keys can be mistaken for each other (the
    /// first is 2^64/φ; a collision among a million keys happens about once in three thousand models).
    private static let multipliers: [UInt64] = [0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F,
                                                0x1656_67B1_9E37_79F9, 0xFF51_AFD7_ED55_8CCD]

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
        let bytes = capacity * MemoryLayout<UInt64>.stride
        mappingSize = bytes + Self.hugePage
        guard let mapped = mmap(nil, mappingSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              mapped != MAP_FAILED else {
            fatalError("cannot map \(mappingSize) bytes for a perceptron table")
        }
        mapping = mapped
        let aligned = (Int(bitPattern: mapped) + Self.hugePage - 1) & ~(Self.hugePage - 1)
        let start = UnsafeMutableRawPointer(bitPattern: aligned)!
        if bytes >= Self.hugePage { _ = madvise(start, bytes, MADV_HUGEPAGE) }
        let slots = start.bindMemory(to: UInt64.self, capacity: capacity)
        self.slots = slots

        // The rows' payloads do not depend on the multiplier: build them once.
        var payloads = [UInt32](repeating: 0, count: keys.count)
        var packed: [UInt32] = []
        packed.reserveCapacity(weights.count + keys.count)  // an upper bound: no copies while it grows
        var dense: [Int32] = []
        let denseMinimum = max(8, labelCount / 4)
        for row in keys.indices {
            let begin = Int(offsets[row]), end = Int(offsets[row + 1])
            switch end - begin {
            case 0:
                continue  // a feature without weights scores nothing: leaving it out changes no score
            case 1:
                payloads[row] = (UInt32(classes[begin]) + 1) | UInt32(UInt16(bitPattern: weights[begin])) << 15
            case let length where length >= denseMinimum:
                payloads[row] = Self.outOfLine | Self.denseFlag | UInt32(dense.count)
                let base = dense.count
                dense.append(contentsOf: repeatElement(0, count: labelCount))
                for k in begin..<end { dense[base + Int(classes[k])] = Int32(weights[k]) }
            case let length:
                payloads[row] = Self.outOfLine | UInt32(packed.count)
                packed.append(UInt32(length))
                for k in begin..<end {
                    packed.append(UInt32(classes[k]) | UInt32(UInt16(bitPattern: weights[k])) << 16)
                }
            }
        }
        precondition(packed.count <= Int(Self.indexMask) && dense.count <= Int(Self.indexMask),
                     "perceptron rows too large for the table encoding")
        self.packed = packed
        self.dense = dense

        var chosen: UInt64 = 0
        for multiplier in Self.multipliers where Self.fill(slots, capacity: capacity, shift: shift,
                                                           multiplier: multiplier, keys: keys, payloads: payloads) {
            chosen = multiplier
            break
        }
        precondition(chosen != 0, "no collision-free fingerprints for the perceptron table")
        self.multiplier = chosen
    }

    /// Writes every key with a payload into `slots` (cleared first); false if two keys could be
    /// mistaken for each other: a key whose probe passes a slot with its own fingerprint.
    private static func fill(_ slots: UnsafeMutablePointer<UInt64>, capacity: Int, shift: UInt64, multiplier: UInt64,
                             keys: [UInt64], payloads: [UInt32]) -> Bool {
        // Write the (already zero) memory in order: the first touch of a page is then one write
        // fault, instead of a read fault (zero page) and a copy-on-write fault in random order.
        memset(slots, 0, capacity * MemoryLayout<UInt64>.stride)
        let mask = capacity - 1
        for row in keys.indices where payloads[row] != 0 {
            let product = keys[row] &* multiplier
            let fingerprint = product & 0xFFFF_FFFF
            var slot = Int(truncatingIfNeeded: product >> shift)
            while slots[slot] != 0 {
                if slots[slot] >> 32 == fingerprint { return false }
                slot = (slot + 1) & mask
            }
            slots[slot] = fingerprint << 32 | UInt64(payloads[row])
        }
        return true
    }

    deinit {
        munmap(mapping, mappingSize)
    }

    /// Pass 1 of a lookup: every feature's home slot and the slot's contents. Nothing branches on
    /// the loaded words, so their cache misses are in flight together.
    @inline(__always)
    private func loadHomes(_ features: UnsafeBufferPointer<UInt64>, homes: UnsafeMutablePointer<UInt64>,
                           contents: UnsafeMutablePointer<UInt64>) {
        for i in 0..<features.count {
            let product = features[i] &* multiplier
            let slot = Int(truncatingIfNeeded: product >> shift)
            homes[i] = UInt64(truncatingIfNeeded: slot) | product << 32  // the slot, and the fingerprint
            contents[i] = slots[slot]
        }
    }

    /// Pass 2 of a lookup: the payload of a feature, probing on from the home slot and contents
    /// pass 1 loaded; 0 when the table does not hold the feature.
    @inline(__always)
    private func payload(home: UInt64, contents: UInt64) -> UInt32 {
        let fingerprint = home >> 32
        var slot = Int(truncatingIfNeeded: home & 0xFFFF_FFFF)
        var value = contents
        while value != 0 {
            if value >> 32 == fingerprint { return UInt32(truncatingIfNeeded: value) }
            slot = (slot + 1) & mask
            value = slots[slot]
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
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 4 * count) { scratch in
            let homes = scratch.baseAddress.unsafelyUnwrapped
            let contents = homes + count
            let found = contents + count
            let denseRows = found + count
            loadHomes(features, homes: homes, contents: contents)
            // Pass 2: finish the probes; keep each hit's payload.
            var hits = 0
            for i in 0..<count {
                let payload = payload(home: homes[i], contents: contents[i])
                if payload != 0 {
                    found[hits] = UInt64(payload)
                    hits += 1
                }
            }
            packed.withUnsafeBufferPointer { packed in
                dense.withUnsafeBufferPointer { dense in
                    let packedBase = packed.baseAddress
                    // Pass 3: load the length of every sparse row (its entries follow in the same
                    // cache line). Branch-free: other rows load packed[0] and ignore it.
                    let lengths = contents  // pass 1's words are spent; reuse the space
                    if let packedBase {
                        for h in 0..<hits {
                            let payload = UInt32(truncatingIfNeeded: found[h])
                            let sparse = payload & (Self.outOfLine | Self.denseFlag) == Self.outOfLine
                            lengths[h] = UInt64(packedBase[sparse ? Int(payload & Self.indexMask) : 0])
                        }
                    }
                    // Pass 4: add the inline and sparse weights; collect the dense rows.
                    var denseHits = 0
                    for h in 0..<hits {
                        let payload = UInt32(truncatingIfNeeded: found[h])
                        if payload & Self.outOfLine == 0 {
                            Self.addInline(payload, to: out)
                        } else if payload & Self.denseFlag != 0 {
                            denseRows[denseHits] = UInt64(payload & Self.indexMask)
                            denseHits += 1
                        } else {
                            let row = packedBase.unsafelyUnwrapped + Int(payload & Self.indexMask)
                            for k in 1...Int(truncatingIfNeeded: lengths[h]) { Self.addPacked(row[k], to: out) }
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
            let contents = homes + count
            loadHomes(features, homes: homes, contents: contents)
            // Pass 2: finish the probes; keep each feature's payload (0 when unknown).
            for i in 0..<count { homes[i] = UInt64(payload(home: homes[i], contents: contents[i])) }
            // Pass 3: add each hit's weights to its own row.
            packed.withUnsafeBufferPointer { packed in
                dense.withUnsafeBufferPointer { dense in
                    for i in 0..<count where homes[i] != 0 {
                        let row = out + i * labelCount
                        let payload = UInt32(truncatingIfNeeded: homes[i])
                        if payload & Self.outOfLine == 0 {
                            Self.addInline(payload, to: row)
                        } else if payload & Self.denseFlag != 0 {
                            let weights = dense.baseAddress.unsafelyUnwrapped + Int(payload & Self.indexMask)
                            for c in 0..<labelCount { row[c] &+= weights[c] }
                        } else {
                            let entries = packed.baseAddress.unsafelyUnwrapped + Int(payload & Self.indexMask)
                            for k in 1...Int(entries[0]) { Self.addPacked(entries[k], to: row) }
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
        out[Int(entry & 0x7FFF) - 1] &+= Int32(Int16(bitPattern: UInt16(truncatingIfNeeded: entry >> 15)))
    }
}
