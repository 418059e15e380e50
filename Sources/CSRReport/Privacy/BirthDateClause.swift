import Foundation

/// Round 6: a date that the words of its own sentence tie to a birth, whichever side they stand
/// on and in whatever shape the date is written.
///
/// Earlier rules want a birth word right before a full date. People also write the birth word
/// after the date ("2.11.2018 ur.", "am 29. Februar geboren", "першого травня день
/// народження"), give a birthday without a year ("his birthday is 19 June", "ma urodziny 17
/// maja"), an age instead of the word ("Zlata wird am 12. Dezember 10", "fyller 12 den 17.
/// mai", "12 грудня буде 10 років"), two-digit years ("født 1. mai 90") and, in language
/// lessons, the whole date in words ("the eighth of February, nineteen ninety-five").
///
/// A day and month without a year is taken as a date of birth when such words tie it to a
/// person: it is personal data, and with an age nearby ("she'll be 34") it gives the full date.
///
/// A date counts when a cue stands in the same sentence, at most 60 UTF-16 units before it or
/// 40 after it, with no digit and no clause-changing word ("and", "moved", "seit", "потім", …)
/// between. A birthday greeting ("happy birthday", "з днем народження") reaches past the end of
/// its sentence. Years: after a birth word any past year; after a birthday word or an age one
/// at most `BirthYearWindow.latestNamedBirthYear` (a recent one is the party's date). A numeric
/// day and month ("05.01") only after a birth word. Regular expressions plus walks over sorted
/// ranges: linear.
struct BirthDateClause: Sendable {
    private let window: BirthYearWindow
    private let dates: TextPattern
    private let birthWords = TextPattern(
        #"(?<![\p{L}])(?:born|birth\s?date|date\s+of\s+birth|d\.?o\.?b\.?|født|fødd|fødselsdato\p{L}*|geboren|geb\.|geburtsdat\p{L}*|geb\.?\s?-?\s?datum|jahrgang|jg\.|urodzon\p{L}*|urodził\p{L}*\s+się|urodzeni\p{L}*|daty?\s+urodzenia|data\s+ur\.|ur\.|народи\p{L}*|народж\p{L}*|нар\.|р\.\s?н\.|narod[yi][lv]\p{L}*|narodzh\p{L}*\.?|urodz\.|д\.\s?н\.|d\.\s?n\.)(?![\p{L}])"#,
        caseInsensitive: true)
    private let birthdayWords = TextPattern(
        #"(?<![\p{L}])(?:birthday|b-?day|bursdag\p{L}*|fødselsdag\p{L}*|geburtstag\p{L}*|urodzin\p{L}*|(?:день|днем|дня|дні)\s+народження|день\s+нар\.|(?:den|dnem|dnia)\s+narodzhennia)(?![\p{L}])"#,
        caseInsensitive: true)
    private let greetings = TextPattern(
        #"(?<![\p{L}])(?:happy\s+birthday|gratulerer\s+med\s+dagen|alles\s+gute\s+zum\s+geburtstag|herzlichen\s+glückwunsch\s+zum\s+geburtstag|wszystkiego\s+najlepszego\s+z\s+okazji\s+urodzin|sto\s+lat|з\s+днем\s+народження|z\s+dnem\s+narodzhennia)(?![\p{L}])"#,
        caseInsensitive: true)
    /// A verb of turning an age, then the age: "turns 34", "he'll be 34", "fyller 12", "wird am
    /// 12. Dezember 10", "skończy 12 lat", "буде 10 років". The age must end the phrase (a
    /// years word, punctuation, or a preposition that starts a date), so "will be 10 minutes"
    /// and "wird 2 Stunden" are no ages.
    private let ages = TextPattern(
        #"(?<![\p{L}])(?:turns|turn|turned|turning|will\s+be|['’]ll\s+be|fyller|fylte|wird|werde|skończy|skończył[ao]?|skończę|kończy|буде|виповнюється|виповниться|виповнилося|виповнилось)\s(?:[^\d\n.!?]{0,20}?\d{1,2}\.?\s\p{L}{2,12}\.?\s)?\d{1,3}(?=\s?(?:(?:years?|yrs|år|jahre?|lata?|років|роки|рік)(?![\p{L}])|[.,!?;:)–—\-])|\s(?:den|on|am|i|w|у|в)\s|$)"#,
        caseInsensitive: true)

