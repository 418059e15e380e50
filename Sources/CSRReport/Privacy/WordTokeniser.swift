/// Splits a text into words for name lookup, with the facts the name rules need: position
/// (UTF-16), capitalisation, whether the word starts a sentence or line, whether it is glued to
/// digits ("B2", "CS-101": never a name) and an English possessive "'s" after it.
struct WordToken: Sendable {
    let range: Range<Int>
    let text: String
    let lower: String
    let isCapitalised: Bool
    let isAllCaps: Bool
    let startsSentence: Bool
    let touchesDigit: Bool
    /// Letters in the word.
    let length: Int

    /// Whether the word starts with a Cyrillic letter.
    var isCyrillic: Bool { text.unicodeScalars.first.map { (0x400 ... 0x4FF).contains($0.value) } ?? false }
}

enum WordTokeniser {
    static func tokens(in text: ScannedText) -> [WordToken] {
        var tokens: [WordToken] = []
        let u = text.units
        var i = 0
        while i < u.count {
            guard text.isLetter(at: i) else { i += 1; continue }
            let start = i
            while i < u.count {
                // Glued names ("SebastianHoffmann", "ОленаКоваль") are two words: a capitalised
                // word of three or more letters followed by another of three or more.
                if i - start >= 3, isUpper(u[i]), isLower(u[i - 1]), isUpper(u[start]), isLower(u[i + 1 < u.count ? i + 1 : i]),
                   i + 2 < u.count, isLower(u[i + 2]) { break }
                if text.isLetter(at: i) || isCombiningMark(u[i]) { i += 1; continue }
                // An apostrophe joins letters (O'Brien, Мар'яна) unless it opens a possessive 's.
                if isApostrophe(u[i]), text.isLetter(at: i + 1) {
                    let possessive = (u[i + 1] == 0x73 || u[i + 1] == 0x53) && !text.isLetter(at: i + 2)
                    if !possessive { i += 1; continue }
                }
                break
            }
            let end = i
            let word = text.substring(start ..< end)
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            let firstUpper = letters.first.map { $0.properties.isUppercase || $0.properties.generalCategory == .titlecaseLetter } ?? false
            let upperCount = letters.filter(\.properties.isUppercase).count
            let touchesDigit = text.isDigit(at: start - 1) || text.isDigit(at: end)
                || ((text.unit(at: end) == 0x2D || text.unit(at: end) == 0x20) && text.isDigit(at: end + 1) && upperCount == letters.count)
                || (text.unit(at: start - 1) == 0x2D && text.isDigit(at: start - 2))
            tokens.append(WordToken(
                range: start ..< end,
                text: word,
                lower: word.lowercased(),
                isCapitalised: firstUpper,
                isAllCaps: letters.count >= 2 && upperCount == letters.count,
                startsSentence: startsSentence(before: start, in: text),
                touchesDigit: touchesDigit,
                length: letters.count
            ))
        }
        return tokens
    }

    /// True at the start of the text, after ". ! ? …" or a line break, looking back over
    /// spaces, quotes and brackets.
    private static func startsSentence(before start: Int, in text: ScannedText) -> Bool {
        var k = start - 1
        while k >= 0 {
            let c = text.units[k]
            switch c {
            case 0x20, 0x09, 0xA0, 0x22, 0x27, 0x28, 0x2018, 0x2019, 0x201C, 0x201D, 0xAB, 0xBB, 0x2D, 0x2013, 0x2014, 0x2A:
                k -= 1
            case 0x2E, 0x21, 0x3F, 0x2026, 0x0A, 0x0D, 0x3A:
                return true
            default:
                return false
            }
        }
        return true
    }

    private static func isUpper(_ c: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isUppercase
    }

    private static func isLower(_ c: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(c) else { return false }
        return scalar.properties.isLowercase
    }

    static func isApostrophe(_ c: UInt16) -> Bool { c == 0x27 || c == 0x2019 || c == 0x2BC }
    private static func isCombiningMark(_ c: UInt16) -> Bool { c >= 0x300 && c <= 0x36F }
}
