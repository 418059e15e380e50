import Foundation

/// A small, fast, seedable pseudo-random generator (SplitMix64) for the demo data.
///
/// ```swift
/// var rng = SeededRandom(seed: 2025)
/// let die = rng.int(in: 1...6)
/// ```
/// Every draw is computed here rather than through the standard library's `random(in:using:)`,
/// whose algorithm may change between Swift releases: the same seed must give the same
/// snapshot on every toolchain.
struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// An independent stream for one part of the generator, so that adding rows to one table
    /// does not shift the draws of every other.
    init(seed: UInt64, stream: String) {
        var mixed = seed ^ 0x9E37_79B9_7F4A_7C15
        for byte in stream.utf8 {
            mixed = (mixed ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var warmup = SeededRandom(seed: mixed)
        state = warmup.next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in `range` (Lemire's multiply-high; the tiny bias is irrelevant here).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) &+ 1
        if width == 0 { return Int(truncatingIfNeeded: next()) }
        let product = next().multipliedFullWidth(by: width)
        return range.lowerBound + Int(product.high)
    }

    /// Uniform in [0, count).
    mutating func index(_ count: Int) -> Int {
        precondition(count > 0)
        return int(in: 0...(count - 1))
    }

    mutating func double(in range: ClosedRange<Double>) -> Double {
        range.lowerBound + unit() * (range.upperBound - range.lowerBound)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[index(items.count)] }

    /// An index drawn in proportion to `weights` (all >= 0, not all 0).
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var target = unit() * total
        for (offset, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return offset }
        }
        return weights.count - 1
    }

    /// Approximately normal (sum of uniforms), mean 0 and standard deviation 1.
    mutating func gaussian() -> Double {
        var sum = 0.0
        for _ in 0..<6 { sum += unit() }
        return (sum - 3) * 1.414_213_562
    }

    /// A Poisson-distributed count (Knuth for small means, normal approximation above 30).
    mutating func poisson(mean: Double) -> Int {
        if mean <= 0 { return 0 }
        if mean > 30 { return max(0, Int((mean + gaussian() * mean.squareRoot()).rounded())) }
        let limit = exp(-mean)
        var product = unit()
        var count = 0
        while product > limit {
            count += 1
            product *= unit()
        }
        return count
    }
}