    init(window: BirthYearWindow) {
        self.window = window
        let months = "(?:" + BirthDateScope.allMonths + ")"
        // Round 7: "the" belongs to the date ("the 30th of June, 1997", "the first of May").
        let day = #"(?:the\s)?(?:\d{1,2}(?:st|nd|rd|th|-?го)?\.?|"# + BirthDateRecogniser.dayWords + ")"
        // A two-digit year only before a comma, a bracket or the end of the line, so that a
        // count or an age is none ("12 June 10 people", "wird am 12. Dezember 10 –").
        // Round 8: or before a slash or bar that separates form fields ("DOB Sept 3rd 84 / PPS …").
        let year = #"(?:,?\s(?:\d{4}(?:-?го)?|['’]\d{2}|\d{2}(?=[,;)]|\s[/|]\s|\.?[^\S\n]*(?:\n|$))))"#
        let written = day + #"\s?(?:of\s)?"# + months + #"\.?"# + year + "?|" + months + #"\.?\s(?:the\s)?\d{1,2}(?:st|nd|rd|th)?"# + year + "?"
        // Round 7: also spaced, as forms are filled in ("25 / 01 / 1972", "26 04 1966": a real
        // day and month, then a four-digit year).
        let numeric = #"\d{1,2}\s[./\-]\s\d{1,2}\s[./\-]\s\d{4}|(?:0?[1-9]|[12]\d|3[01])\s(?:0?[1-9]|1[0-2])\s(?:19|20)\d{2}|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.?"#
        dates = TextPattern(#"(?<![\p{L}\p{N}./\-])("# + written + "|" + numeric + #")(?![\p{L}\p{N}]|[./\-]\d)"#, caseInsensitive: true)
    }

    private enum Cue { case birth, birthday, greeting, age }

    /// `names` are the ranges of the text's person names, sorted: an age needs a person.
    func candidates(in text: ScannedText, names: [Range<Int>]) -> [PIICandidate] {
        yearsInWords(text) + tiedDates(in: text, names: names)
    }

    private func tiedDates(in text: ScannedText, names: [Range<Int>]) -> [PIICandidate] {
        let found = dates.ranges(in: text, group: 1)
        guard !found.isEmpty else { return [] }
        let birthdays = birthdayWords.ranges(in: text).filter { !isCelebration($0, text) }
        let names = names.sorted { $0.lowerBound < $1.lowerBound }
        let nameStarts = names.map(\.lowerBound)
        // "день народження" is a birthday, not the birth word "народження" inside it.
        var inBirthday = [Bool](repeating: false, count: text.count + 1)
        for b in birthdays { for k in b { inBirthday[k] = true } }
        let births = birthWords.ranges(in: text).filter { !inBirthday[$0.lowerBound] && !inBirthday[$0.upperBound - 1] }
        let cues = (births.map { ($0, Cue.birth) } + birthdays.map { ($0, Cue.birthday) }
            + greetings.ranges(in: text).map { ($0, Cue.greeting) } + ages.ranges(in: text).filter { hasPerson(before: $0, nameStarts: nameStarts, names: names, text) }.map { ($0, Cue.age) })
            .sorted { $0.0.lowerBound < $1.0.lowerBound }
        guard !cues.isEmpty else { return [] }
        // Round 7: a form's question is answered after it ("Data urodzenia? 14.11.1982",
        // "Date of birth? 3 May 1990"): a "?" right after a birth word ends no sentence.
        let asked = births.filter { text.unit(at: $0.upperBound) == 0x3F }.map { $0.upperBound + 1 }
        let sentence = sentenceNumbers(text, noBreakAt: Set(cues.map(\.0.upperBound) + found.map(\.upperBound) + asked))
        var out: [PIICandidate] = []
        var first = 0
        for found in found.map({ trimmingSentencePeriod($0, text) }) {
            let date = found.upperBound < text.count && !text.isDigit(at: found.upperBound - 1) ? extendedByYearInWords(found, text) : found
            while first < cues.count, cues[first].0.upperBound + 60 < date.lowerBound { first += 1 }
            var k = first
            var tied = false
            while !tied, k < cues.count, cues[k].0.lowerBound <= date.upperBound + 40 {
                tied = ties(cues[k].0, cues[k].1, to: date, text, sentence)
                k += 1
            }
            if tied { out.append(PIICandidate(kind: .dateOfBirth, range: date)) }
        }
        return out
    }

    /// "his birthday is on the first of May." ends the sentence: the period after a full month
    /// name is left out of the date; after an abbreviation ("5. Jan.") or a number it stays.
    private func trimmingSentencePeriod(_ date: Range<Int>, _ text: ScannedText) -> Range<Int> {
        guard text.unit(at: date.upperBound - 1) == 0x2E else { return date }
        var start = date.upperBound - 1
        while start > date.lowerBound, text.isLetter(at: start - 1) { start -= 1 }
        let word = text.substring(start ..< date.upperBound - 1).lowercased()
        return word.isEmpty || Self.monthAbbreviations.contains(word) ? date : date.lowerBound ..< date.upperBound - 1
    }

    private static let monthAbbreviations: Set<String> = [
        "jan", "feb", "febr", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "okt", "des", "dez",
        "sty", "lut", "kwi", "cze", "lip", "sie", "wrz", "paź", "paz", "lis", "gru",
        "січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд",
    ]

    private func ties(_ cue: Range<Int>, _ kind: Cue, to date: Range<Int>, _ text: ScannedText, _ sentence: [Int]) -> Bool {
        guard accepts(date, after: kind, text) else { return false }
        // An age phrase around or overlapping the date: "wird am 12. Dezember 10", "fyller 12 den 17. mai".
        if kind == .age, cue.overlaps(date) { return true }
        let gap: Range<Int>
        if cue.upperBound <= date.lowerBound {
            gap = cue.upperBound ..< date.lowerBound
            guard gap.count <= 60, kind == .greeting || sentence[cue.lowerBound] == sentence[date.lowerBound] else { return false }
        } else if date.upperBound <= cue.lowerBound {
            gap = date.upperBound ..< cue.lowerBound
            guard gap.count <= 40, kind != .greeting, sentence[cue.lowerBound] == sentence[date.lowerBound] else { return false }
        } else {
            return false
        }
        guard !gap.contains(where: { text.isDigit(at: $0) }) else { return false }
        let words = text.substring(gap).lowercased().split(whereSeparator: { !$0.isLetter })
        guard !words.contains(where: { Self.clauseBreakers.contains(String($0)) }) else { return false }
        // A value named as the wrong one ("DOB … entered as 01/01/2000 by mistake"); after a
        // birthday word a plain "was" is how the date is told ("her birthday was 12 May").
        guard cue.upperBound <= date.lowerBound else { return true }
        return !words.suffix(2).contains { BirthDateScope.wrongValue.contains(String($0)) && (kind == .birth || !Self.copulas.contains(String($0))) }
    }

    private static let copulas: Set<String> = ["was", "war", "var", "було", "była", "był"]

    /// A birthday that is a celebration, not a date of birth: an ordinal before it ("40.
    /// Geburtstag von Viktor am 22. Juni", "40th birthday", "40. urodziny") or a party word in
    /// it or right after it ("birthday party on 12 March", "Geburtstagsfeier", "bursdagsfest").
    /// Its date is the party's.
    private func isCelebration(_ cue: Range<Int>, _ text: ScannedText) -> Bool {
        let lower = text.substring(cue).lowercased()
        if Self.partyWords.contains(where: lower.contains) { return true }
        // The next word: "birthday party", "urodziny przyjęcie".
        var e = cue.upperBound + 1
        while e < text.count, e - cue.upperBound < 20, text.isLetter(at: e) { e += 1 }
        if text.unit(at: cue.upperBound) == 0x20, e > cue.upperBound + 1 {
            let next = text.substring(cue.upperBound + 1 ..< e).lowercased()
            if Self.partyWords.contains(where: next.hasPrefix) { return true }
        }
        // An ordinal right before: "40. ", "40th ", "40-te".
        let before = text.substring(max(0, cue.lowerBound - 8) ..< cue.lowerBound).lowercased()
        return before.range(of: #"\d(?:\.|st|nd|rd|th|-?te|-?go|-?ті)?\s$"#, options: .regularExpression) != nil
    }

    private static let partyWords = ["party", "fest", "feier", "selskap", "przyjęci", "impreza", "imprez", "свят", "вечірк", "celebration"]

    /// "Programmet fyller 2 år 2. november" is a programme's anniversary: an age phrase counts
    /// only with a person as its subject, a name or a personal pronoun in the 60 units before
    /// its end ("Zlata wird am 12. Dezember 10", "she'll be 34", "Доньці Златі … буде 10 років").
    private func hasPerson(before age: Range<Int>, nameStarts: [Int], names: [Range<Int>], _ text: ScannedText) -> Bool {
        let from = max(0, age.upperBound - 60)
        // The first name starting at or after `from` (binary search: names are sorted).
        var lo = 0, hi = nameStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if nameStarts[mid] < from { lo = mid + 1 } else { hi = mid }
        }
        if lo < names.count, names[lo].upperBound <= age.upperBound { return true }
        let words = text.substring(from ..< age.upperBound).lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { Self.pronouns.contains(String($0)) }
    }

    private static let pronouns: Set<String> = [
        "i", "he", "she", "you", "we", "they", "jeg", "han", "hun", "du", "vi", "ich", "er", "sie", "du", "wir",
        "ja", "on", "ona", "ty", "my", "oni", "я", "він", "вона", "ти", "ми", "вони", "йому", "їй", "мені", "тобі",
    ]

    /// Whether a date of this shape and year can be a birth date after a cue of `kind`.
    private func accepts(_ date: Range<Int>, after kind: Cue, _ text: ScannedText) -> Bool {
        if let year = window.year(in: date, of: text) {
            return year <= (kind == .birth ? window.referenceYear : window.latestNamedBirthYear)
        }
        let body = text.substring(date)
        guard !body.contains(where: \.isLetter) else { return true }
        // "05.01": a numeric day and month, only after a birth word, and only a real one.
        let parts = body.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return kind == .birth && parts.count == 2 && (1 ... 31).contains(parts[0]) && (1 ... 12).contains(parts[1])
    }

    /// Sentence numbers per UTF-16 unit: a line break, or ". ! ?" before a space, ends one;
    /// not a period of an ordinal day ("17. mai"), of an abbreviated cue ("Data ur. dziecka")
    /// or of a date ("5. Jan.").
    private func sentenceNumbers(_ text: ScannedText, noBreakAt: Set<Int>) -> [Int] {
        var sentence = [Int](repeating: 0, count: text.count + 1)
        var n = 0
        for k in 0 ..< text.count {
            sentence[k] = n
            let u = text.units[k]
            guard u == 0x0A || ((u == 0x2E || u == 0x21 || u == 0x3F) && text.unit(at: k + 1) == 0x20) else { continue }
            let ordinal = u == 0x2E && text.isDigit(at: k - 1) && !text.isDigit(at: k - 3)
            if u == 0x0A || (!ordinal && !noBreakAt.contains(k + 1)) { n += 1 }
        }
        sentence[text.count] = n
        return sentence
    }

    /// Words that start another clause, so that a cue before them says nothing about a date
    /// after them ("born in Kharkiv, moved to Oslo on 12 May").
    private static let clauseBreakers: Set<String> = [
        "and", "but", "then", "moved", "came", "arrived", "since", "until", "after", "before", "started",
        "og", "men", "så", "flyttet", "kom", "siden", "etter", "før", "startet",
        "und", "aber", "dann", "kam", "seit", "nach", "bis", "vor", "umgezogen",
        "ale", "potem", "przyjechał", "przyjechała", "przeprowadził", "przeprowadziła", "od", "przed", "po",
        "та", "але", "потім", "приїхав", "приїхала", "переїхав", "переїхала", "після", "до", "з",
    ]

    /// Round 7: a year alone, written in words, right after a birth word ("born nineteen
    /// eighty-eight", "født nittenåttiåtte", "geboren neunzehnhundertneunzig", "urodzona w
    /// tysiąc dziewięćset…"), perhaps after one preposition. It must start as a year starts
    /// (nineteen, twenty, two thousand, nitten, tjue, neunzehn, zweitausend, tysiąc, dwa, тисяча,
    /// дві) and be two number words or one compound of at least ten letters: "born nineteen
    /// weeks early" and "born twenty-two weeks early" have one number word, and neither is a year.
    private func yearsInWords(_ text: ScannedText) -> [PIICandidate] {
        birthWords.ranges(in: text).compactMap { cue in
            var k = cue.upperBound
            while k < text.count, k - cue.upperBound < 4, [0x20, 0x3A, 0x2C].contains(text.units[k]) { k += 1 }
            var e = k
            while e < text.count, e - k < 4, text.isLetter(at: e) { e += 1 }
            if Self.yearPrepositions.contains(text.substring(k ..< e).lowercased()), text.unit(at: e) == 0x20 { k = e + 1 }
            guard text.isLetter(at: k), k > cue.upperBound, text.unit(at: k - 1) == 0x20 else { return nil }
            let start = text.substring(k ..< min(text.count, k + 12)).lowercased()
            guard Self.yearStarts.contains(where: start.hasPrefix) else { return nil }
            let year = extendedByYearInWords(k - 1 ..< k - 1, text, compoundAlone: true)
            return year.isEmpty ? nil : PIICandidate(kind: .dateOfBirth, range: k ..< year.upperBound)
        }
    }

    private static let yearSuffix = TextPattern(#"\s(?:року|році|roku|r\.|р\.)(?![\p{L}])"#, caseInsensitive: true)

    private static let yearPrepositions: Set<String> = ["in", "i", "im", "w", "we", "u", "v", "у", "в", "anno"]
    private static let yearStarts = ["nineteen", "twenty", "two thousand", "nitten", "tjue", "to tusen", "totusen", "neunzehn", "zweitausend",
                                     "tysiąc", "dwa tysiące", "dwutysięczn", "тисяча", "дві тисячі", "двохтисячн"]

    /// A year written in words after a day and month ("eighth of February, nineteen
    /// ninety-five", "åttende februar nittenfemoginitti", "тридцятого вересня вісімдесят
    /// четвертого"): up to six number words, or one compound of at least eight letters.
    private func extendedByYearInWords(_ date: Range<Int>, _ text: ScannedText, compoundAlone: Bool = false) -> Range<Int> {
        var k = date.upperBound
        if text.unit(at: k) == 0x2C { k += 1 }
        var end = date.upperBound
        var words = 0
        var letters = 0
        while words < 6, text.unit(at: k) == 0x20 {
            var e = k + 1
            while e < text.count, e - k < 40, text.isLetter(at: e) || [0x2D, 0x27, 0x2019, 0x2BC].contains(text.units[e]) { e += 1 }
            let word = text.substring(k + 1 ..< e).lowercased()
            guard !word.isEmpty, NumberWords.isNumber(word), words > 0 || !NumberWords.joiners.contains(word) else { break }
            words += 1
            letters = word.count
            // A lone year word must then be a Norwegian or German compound ("nittenåttiåtte").
            if compoundAlone, word.contains("-") || word.count < 10 { letters = 0 }
            // "and"/"og"/"und" only between number words.
            if !NumberWords.joiners.contains(word) { end = e }
            k = e
        }
        guard words >= 2 || (words == 1 && letters >= 8) else { return date }
        // Round 8: the year word after a year in words belongs to it ("… дев'ятого року",
        // "… ósmego roku"), as after a year in digits.
        if let suffix = Self.yearSuffix.prefixLength(in: text, at: end, limit: 8) { end += suffix }
        return date.lowerBound ..< end
    }
}
