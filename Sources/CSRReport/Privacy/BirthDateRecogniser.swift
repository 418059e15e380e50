/// Finds dates of birth: a date (numeric "12.03.1990", "1990-03-12", "03/12/1990"; written
/// "12 March 1990", "March 12, 1990", "12. mars 1990", "12. März 1990", "12 marca 1990",
/// "12 березня 1990 р."; or a bare year after "born in") that follows a birth word in English,
/// Norwegian, German, Polish or Ukrainian within a few words. Only the date becomes "[DATE]";
/// the birth word stays so the sentence still reads. Dates without a birth word are report
/// content (session dates, periods) and are left alone.
struct BirthDateRecogniser: Sendable {
    private let pattern: TextPattern
    private let window: BirthYearWindow

    init(window: BirthYearWindow) {
        self.window = window
        let cue = #"(?:born|birth\s?date|date\sof\sbirth|d\.?o\.?b\.?|født|fødd|fødselsdato|geboren|geb\.|geburtsdatum|ur\.|urodzon[yaeą]|urodził(?:a|am|em|eś|aś)?\s+się|data\s+urodzenia|народив(?:ся|ши)|народилас[ья]|народжен(?:ий|а|ня)|дата\s+народження|д\.\s?н\.|jahrgang|jg\.|rocznik|urodzenie|narodyvs[iy]a|narodylas(?:[iy]a)?|rok\s+urodzenia|f\.|b\.|year\s+of\s+birth|fødselsår|geburtsjahr|рік\s+народження|"# + Self.moreCues + ")"
        let filler = #"(?:\.{2,}|…)?[\s:,=\-–—(]*(?:\([^()\d\n]{1,14}\)[\s:=\-–—]*)?(?:(?:on|in|of|at|is|was|am|im|ist|war|jahr|den|er|var|dnia|dn\.|w|we|jest|był|była|roku|r\.|i|у|в|року|u|v)\s+){0,3}"#
        let months = "(?:" + ([
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "januar", "februar", "mars", "mai", "juni", "juli", "oktober", "desember", "des", "okt",
            "jänner", "märz", "dezember", "dez",
            "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
            "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień",
            "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
            "sichnia", "liutoho", "bereznia", "kvitnia", "travnia", "chervnia", "lypnia", "serpnia", "veresnia", "zhovtnia", "lystopada", "hrudnia",
        ] + Self.moreMonths).sorted { $0.count > $1.count }.joined(separator: "|") + #")\.?"#
        let numeric = #"(?:\d{4}[\-/.]\d{1,2}[\-/.]\d{1,2}|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|\d{1,2}\.\s\d{1,2}\.\s?\d{4}|"# + Self.romanMonthDate + ")"
        // The day as a number or in words ("the third of March 1990", "tredje mars", "dritten
        // März", "trzeciego marca", "третього березня").
        let day = #"(?:the\s)?(?:\d{1,2}(?:st|nd|rd|th|-?го)?\.?|"# + Self.dayWords + ")"
        // Round 5: a two-digit year after an apostrophe ("3 May '88"), "May the 3rd".
        let writtenYear = #"(?:\d{4}(?:-?го)?|['’]\d{2})"#
        let written = "(?:" + day + #"\s?(?:of\s)?"# + months + #",?\s"# + writtenYear + "|" + months + #"\s(?:the\s)?\d{1,2}(?:st|nd|rd|th)?,?\s"# + writtenYear + ")"
        // A month and a year, only right after a birth word ("born in May 1988", "urodzona w maju 1988").
        let monthYear = months + #"\s(?:of\s)?\d{4}"#
        // Round 7: an apostrophe year too ("born '66", "Jahrgang '87").
        let year = #"(?:(?:19|20)\d{2}|['’]\d{2})"#
        // The year word belongs to the date ("12 березня 1990 року", "w 1990 r.").
        let date = "((?:" + written + "|" + numeric + "|" + monthYear + "|" + year + #")(?:\s?(?:р\.|року|році|r\.|roku|rotsi|rik))?)(?![\p{L}\p{N}]|[./\-]\d)"#
        pattern = TextPattern(#"(?<![\p{L}])"# + cue + filler + date, caseInsensitive: true)
        // A birthday is a party as often as a date of birth: after these words only a date old
        // enough to be a birth date counts (`BirthYearWindow.latestNamedBirthYear`: "birthday:
        // 12.03.1990"; "birthday party on 12.05.2025" is the party's date).
        let party = #"(?:birthday|bursdag|bursdagen|fødselsdag|geburtstag|urodziny|urodzin|день\s+народження)"#
        birthdayPattern = TextPattern(#"(?<![\p{L}])"# + party + filler + date, caseInsensitive: true)
        // A birth marker after the date: "1990 р.н.", "12.03.1990 р. н.", "1985 року народження",
        // "(ur. 1990)" is covered above; here the Ukrainian and Polish suffix forms.
        let bareDate = "(" + written + "|" + numeric + "|" + year + #")(?![\p{L}\p{N}]|[./\-]\d)"#
        dateThenMarker = TextPattern(#"(?<![\p{L}\p{N}./\-])"# + bareDate + #"\s?(?:р\.\s?н\.|г\.\s?р\.|року\s+народження|року\s+нар\.|r\.\s?ur\.|r\.\s?n\.|р\.\s?нар\.)"#, caseInsensitive: true)
        // The date first, the birth word after it: "12.03.1990 (DOB)", "3. mai 1988 – født",
        // "14/02/1979, date of birth".
        // Only the explicit birth words: a birthday party is not a date of birth.
        let strongCue = #"(?:born|birth\s?date|date\sof\sbirth|d\.?o\.?b\.?|født|fødd|fødselsdato|geboren|geb\.|geburtsdatum|urodzon[yaeą]|urodził(?:a|am|em)?\s+się|data\s+urodzenia|народив(?:ся|ши)|народилас[ья]|народжен(?:ий|а|ня)|дата\s+народження)"#
        // Up to three short words may stand between: "12.05.1987 is her date of birth",
        // "3. mai 1988 er min fødselsdato", "12.03.1990 – це дата народження".
        let between = #"\s?[(,\-–—:]?\s?(?:(?:that['’]?s|it['’]?s|that|this|its|det|das|dies|to|це|is|was|her|his|my|the|er|var|min|hans|hennes|ist|war|mein|sein|ihr|das|to|jest|jej|jego|moja|це|моя|її|його)\s){0,3}"#
        dateThenCue = TextPattern(#"(?<![\p{L}\p{N}./\-])"# + "(" + written + "|" + numeric + ")" + between + strongCue + #"(?![\p{L}])"#, caseInsensitive: true)
        // A day and month without a year after the birth word: "birthday: 12 March", "født 3. mai".
        let dayMonth = #"(?:\d{1,2}(?:st|nd|rd|th)?\.?\s(?:of\s)?"# + months + "|" + months + #"\s\d{1,2}(?:st|nd|rd|th)?)"#
        // Round 5: a birth verb, then up to five words (a place: "born in Kharkiv, Ukraine, on 3 May
        // 1988", "urodziła się w Kijowie 12.03.1990"), then a full date; and the German participle
        // after the date and a few words ("ist am 12.03.1990 in Kyjiw geboren").
        let verb = #"(?:born|født|fødd|geboren|urodził(?:a|am|em|eś|aś)?\s+się|urodzon[yaeą]|urodzeni|народив(?:ся|шись)|народил(?:ася|ась|ися|ись)|народжен(?:ий|а|і))"#
        let stop = #"(?:and|but|then|moved|came|og|men|så|flyttet|kom|und|aber|dann|kam|ale|potem|та|але|потім|й)"#
        let word = #"[\s,]+(?!"# + stop + #"(?![\p{L}]))[^\s\d.!?;:()\[\]]+"#
        looseVerb = TextPattern(#"(?<![\p{L}])"# + verb + "(?:" + word + #"){1,5}[\s,]+(?:(?:on|the|am|den|dnia|dn\.)\s)?("# + written + "|" + numeric + "|" + monthYear + #")(?![\p{L}\p{N}]|[./\-]\d)"#, caseInsensitive: true)
        // The verb after the date: German "geboren" last, and "17. sept. 2009 er datteren min født",
        // "12.03.1990 urodziła się moja córka", "… was my son born".
        let after = #"(?:geboren|født|fødd|born|urodził(?:a|am|em)?|urodzon[yaeą]|народив(?:ся)?|народил(?:ася|ась)|народжен(?:ий|а))"#
        participleAfter = TextPattern(#"(?<![\p{L}\p{N}./\-])("# + written + "|" + numeric + #")(?:\s[^\s\d.!?;:,()]+){0,4}\s"# + after + #"(?![\p{L}])|(?<![\p{L}\p{N}./\-])((?:19|20)\d{2})(?:\s[^\s\d.!?;:,()]+){1,3}\s"# + after + #"(?![\p{L}])"#, caseInsensitive: true)
        dayMonthAfterCue = TextPattern(#"(?<![\p{L}])"# + strongCue + filler + "(" + dayMonth + #")(?![\p{L}\p{N}]|\s?,?\s?\d)"#, caseInsensitive: true)
        // German puts the participle last: "wurde am 3. Mai 1985 in Lviv geboren".
        datedFirst = TextPattern(#"(?<![\p{L}])(?:wurde|wurden|bin|ist)\s(?:am\s|im\s(?:Jahr\s)?)?"# + date + #"\s(?:in\s[\p{L}\-]+\s)?geboren"#, caseInsensitive: true)
    }

    /// Days of the month written as ordinals in the five languages, in the forms a date uses.
    static let dayWords: String = {
        let en = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                  "twentieth", "thirtieth"]
        let enCompound = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"].flatMap { ["twenty-\($0)", "twenty \($0)"] }
            + ["thirty-first", "thirty first"]
        let nb = ["første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "syvende", "åttende", "niende", "tiende",
                  "ellevte", "tolvte", "trettende", "fjortende", "femtende", "sekstende", "syttende", "attende", "nittende",
                  "tjuende", "tyvende", "trettiende"]
        let nbCompound = ["første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "syvende", "åttende", "niende"].map { "tjue\($0)" }
            + ["tjueførste", "trettiførste", "enogtyvende"]
        let deStems = ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt", "elft", "zwölft",
                       "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt", "achtzehnt", "neunzehnt", "zwanzigst",
                       "einundzwanzigst", "zweiundzwanzigst", "dreiundzwanzigst", "vierundzwanzigst", "fünfundzwanzigst",
                       "sechsundzwanzigst", "siebenundzwanzigst", "achtundzwanzigst", "neunundzwanzigst", "dreißigst",
                       "einunddreißigst"]
        let de = deStems.flatMap { ["\($0)en", "\($0)er", "\($0)e"] }
        let plUnits = ["pierwszego", "drugiego", "trzeciego", "czwartego", "piątego", "szóstego", "siódmego", "ósmego", "dziewiątego"]
        let pl = plUnits + ["dziesiątego", "jedenastego", "dwunastego", "trzynastego", "czternastego", "piętnastego", "szesnastego",
                            "siedemnastego", "osiemnastego", "dziewiętnastego", "dwudziestego", "trzydziestego"]
            + plUnits.map { "dwudziestego \($0)" } + ["trzydziestego pierwszego"]
        let ukUnits = ["першого", "другого", "третього", "четвертого", "пʼятого", "п'ятого", "п’ятого", "шостого", "сьомого", "восьмого",
                       "девʼятого", "дев'ятого", "дев’ятого"]
        let uk = ukUnits + ["десятого", "одинадцятого", "дванадцятого", "тринадцятого", "чотирнадцятого", "пʼятнадцятого", "п'ятнадцятого",
                            "шістнадцятого", "сімнадцятого", "вісімнадцятого", "девʼятнадцятого", "дев'ятнадцятого", "двадцятого", "тридцятого"]
            + ukUnits.map { "двадцять \($0)" } + ["тридцять першого"]
        // Round 8: the neuter nominative Ukrainians also write for a day ("двадцять п'яте грудня").
        let ukNeuterUnits = ["перше", "друге", "третє", "четверте", "пʼяте", "п'яте", "п’яте", "шосте", "сьоме", "восьме", "девʼяте", "дев'яте", "дев’яте"]
        let ukNeuter = ukNeuterUnits + ["десяте", "одинадцяте", "дванадцяте", "тринадцяте", "чотирнадцяте", "п'ятнадцяте", "шістнадцяте",
                                        "сімнадцяте", "вісімнадцяте", "дев'ятнадцяте", "двадцяте", "тридцяте"]
            + ukNeuterUnits.map { "двадцять \($0)" } + ["тридцять перше"]
        let all = en + enCompound + nb + nbCompound + de + pl + uk + ukNeuter
        return "(?:" + all.sorted { $0.count > $1.count }.map { $0.replacingOccurrences(of: " ", with: #"\s"#) }.joined(separator: "|") + ")"
    }()

    private let birthdayPattern: TextPattern
    private let looseVerb: TextPattern
    private let participleAfter: TextPattern

    /// Round 5: more birth cues — form-field abbreviations ("Geb.-Datum", "f.dato", "data ur.",
    /// "dn. ur.", "нар.", "д/н", "дата нар."), the Russian-style "г.р." that Ukrainians also write.
    private static let moreCues = #"nar\.|data\s+nar\.|fødselsåret|fødselsdatoen|geb\.?\s?-?\s?datum|geb\.\s?dat\.|f\.\s?dato|født\s+den|fødselsdag|data\s+ur\.|dn\.\s?ur\.|dnia\s+ur\.|нар\.|народж\.|дата\s+нар\.|д/н|årgang|birth\s+year|born\s+on"#

    /// Round 5: month words beyond the genitive: Polish and Ukrainian locatives and nominatives
    /// ("w maju 1988", "у травні 1988", "травень 1988"), and the usual abbreviations in both.
    static let moreMonths = [
        "styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu", "wrześniu", "październiku", "listopadzie", "grudniu",
        "sty", "lut", "kwi", "cze", "lip", "sie", "wrz", "paź", "gru",
        "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень",
        "січні", "лютому", "березні", "квітні", "травні", "червні", "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні",
        "січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист", "груд",
    ]

    /// A month in Roman numerals, as Polish and Ukrainian forms write it: "12 III 1990", "12.III.1990".
    private static let romanMonthDate = #"\d{1,2}[.\s]\s?(?-i:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)[.\s]\s?\d{4}"#
    private let dateThenCue: TextPattern
    private let dayMonthAfterCue: TextPattern
    private let datedFirst: TextPattern
    private let dateThenMarker: TextPattern

    /// Round 5: the genealogical star ("Sofia (*11.01.2015)", "* 3. Mai 1985"); a date then a
    /// birthday word, only with a year old enough (`BirthYearWindow.latestNamedBirthYear`:
    /// "05.06.2002 is my birthday"); Polish "jest z 1948 roku" (is from 1948 = born in 1948).
    private static let star = TextPattern(#"(?:^|[\s(\[])\*\s?(\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|\d{1,2}\.?\s\p{L}{3,}\.?\s\d{4}|(?:19|20)\d{2})(?![\p{L}\p{N}]|[./\-]\d)"#)
    private static let dateThenBirthday = TextPattern(
        #"(?<![\p{L}\p{N}./\-])(\d{1,2}[./\-]\d{1,2}[./\-]\d{4}|\d{1,2}\.?\s\p{L}{3,}\.?\s\d{4})\s?[,\-–—:]?\s(?:(?:is|was|er|var|ist|war|jest|to|my|his|her|min|hans|hennes|mein|sein|ihr|moje|jej|jego|мій|її|його|це)\s){0,3}(?:birthday|bursdag(?:en)?|fødselsdag(?:en)?|geburtstag|urodziny|день\s+народження)(?![\p{L}])"#,
        caseInsensitive: true)
    private static let fromYear = TextPattern(#"(?<![\p{L}])(?:jest|jestem|jesteś|są|był|była)\s+z\s+((?:19|20)\d{2})\s+(?:roku|r\.)"#, caseInsensitive: true)

    /// Round 7: a cohort word names a birth year and is often followed by its last two digits
    /// ("rocznik 84", "Jahrgang 87", "årgang 79"). Only 30-99 and 00-09: "Jahrgang 12" is a
    /// school year, not a birth year.
    private static let cohort = TextPattern(#"(?<![\p{L}])(?:rocznik|jahrgang|jg\.|årgang)\s?['’]?((?:[3-9]\d|0\d))(?![\p{L}\p{N}%]|[./\-]\d)"#, caseInsensitive: true)

    func candidates(in text: ScannedText) -> [PIICandidate] {
        let latest = window.latestNamedBirthYear
        let fromYears = Self.fromYear.ranges(in: text, group: 1).filter { r in Int(text.substring(r)).map { $0 <= latest } ?? false }
        let round5 = Self.star.ranges(in: text, group: 1) + fromYears + Self.cohort.ranges(in: text, group: 1)
            + Self.dateThenBirthday.ranges(in: text, group: 1).filter { r in
                window.year(in: r, of: text).map { $0 <= latest } ?? false
            }
        let birthdays = birthdayPattern.ranges(in: text, group: 1).filter { r in
            window.year(in: r, of: text).map { $0 <= latest } ?? true
        }
        return (pattern.ranges(in: text, group: 1) + birthdays + datedFirst.ranges(in: text, group: 1) + dateThenMarker.ranges(in: text, group: 1)
            + dateThenCue.ranges(in: text, group: 1) + dayMonthAfterCue.ranges(in: text, group: 1)
            + looseVerb.ranges(in: text, group: 1) + participleAfter.ranges(in: text, group: 1) + participleAfter.ranges(in: text, group: 2) + round5).map { PIICandidate(kind: .dateOfBirth, range: $0) }
    }
}
