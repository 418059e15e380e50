/// Round 8: dates that a frame around them ties to a birth, where no birth label stands next to
/// the date. Five classes, each one regular expression (bounded on both sides) or one walk:
///
/// - **An age turned on a day**: "she turned 45 on 3 May", "fylte 50 den 2. februar", "ist am
///   2. Februar 50 geworden", "skończyła 40 lat 3 maja", "мені виповнилось 45 3 вересня". The
///   day and month are the person's birthday; only with a person (a name or a personal
///   pronoun) in the 60 units before, as a programme also "turns 2".
/// - **Born in a place, then a year**: "born in Kyiv 1972", "Født i Kyiv 1972", "urodziła się w
///   Kijowie 1985", "народився у Києві 1985 року": the place is one or two capitalised words.
/// - **A year, then a cohort word**: "'56 rocznik", "1961 Jahrgang", "hun er 1999-modell" (the
///   Norwegian "model" of a person; a car is a "2015-modell" too, so "modell" needs a personal
///   pronoun and "er" before it).
/// - **A year in words, then the participle**: "wurde neunzehnhundertachtzig geboren", "ble
///   født nittenåttito" is round 7's; here the German and Norwegian compound before the verb.
/// - **An age and a year that agree**: "Мені 33, я з 1991-го", "I'm 35, born '91" aside, "ich bin
///   34, Jahrgang egal: 1991": a year in the same sentence or the next, whose distance to the
///   reference year is the stated age or up to two more (the text may be a year or two old).
struct BirthDateFrames: Sendable {
    private let window: BirthYearWindow
    private let turnedOn: TextPattern
    private let turnedAfter: TextPattern
    private let bornInPlace: TextPattern
    private let cohortAfter: TextPattern
    private let personModel: TextPattern
    private let wordsBeforeParticiple: TextPattern
    private let statedAge: TextPattern
    private let years: TextPattern

