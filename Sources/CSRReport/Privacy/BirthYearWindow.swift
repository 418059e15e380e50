/// Which years can be a birth year in a text read in `referenceYear`, for the rules that decide
/// by age alone whether a date is someone's birth date or an event's.
///
/// A note's own dates (sessions, appointments, a birthday party) are recent; a birth date is
/// not. The cut-offs move with the snapshot's export year, so a report built in 2030 does not
/// take a 2025 session date for a child's birthday, and one built in 2026 keeps the figures the
/// corpora were measured with (docs/privacy.md, "Dates of birth and the reference year").
struct BirthYearWindow: Sendable {
    /// The year the texts are read in: the snapshot's export year.
    let referenceYear: Int

    /// "birthday: 12.03.2019", "Anna Kowalska, 12.03.2019", "05.06.2019 is my birthday": a date
    /// beside a birthday word or a name is a birth date only when at least seven years old, since
    /// a party, an appointment or a deadline is as likely as a birth in the last few years.
    var latestNamedBirthYear: Int { referenceYear - 7 }

    /// "son Artem, 12.03.2023": a relative's date is a birth date when at least three years old;
    /// a recent one is an appointment ("my son: 12.03.2025 at the dentist").
    var latestRelativeBirthYear: Int { referenceYear - 3 }

    /// "Tamara (1962)": a bare year beside a name is a birth year between 1920 and three years
    /// ago, so a founding year of a century ago or last year's event stays.
    var bareYears: ClosedRange<Int> { 1920 ... referenceYear - 3 }

    /// The year of the date `text[range]`: its first four-digit number, else (round 6) a
    /// two-digit year, the last number of a numeric date with three parts ("14.03.87") or of a
    /// written date with a day ("1. mai 90", "8th Feb 95"). A two-digit year up to the reference
    /// year's is this century's ("19.06.18" read in 2026 is 2018), a later one the last century's.
    func year(in range: Range<Int>, of text: ScannedText) -> Int? {
        let date = text.substring(range)
        let numbers = date.split(whereSeparator: { !$0.isNumber })
        if let four = numbers.first(where: { $0.count == 4 }) { return Int(four) }
        let written = date.contains(where: \.isLetter)
        guard let last = numbers.last, last.count == 2, numbers.count >= (written ? 2 : 3), let yy = Int(last) else { return nil }
        return yy <= referenceYear % 100 ? 2000 + yy : 1900 + yy
    }
}
