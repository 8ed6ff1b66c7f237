/// 64-bit feature keys for the perceptrons (the "hashing trick": no feature-string table, no
/// String allocation on the hot path).
///
/// A feature is a template id plus up to three atoms (a word, a tag, a suffix, ...). Atoms are
/// hashed once per token with `FeatureHashing.string` (FNV-1a 64 over UTF-8), then features are built
/// by integer mixing, which is what keeps feature extraction cheap.
public enum FeatureHashing {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a 64 of the UTF-8 bytes.
    @inlinable
    public static func string(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
    }

    /// FNV-1a 64 of the UTF-8 bytes of a substring.
    @inlinable
    public static func string(_ text: Substring) -> UInt64 {
        var copy = text
        return copy.withUTF8 { bytes(UnsafeRawBufferPointer($0)) }
    }

    /// FNV-1a 64 of raw bytes.
    @inlinable
    public static func bytes(_ buffer: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in buffer {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// A strong 64-bit finalizer (MurmurHash3 fmix64), so nearby inputs spread over the table.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var k = value
        k ^= k >> 33
        k = k &* 0xff51_afd7_ed55_8ccd
        k ^= k >> 33
        k = k &* 0xc4ce_b9fe_1a85_ec53
        k ^= k >> 33
        return k
    }

    /// Feature key of a template with one atom.
    @inlinable @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
        mix(template &* 0x9E37_79B9_7F4A_7C15 ^ a)
    }

    /// Feature key of a template with two atoms (order matters).
    @inlinable @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(feature(template, a) ^ (b &* 0xC2B2_AE3D_27D4_EB4F))
    }

    /// Feature key of a template with three atoms (order matters).
    @inlinable @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(feature(template, a, b) ^ (c &* 0x1656_67B1_9E37_79F9))
    }
}
