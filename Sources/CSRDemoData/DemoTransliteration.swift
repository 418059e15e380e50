/// How people write each other's names across scripts in the demo texts: a Ukrainian writes
/// "Анна" for Anna, an English text writes "Olena" for Олена. Also the ASCII forms of names
/// for e-mail addresses. Simplified national romanisation, enough for realistic data.
enum DemoTransliteration {
    private static let cyrillicToLatinMap: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
        "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
        "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "'": "", "’": "",
    ]

    private static let latinToCyrillicPairs: [(String, String)] = [
        ("sch", "ш"), ("sz", "ш"), ("cz", "ч"), ("ch", "х"), ("sh", "ш"), ("rz", "ж"), ("th", "т"), ("ph", "ф"),
        ("ie", "і"), ("ei", "ай"), ("ja", "я"), ("jo", "йо"), ("ju", "ю"), ("kk", "кк"),
        ("a", "а"), ("b", "б"), ("c", "к"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"), ("h", "х"),
        ("i", "і"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
        ("q", "к"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("v", "в"), ("w", "в"), ("x", "кс"),
        ("y", "і"), ("z", "з"), ("ø", "е"), ("å", "о"), ("æ", "е"), ("ü", "ю"), ("ö", "е"), ("ä", "е"),
        ("ß", "сс"), ("ł", "л"), ("ó", "о"), ("ś", "сь"), ("ż", "ж"), ("ź", "з"), ("ć", "ць"), ("ń", "нь"),
        ("ę", "е"), ("ą", "а"), ("'", ""),
    ]

    private static let asciiMap: [Character: String] = [
        "ø": "o", "å": "a", "æ": "ae", "ß": "ss", "ü": "u", "ö": "o", "ä": "a", "ł": "l", "ó": "o",
        "ś": "s", "ż": "z", "ź": "z", "ć": "c", "ń": "n", "ę": "e", "ą": "a", "'": "",
    ]

    static func isCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }
    }

    static func toLatin(_ text: String) -> String {
        var out = ""
        for character in text {
            let lower = Character(character.lowercased())
            if let mapped = cyrillicToLatinMap[lower] {
                out += character == lower ? mapped : mapped.prefix(1).uppercased() + mapped.dropFirst()
            } else {
                out.append(character)
            }
        }
        return out
    }

    static func toCyrillic(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let first = rest.first {
            let upper = first.isUppercase
            let lowered = rest.lowercased()
            var matched = false
            for (latin, cyrillic) in latinToCyrillicPairs where lowered.hasPrefix(latin) {
                out += upper ? cyrillic.uppercased().prefix(1) + cyrillic.dropFirst() : Substring(cyrillic)
                rest = rest.dropFirst(latin.count)
                matched = true
                break
            }
            if !matched {
                out.append(first)
                rest = rest.dropFirst()
            }
        }
        return out
    }

    /// Lower-case ASCII letters and digits only, for e-mail local parts.
    static func emailPart(_ name: String) -> String {
        let latin = isCyrillic(name) ? toLatin(name) : name
        var out = ""
        for character in latin.lowercased() {
            if let mapped = asciiMap[character] {
                out += mapped
            } else if character.isASCII, character.isLetter || character.isNumber {
                out.append(character)
            }
        }
        return out
    }
}
