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

    /// The first four-digit number of `text[range]`, if any.
    static func year(in range: Range<Int>, of text: ScannedText) -> Int? {
        text.substring(range).split(whereSeparator: { !$0.isNumber }).first { $0.count == 4 }.flatMap { Int($0) }
    }
}
