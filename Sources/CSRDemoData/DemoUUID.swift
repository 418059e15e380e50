/// Deterministic, UUIDv4-shaped ids drawn from the demo generator's random stream.
///
/// ```swift
/// var rng = SeededRandom(seed: 1)
/// let id = DemoUUID.next(&rng)   // "3f0c1a9e-7b2d-4c51-9e0a-5d7c2b1e8f43"
/// ```
/// Lower-case, 36 characters, version nibble 4 and RFC 4122 variant, like the platform's own.
enum DemoUUID {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func next(_ rng: inout SeededRandom) -> String {
        make(high: rng.next(), low: rng.next())
    }

    /// The id planted rows use: recognisable (`badda7a0-...`, `ed9e0000-...`) and independent of
    /// the seed. `number` is written in decimal digits, so row 16 ends in `...000000000016`.
    static func fixed(prefix: UInt32, number: UInt64) -> String {
        let high = UInt64(prefix) << 32 | 0x0000_4000
        let low = 0x8000_0000_0000_0000 | UInt64(String(number), radix: 16)!
        return make(high: high, low: low, keepBits: true)
    }

    private static func make(high: UInt64, low: UInt64, keepBits: Bool = false) -> String {
        var hi = high, lo = low
        if !keepBits {
            hi = (hi & ~0x0000_0000_0000_F000) | 0x0000_0000_0000_4000
            lo = (lo & ~0xC000_0000_0000_0000) | 0x8000_0000_0000_0000
        }
        var bytes = [UInt8](repeating: UInt8(ascii: "-"), count: 36)
        var position = 0
        for (word, nibbles) in [(hi, 16), (lo, 16)] {
            for nibble in 0..<nibbles {
                if position == 8 || position == 13 || position == 18 || position == 23 { position += 1 }
                let shift = UInt64(60 - nibble * 4)
                bytes[position] = hexDigits[Int((word >> shift) & 0xF)]
                position += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
