/// A UUID as two integers: hashes and compares fast, and case-insensitively by construction
/// (spec 1: UUIDs compare case-insensitively).
///
/// ```swift
/// UUIDKey(parsing: "6F1C...") == UUIDKey(parsing: "6f1c...")   // true
/// ```
public struct UUIDKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    public init?(parsing text: String) {
        var text = text
        guard let key = text.withUTF8({ UUIDKey.parse($0) }) else { return nil }
        self = key
    }

    /// Accepts the 36-character form with dashes at 8, 13, 18, 23, hex digits in either case.
    static func parse(_ s: UnsafeBufferPointer<UInt8>) -> UUIDKey? {
        guard s.count == 36 else { return nil }
        var high: UInt64 = 0
        var low: UInt64 = 0
        var nibbles = 0
        for (index, c) in s.enumerated() {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard c == 45 else { return nil }
                continue
            }
            let v: UInt8
            switch c {
            case 48...57: v = c - 48
            case 97...102: v = c - 87
            case 65...70: v = c - 55
            default: return nil
            }
            if nibbles < 16 { high = high << 4 | UInt64(v) } else { low = low << 4 | UInt64(v) }
            nibbles += 1
        }
        return UUIDKey(high: high, low: low)
    }

    public static func < (a: UUIDKey, b: UUIDKey) -> Bool { (a.high, a.low) < (b.high, b.low) }

    /// Lower-case, with dashes.
    public var description: String {
        let hex = hex16(high) + hex16(low)
        var out = ""
        for (i, c) in hex.enumerated() {
            if i == 8 || i == 12 || i == 16 || i == 20 { out.append("-") }
            out.append(c)
        }
        return out
    }

    /// The first 8 hex digits, used in tenant folder names.
    public var prefix8: String { String(hex16(high).prefix(8)) }

    private func hex16(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