    init(window: BirthYearWindow) {
        self.window = window
        let months = "(?:" + BirthDateScope.allMonths + ")"
        // No period after the month: it ends the sentence as often as it abbreviates ("She turns 34 on 12 May.").
        let dayMonth = #"(?:\d{1,2}(?:st|nd|rd|th)?\.?\s(?:of\s)?"# + months + #"|"# + months + #"\.?\s\d{1,2}(?:st|nd|rd|th)?)(?:,?\s(?:19|20)\d{2})?"#
        let years = #"(?:\s(?:years?(?:\s+old)?|år(?:\s+gammel)?|jahre(?:\s+alt)?|lat(?:a)?|років|роки|рік))?"#
        turnedOn = TextPattern(
            #"(?<![\p{L}])(?:turned|turns|fylte|fyller|ble|skończył[aoy]?|skończyłam|skończyłem|skończy|виповнилось|виповнилося|виповнився|виповниться|виповнюється|исполнилось)\s\d{1,3}"#
                + years + #"\s(?:(?:on|den|am|dnia|w\sdniu|у)\s)?("# + dayMonth + #")(?![\p{L}\p{N}]|[./\-]\d)"#,
            caseInsensitive: true)
        turnedAfter = TextPattern(
            #"(?<![\p{L}\p{N}.])("# + dayMonth + #")\s\d{1,3}"# + years + #"\s(?:geworden|alt\sgeworden)(?![\p{L}])"#,
            caseInsensitive: true)
        let place = #"(?-i:\p{Lu})[\p{L}'’ʼ\-]+(?:\s(?-i:\p{Lu})[\p{L}'’ʼ\-]+)?"#
        bornInPlace = TextPattern(
            #"(?<![\p{L}])(?:born|født|fødd|geboren|urodził[aoy]?\ssię|urodziłam\ssię|urodziłem\ssię|urodzon[yaeą]|народив(?:ся)?|народилас[яь]|народжен[аий])\s(?:in|i|w|we|у|в)\s"#
                + place + #",?\s(?:(?:in|i|im|w|roku|у|в)\s)?((?:19|20)\d{2}(?:\s?(?:року|roku|r\.|р\.))?)(?![\p{L}\p{N}]|[./\-]\d)"#,
            caseInsensitive: true)
        cohortAfter = TextPattern(
            #"(?<![\p{L}\p{N}'’./\-])((?:19|20)\d{2}|['’]\d{2})\s(?:rocznik|jahrgang|årgang)(?![\p{L}])"#,
            caseInsensitive: true)
        personModel = TextPattern(
            #"(?<![\p{L}])(?:jeg|han|hun|du|vi|dere|de)\s(?:er|var)\s(?:en\s|ein\s)?((?:19|20)\d{2})-?modell(?![\p{L}])"#,
            caseInsensitive: true)
        wordsBeforeParticiple = TextPattern(
            #"(?<![\p{L}])((?:neunzehnhundert|zweitausend|nittenhundre|nitten|totusen|tjue)\p{L}{3,})(?:\s[^\s\d.!?;:,()]+){0,3}\s(?:geboren|født|fødd)(?![\p{L}])"#,
            caseInsensitive: true)
        // An age needs its years word ("mam 33 lata", "she is 40 years old"), except in the
        // idioms that state nothing else ("Мені 33,", "I'm 35.", "ich bin 34,", "jeg er 41."),
        // where the number must end its phrase ("I'm 5 minutes late" is no age).
        statedAge = TextPattern(
            #"(?<![\p{L}])(?:мені|йому|їй|i['’]m|i\sam|he['’]s|she['’]s|he\sis|she\sis|ich\sbin|er\sist|sie\sist|jeg\ser|han\ser|hun\ser|mam|ma|jestem|ona\sma|on\sma)\s(\d{1,2})(?:\s(?:years?\sold|років|роки|рік|jahre(?:\salt)?|år(?:\sgammel)?|lat[a]?)(?![\p{L}])|(?=\s?[,;!?)–—]|\.(?!\d)|$))"#,
            caseInsensitive: true)
        self.years = TextPattern(#"(?<![\p{L}\p{N}./\-'’])((?:19|20)\d{2})(?:-?го|\s?року|\s?roku|\s?r\.)?(?![\p{L}\p{N}]|[./\-]\d)"#, caseInsensitive: true)
    }

    /// `names`: the ranges of the text's person names (an age needs a person).
    func candidates(in text: ScannedText, names: [Range<Int>]) -> [PIICandidate] {
        let nameEnds = names.map(\.upperBound).sorted()
        let turned = (turnedOn.ranges(in: text, group: 1) + turnedAfter.ranges(in: text, group: 1)).filter { hasPerson(before: $0, nameEnds: nameEnds, text) }
        let ages = agreeingYears(in: text)
        let past = (bornInPlace.ranges(in: text, group: 1) + cohortAfter.ranges(in: text, group: 1) + personModel.ranges(in: text, group: 1)).filter { r in
            window.year(in: r, of: text).map { $0 <= window.referenceYear } ?? true
        }
        return (turned + past + wordsBeforeParticiple.ranges(in: text, group: 1) + ages).map { PIICandidate(kind: .dateOfBirth, range: $0) }
    }

    /// A name ending, or a personal pronoun, in the 60 units before `date`.
    private func hasPerson(before date: Range<Int>, nameEnds: [Int], _ text: ScannedText) -> Bool {
        let from = max(0, date.lowerBound - 60)
        // Binary search for the first name end at or after `from`.
        var lo = 0, hi = nameEnds.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if nameEnds[mid] < from { lo = mid + 1 } else { hi = mid }
        }
        if lo < nameEnds.count, nameEnds[lo] <= date.lowerBound { return true }
        let words = text.substring(from ..< date.lowerBound).lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { Self.pronouns.contains(String($0)) }
    }

    private static let pronouns: Set<String> = [
        "i", "he", "she", "we", "they", "my", "his", "her", "jeg", "han", "hun", "vi", "meg", "ich", "er", "sie", "wir", "mein", "meine",
        "ja", "on", "ona", "oni", "mój", "moja", "я", "він", "вона", "ми", "вони", "мені", "йому", "їй", "мій", "моя",
    ]

    /// Years whose distance to the reference year is a stated age, or up to two more, in the
    /// same sentence as the age or the next (160 units on either side, no blank line between).
    private func agreeingYears(in text: ScannedText) -> [Range<Int>] {
        let ages = statedAge.ranges(in: text, group: 1)
        guard !ages.isEmpty else { return [] }
        let years = years.ranges(in: text, group: 1)
        var out: [Range<Int>] = []
        var a = 0
        for year in years {
            guard let value = Int(text.substring(year)) else { continue }
            while a < ages.count, ages[a].upperBound + 160 < year.lowerBound { a += 1 }
            var k = a
            while k < ages.count, ages[k].lowerBound <= year.upperBound + 160 {
                let age = Int(text.substring(ages[k])) ?? -100
                let distance = window.referenceYear - value
                let between = ages[k].upperBound <= year.lowerBound ? ages[k].upperBound ..< year.lowerBound : year.upperBound ..< ages[k].lowerBound
                if age >= 1, distance >= age, distance <= age + 2, !text.substring(between).contains("\n\n") {
                    out.append(year)
                    break
                }
                k += 1
            }
        }
        return out
    }
}
