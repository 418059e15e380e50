/// Finds dates of birth: a date (numeric "12.03.1990", "1990-03-12", "03/12/1990"; written
/// "12 March 1990", "March 12, 1990", "12. mars 1990", "12. März 1990", "12 marca 1990",
/// "12 березня 1990 р."; or a bare year after "born in") that follows a birth word in English,
/// Norwegian, German, Polish or Ukrainian within a few words. Only the date becomes "[DATE]";
/// the birth word stays so the sentence still reads. Dates without a birth word are report
/// content (session dates, periods) and are left alone.
struct BirthDateRecogniser: Sendable {
    private let pattern: TextPattern

    init() {
        let cue = #"(?:born|birthday|birth\s?date|date\sof\sbirth|d\.?o\.?b\.?|født|fødd|fødselsdato|fødselsdag|geboren|geb\.|geburtsdatum|geburtstag|ur\.|urodzon[yaeą]|urodził(?:a|am|em|eś|aś)?\s+się|data\s+urodzenia|urodzin|народив(?:ся|ши)|народилас[ья]|народжен(?:ий|а|ня)|дата\s+народження|д\.\s?н\.|jahrgang|rocznik|rok\s+urodzenia|f\.|b\.|year\s+of\s+birth|fødselsår|geburtsjahr|рік\s+народження)"#
        let filler = #"[\s:,\-–—(]*(?:(?:on|in|the|of|at|is|was|am|im|ist|war|jahr|den|er|var|dnia|dn\.|w|we|jest|był|była|roku|r\.|i|у|в|року)\s+){0,3}"#
        let months = "(?:" + [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "januar", "februar", "mars", "mai", "juni", "juli", "oktober", "desember", "des", "okt",
            "jänner", "märz", "dezember", "dez",
            "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
            "styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień",
            "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
        ].sorted { $0.count > $1.count }.joined(separator: "|") + #")\.?"#
        let numeric = #"(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2}))"#
        let written = #"(?:\d{1,2}(?:st|nd|rd|th)?\.?\s(?:of\s)?"# + months + #",?\s\d{4}|"# + months + #"\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4})"#
        let year = #"(?:19|20)\d{2}"#
        let date = "(" + written + "|" + numeric + "|" + year + #")(?:\s?(?:р\.|року|r\.|roku))?(?![\p{L}\p{N}]|[./\-]\d)"#
        pattern = TextPattern(#"(?<![\p{L}])"# + cue + filler + date, caseInsensitive: true)
        // A birth marker after the date: "1990 р.н.", "12.03.1990 р. н.", "1985 року народження",
        // "(ur. 1990)" is covered above; here the Ukrainian and Polish suffix forms.
        dateThenMarker = TextPattern(#"(?<![\p{L}\p{N}./\-])"# + date.replacingOccurrences(of: #"(?:\s?(?:р\.|року|r\.|roku))?"#, with: "") + #"\s?(?:р\.\s?н\.|року\s+народження|r\.\s?ur\.)"#, caseInsensitive: true)
        // The date first, the birth word after it: "12.03.1990 (DOB)", "3. mai 1988 – født",
        // "14/02/1979, date of birth".
        // Only the explicit birth words: a birthday party is not a date of birth.
        let strongCue = #"(?:born|birth\s?date|date\sof\sbirth|d\.?o\.?b\.?|født|fødd|fødselsdato|geboren|geb\.|geburtsdatum|urodzon[yaeą]|urodził(?:a|am|em)?\s+się|data\s+urodzenia|народив(?:ся|ши)|народилас[ья]|народжен(?:ий|а|ня)|дата\s+народження)"#
        dateThenCue = TextPattern(#"(?<![\p{L}\p{N}./\-])"# + "(" + written + "|" + numeric + ")" + #"\s?[(,\-–—:]?\s?"# + strongCue + #"(?![\p{L}])"#, caseInsensitive: true)
        // A day and month without a year after the birth word: "birthday: 12 March", "født 3. mai".
        let dayMonth = #"(?:\d{1,2}(?:st|nd|rd|th)?\.?\s(?:of\s)?"# + months + "|" + months + #"\s\d{1,2}(?:st|nd|rd|th)?)"#
        dayMonthAfterCue = TextPattern(#"(?<![\p{L}])"# + strongCue + filler + "(" + dayMonth + #")(?![\p{L}\p{N}]|\s?,?\s?\d)"#, caseInsensitive: true)
        // German puts the participle last: "wurde am 3. Mai 1985 in Lviv geboren".
        datedFirst = TextPattern(#"(?<![\p{L}])(?:wurde|wurden|bin|ist)\s(?:am\s|im\s(?:Jahr\s)?)?"# + date + #"\s(?:in\s[\p{L}\-]+\s)?geboren"#, caseInsensitive: true)
    }

    private let dateThenCue: TextPattern
    private let dayMonthAfterCue: TextPattern
    private let datedFirst: TextPattern
    private let dateThenMarker: TextPattern

    func candidates(in text: ScannedText) -> [PIICandidate] {
        (pattern.ranges(in: text, group: 1) + datedFirst.ranges(in: text, group: 1) + dateThenMarker.ranges(in: text, group: 1)
            + dateThenCue.ranges(in: text, group: 1) + dayMonthAfterCue.ranges(in: text, group: 1)).map { PIICandidate(kind: .dateOfBirth, range: $0) }
    }
}
