import Foundation

/// Folder names of tenant bundles (spec 11): the company name transliterated to ASCII,
/// lower-cased, every run of other characters one `-`, at most 40 characters, then `-` and
/// the first 8 hex digits of the id. `../../etc/passwd` becomes `etc-passwd-1a2b3c4d`.
///
/// ```swift
/// TenantFolderName.slug("Ølstad Fjord AS")    // "olstad-fjord-as"
/// ```
public enum TenantFolderName {
    /// Letters that ICU's Latin-ASCII folds but Foundation's `.stripDiacritics` leaves alone.
    private static let latinASCII: [Character: String] = [
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i", "ħ": "h", "Ħ": "H",
        "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T", "ĸ": "q", "ŋ": "n", "Ŋ": "N", "ſ": "s",
    ]

    public static func slug(_ name: String) -> String {
        let latin = name.applyingTransform(.toLatin, reverse: false) ?? name
        let stripped = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        var ascii = ""
        for character in stripped {
            if let folded = latinASCII[character] { ascii += folded } else { ascii.append(character) }
        }
        var slug = ""
        var pendingDash = false
        for scalar in ascii.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        if slug.count > 40 {
            slug = String(slug.prefix(40))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? "company" : slug
    }
}
