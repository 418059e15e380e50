/// How a Ukrainian writer spells a user's Latin-script name in Cyrillic when the spelling is no
/// letter-for-letter transliteration: "Thomas" is "Томас", "Joseph" is "Йосеф" or "Джосеф",
/// "Philipp" is "Філіп". `NameFolding.skeleton` already merges y/j/i, w/v, kh/h and doubled
/// letters; these readings add the English and German letter groups it cannot know from the
/// Cyrillic side: th, ph, an English j or soft c (never Polish cz or German ch). Not the s that
/// is voiced between vowels: "Rose" read "roze" is the Polish word "róże".
///
///     LatinNamesInCyrillic.readings(of: "joseph")  // ["josef", "dzhosef"]
enum LatinNamesInCyrillic {
    /// Spellings of the lower-case ASCII word `lower` as its Cyrillic form sounds, written in
    /// Latin letters (so that `NameFolding.keys` of each matches the Cyrillic word's key);
    /// empty when no rule applies.
    static func readings(of lower: String) -> Set<String> {
        guard lower.utf8.count >= 3, lower.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) else { return [] }
        let base = Array(lower.utf8)
        var out = Set<String>()
        for englishJ in [false, true] {
            for softC in [false, true] {
                let reading = String(decoding: read(base, englishJ: englishJ, softC: softC), as: UTF8.self)
                if reading != lower { out.insert(reading) }
            }
        }
        return out
    }

    private static func read(_ w: [UInt8], englishJ: Bool, softC: Bool) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        func at(_ k: Int) -> UInt8 { k >= 0 && k < w.count ? w[k] : 0 }
        while i < w.count {
            let c = w[i], next = at(i + 1)
            switch c {
            case UInt8(ascii: "t") where next == UInt8(ascii: "h"):
                out.append(UInt8(ascii: "t")); i += 2; continue
            case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
                out.append(UInt8(ascii: "f")); i += 2; continue
            case UInt8(ascii: "j") where englishJ:
                out += Array("dzh".utf8)
            case UInt8(ascii: "c") where softC && next == UInt8(ascii: "k"):
                out.append(UInt8(ascii: "k")); i += 2; continue
            case UInt8(ascii: "c") where softC && next != UInt8(ascii: "z") && next != UInt8(ascii: "h"):
                let soft = next == UInt8(ascii: "e") || next == UInt8(ascii: "i") || next == UInt8(ascii: "y")
                out.append(soft ? UInt8(ascii: "s") : UInt8(ascii: "k"))
            case UInt8(ascii: "h") where i == w.count - 1 && i > 0:
                break // the final h of Hannah, Sarah is not written: Ганна, Сара
            default:
                out.append(c)
            }
            i += 1
        }
        return out
    }
}
