/// The text as the recognisers see it: without the invisible characters that hide a name or
/// number from a pattern but not from a reader (soft hyphen U+00AD, zero-width space U+200B,
/// zero-width non-joiner and joiner U+200C/U+200D, word joiner U+2060, BOM U+FEFF), so
/// "Se\u{200B}bastian" and "To\u{00AD}bias" are matched like "Sebastian" and "Tobias".
///
/// `offsets[i]` is the original UTF-16 offset of unit `i` of the cleaned text; a match found in
/// the cleaned text covers the original from its first unit to just after its last, so the
/// hidden characters inside a name are redacted with it.
struct InvisibleCharacters {
    let cleaned: String
    /// Nil when nothing was removed (the common case: offsets are the identity).
    let offsets: [Int]?

    init(_ text: String) {
        guard text.utf16.contains(where: Self.isInvisible) else {
            cleaned = text
            offsets = nil
            return
        }
        var units: [UInt16] = []
        var offsets: [Int] = []
        units.reserveCapacity(text.utf16.count)
        offsets.reserveCapacity(text.utf16.count)
        for (offset, unit) in text.utf16.enumerated() where !Self.isInvisible(unit) {
            units.append(unit)
            offsets.append(offset)
        }
        cleaned = String(decoding: units, as: UTF16.self)
        self.offsets = offsets
    }

    /// `range` of the cleaned text as a range of the original.
    func original(_ range: Range<Int>) -> Range<Int> {
        guard let offsets, !range.isEmpty else { return range }
        return offsets[range.lowerBound] ..< offsets[range.upperBound - 1] + 1
    }

    static func isInvisible(_ unit: UInt16) -> Bool {
        unit == 0x00AD || unit == 0x200B || unit == 0x200C || unit == 0x200D || unit == 0x2060 || unit == 0xFEFF
    }
}
