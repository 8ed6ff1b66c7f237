/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, platform-independent PRNG.
/// Fixtures and benchmarks use it so a seed gives the same corpus on every machine
/// (Swift's `SystemRandomNumberGenerator` is neither seedable nor reproducible).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<bound` (bound > 0); a multiply-shift keeps it cheap and deterministic.
    public mutating func below(_ bound: Int) -> Int {
        Int((next() >> 32) &* UInt64(bound) >> 32)
    }

    public mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}
