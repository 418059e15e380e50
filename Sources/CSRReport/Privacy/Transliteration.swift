import Foundation

/// Turns a word into the key used to compare names: lower-cased, diacritics removed, letters
/// that Unicode does not decompose folded by hand (ø, æ, ß, ł, ...), Cyrillic transliterated
/// to Latin (Ukrainian national system), and finally reduced to a spelling "skeleton" that
/// absorbs the usual transliteration differences (y/j/i, w/v, kh/h, cz/ch, sz/sh, sch/sh,
/// x/ks, doubled letters). So "Олена" = "Olena", "Ковальчук" = "Kovalchuk" = "Kowalczuk",
/// "Müller" = "Muller", "Юлія" = "Yuliia" = "Julia".
///
///     NameFolding.keys(for: "Ковальчук")  // ["kovalchuk"]
///     NameFolding.keys(for: "Søren")      // ["soren"]
enum NameFolding {
    /// The keys under which a word in a text is looked up: one, or two for Cyrillic words
    /// containing "г" (Ukrainian "h", Russian-style "g": Євген = Yevhen = Evgeny).
    static func keys(for word: some StringProtocol) -> [String] {
        let lower = word.lowercased()
        if lower.unicodeScalars.allSatisfy({ $0.isASCII }) {
            return [skeleton(Array(lower.utf8))]
        }
        let h = skeleton(fold(lower, cyrillicG: "h"))
        guard lower.unicodeScalars.contains("г") else { return [h] }
        let g = skeleton(fold(lower, cyrillicG: "g"))
        return g == h ? [h] : [h, g]
    }

    /// The keys a dictionary name is stored under: its text keys plus the spelling with
    /// umlauts and Nordic vowels written out (ü -> ue, ø -> oe, å -> aa), so the dictionary's
    /// "Müller" also finds "Mueller" in a text and "Søren" finds "Soeren".
    static func dictionaryKeys(for word: some StringProtocol) -> Set<String> {
        var keys = Set(keys(for: word))
        let lower = word.lowercased()
        var expanded = ""
        for ch in lower {
            switch ch {
            case "ä", "æ": expanded += "ae"
            case "ö", "ø", "œ": expanded += "oe"
            case "ü": expanded += "ue"
            case "å": expanded += "aa"
            default: expanded.append(ch)
            }
        }
        if expanded != lower { keys.formUnion(Self.keys(for: expanded)) }
        return keys
    }

    /// Lower-case ASCII (plus any letters of other scripts, passed through) for `lower`.
    private static func fold(_ lower: String, cyrillicG: String) -> [UInt8] {
        var out: [UInt8] = []
        for scalar in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(UInt8(v))
            } else if (0x300 ... 0x36F).contains(v) {
                continue // combining diacritic
            } else if let latin = latinFolds[scalar] {
                out += latin.utf8
            } else if v == 0x433 { // г
                out += cyrillicG.utf8
            } else if let latin = cyrillic[scalar] {
                out += latin.utf8
            } else if v == 0x2019 || v == 0x2BC || v == 0x2018 {
                continue // apostrophes inside names (Мар’яна, O’Brien)
            } else {
                out += String(scalar).utf8
            }
        }
        return out
    }

    /// Letters without a canonical decomposition into base letter + diacritic.
    private static let latinFolds: [Unicode.Scalar: String] = [
        "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
        "ı": "i", "ħ": "h", "ŀ": "l", "ŧ": "t",
    ]

    /// Ukrainian national transliteration (2010), with the Russian-only letters added.
    /// Word-initial forms (Є -> Ye, Ю -> Yu) differ only in y/i, which the skeleton merges.
    private static let cyrillic: [Unicode.Scalar: String] = [
        "а": "a", "б": "b", "в": "v", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
        "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
        "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ы": "y", "э": "e",
        "ё": "e", "ъ": "", "'": "",
    ]

    /// Collapses spelling variants: sch/sz -> sh, cz -> ch, kh -> h, x -> ks, w -> v,
    /// y/j -> i, apostrophes dropped, then runs of the same letter reduced to one.
    static func skeleton(_ bytes: [UInt8]) -> String {
        var s: [UInt8] = []
        s.reserveCapacity(bytes.count)
        var i = 0
        func at(_ k: Int) -> UInt8 { k < bytes.count ? bytes[k] : 0 }
        while i < bytes.count {
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "s") where at(i + 1) == UInt8(ascii: "c") && at(i + 2) == UInt8(ascii: "h"):
                s += [UInt8(ascii: "s"), UInt8(ascii: "h")]; i += 3; continue
            case UInt8(ascii: "s") where at(i + 1) == UInt8(ascii: "z"):
                s += [UInt8(ascii: "s"), UInt8(ascii: "h")]; i += 2; continue
            case UInt8(ascii: "c") where at(i + 1) == UInt8(ascii: "z"):
                s += [UInt8(ascii: "c"), UInt8(ascii: "h")]; i += 2; continue
            case UInt8(ascii: "k") where at(i + 1) == UInt8(ascii: "h"):
                s.append(UInt8(ascii: "h")); i += 2; continue
            case UInt8(ascii: "x"):
                s += [UInt8(ascii: "k"), UInt8(ascii: "s")]
            case UInt8(ascii: "w"):
                s.append(UInt8(ascii: "v"))
            case UInt8(ascii: "y"), UInt8(ascii: "j"):
                s.append(UInt8(ascii: "i"))
            case UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "-"), UInt8(ascii: "."):
                break
            default:
                s.append(c)
            }
            i += 1
        }
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(s.count)
        for c in s where collapsed.last != c || c >= 0x80 { collapsed.append(c) }
        return String(decoding: collapsed, as: UTF8.self)
    }
}
