import Foundation

/// The text being searched, prepared once per call and shared by every recogniser:
/// the original `String` (for regular expressions) and its UTF-16 code units (for the
/// hand-written scanners). All recognisers report UTF-16 offsets into it.
struct ScannedText: Sendable {
    let string: String
    let units: [UInt16]

    init(_ string: String) {
        self.string = string
        self.units = Array(string.utf16)
    }

    var count: Int { units.count }

    func unit(at offset: Int) -> UInt16? {
        offset >= 0 && offset < units.count ? units[offset] : nil
    }

    func substring(_ range: Range<Int>) -> String {
        String(decoding: units[range], as: UTF16.self)
    }

    func isDigit(at offset: Int) -> Bool {
        guard let u = unit(at: offset) else { return false }
        return u >= 0x30 && u <= 0x39
    }

    /// True for letters and digits of any script (BMP only, which covers the scripts we handle).
    func isWordCharacter(at offset: Int) -> Bool {
        guard let u = unit(at: offset) else { return false }
        if u < 0x80 {
            return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A)
        }
        guard let scalar = Unicode.Scalar(u) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    func isLetter(at offset: Int) -> Bool {
        isWordCharacter(at: offset) && !isDigit(at: offset)
    }
}
