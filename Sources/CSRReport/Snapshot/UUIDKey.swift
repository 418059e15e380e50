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
        guard s.count == 36, s[8] == 45, s[13] == 45, s[18] == 45, s[23] == 45 else { return nil }
        // A million ids per snapshot: one table lookup per digit, no branches on character classes.
        return hexValues.withUnsafeBufferPointer { table -> UUIDKey? in
            var high: UInt64 = 0, low: UInt64 = 0, invalid: UInt8 = 0
            for i in [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17] {
                let v = table[Int(s[i])]
                invalid |= v
                high = high << 4 | UInt64(v & 0x0F)
            }
            for i in [19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35] {
                let v = table[Int(s[i])]
                invalid |= v
                low = low << 4 | UInt64(v & 0x0F)
            }
            return invalid & 0x80 == 0 ? UUIDKey(high: high, low: low) : nil
        }
    }

    /// Hex digit values; 0x80 marks a byte that is not a hex digit.
    private static let hexValues: [UInt8] = (0...255).map { byte in
        switch byte {
        case 48...57: UInt8(byte - 48)
        case 97...102: UInt8(byte - 87)
        case 65...70: UInt8(byte - 55)
        default: 0x80
        }
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
