import Testing
@testable import CSRReport

/// The age rules for dates of birth move with the year the texts are read in, not with the year
/// the code was written (docs/privacy.md, "Dates of birth and the reference year").
@Suite struct BirthYearWindowTests {
    private func redact(_ text: String, in year: Int) -> String {
        Redactor(names: NameDictionary(names: ["Anna", "Kowalska"]), referenceYear: year).redact(text)
    }

    @Test func aDateBesideANameIsABirthDateOnlyOnceItIsOldEnough() {
        let text = "Anna Kowalska, 12.03.2021"
        #expect(redact(text, in: 2026) == "[NAME], 12.03.2021")
        #expect(redact(text, in: 2030) == "[NAME], [DATE]")
    }

    @Test func aRelativesDateIsAnAppointmentWhileRecent() {
        let text = "my son: 12.03.2025 at the dentist"
        #expect(redact(text, in: 2026) == text)
        #expect(redact(text, in: 2031) == "my son: [DATE] at the dentist")
    }

    @Test func aBirthdayDateIsAPartyWhileRecent() {
        #expect(redact("birthday: 12.05.2022", in: 2026) == "birthday: 12.05.2022")
        #expect(redact("birthday: 12.05.2022", in: 2032) == "birthday: [DATE]")
        #expect(redact("Marta jest z 2021 roku", in: 2026).hasSuffix("z 2021 roku"))
        #expect(redact("Marta jest z 2021 roku", in: 2030).hasSuffix("z [DATE] roku"))
    }

    @Test func aBareYearBesideANameIsABirthYearWithinTheWindow() {
        #expect(redact("Anna (1962)", in: 2026) == "[NAME] ([DATE])")
        #expect(redact("Anna (2024)", in: 2026) == "[NAME] (2024)")
        #expect(redact("Anna (2024)", in: 2030) == "[NAME] ([DATE])")
        #expect(redact("Anna (1911)", in: 2026) == "[NAME] (1911)")
    }

    @Test func theSnapshotDatesItsTexts() {
        var data = SnapshotData(path: "x", meta: SnapshotMeta())
        #expect(data.textYear == nil)
        data.meta.exportedAt = Timestamp(date: CivilDate(year: 2031, month: 1, day: 2))
        #expect(data.textYear == 2031)
        #expect(data.redactionYear == 2031)
    }
}
