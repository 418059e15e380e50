import Testing
@testable import CSRReport

/// Numbers, percentages, dates and period names in each language, from the `[locale]` facts
/// alone (hand-written expectations; no Foundation locale is involved).
@Suite struct LanguageFactsTests {
    func facts(_ code: String) throws -> LanguageFacts { try TestLanguages.catalog(code).facts }

    let q3 = Period.quarter(2025, 3)

    @Test func english() throws {
        let en = try facts("en")
        #expect(en.number(1234.5, places: 1) == "1,234.5")
        #expect(en.number(999, places: 0) == "999")
        #expect(en.number(1234567.891, places: 2) == "1,234,567.89")
        #expect(en.number(-0.125, places: 3) == "-0.125")
        #expect(en.number(-0.0001, places: 3) == "0.000")
        #expect(en.percent(0.25) == "25%")
        #expect(en.percent(0.035) == "3.5%")
        #expect(en.signedPercent(8.14) == "+8.1%")
        #expect(en.signedPercent(-2) == "-2.0%")
        #expect(en.signedNumber(0.012, places: 3) == "+0.012")
        #expect(en.signedNumber(0, places: 3) == "0.000")
        #expect(en.date(CivilDate(year: 2025, month: 7, day: 1)) == "2025-07-01")
        #expect(en.periodName(q3) == "2025-Q3")
        #expect(en.periodName(try Period(parsing: "2025-H1")) == "2025-H1")
        #expect(en.periodName(try Period(parsing: "2025-07")) == "2025-07")
        #expect(en.periodName(try Period(parsing: "2025")) == "2025")
        #expect(en.periodName(try Period(from: "2025-07-01", to: "2025-08-15")) == "2025-07-01 to 2025-08-15")
    }

    @Test func german() throws {
        let de = try facts("de")
        #expect(de.number(1234.5, places: 1) == "1.234,5")
        #expect(de.number(-1234567.891, places: 2) == "\u{2212}1.234.567,89")
        #expect(de.percent(0.25) == "25\u{A0}%")
        #expect(de.percent(0.035) == "3,5\u{A0}%")
        #expect(de.signedPercent(8.14) == "+8,1\u{A0}%")
        #expect(de.date(CivilDate(year: 2025, month: 9, day: 30)) == "30.09.2025")
        #expect(de.periodName(q3) == "Q3 2025")
        #expect(de.periodName(try Period(parsing: "2025-H2")) == "H2 2025")
        #expect(de.periodName(try Period(parsing: "2025-03")) == "März 2025")
        #expect(de.periodName(try Period(from: "2025-07-01", to: "2025-08-15")) == "01.07.2025–15.08.2025")
    }

    @Test func norwegian() throws {
        let nb = try facts("nb")
        #expect(nb.number(1234.5, places: 1) == "1\u{A0}234,5")
        #expect(nb.number(-12.5, places: 1) == "\u{2212}12,5")
        #expect(nb.signedNumber(-0.012, places: 3) == "\u{2212}0,012")
        #expect(nb.signedPercent(-2) == "\u{2212}2,0\u{A0}%")
        #expect(nb.percent(0.5) == "50\u{A0}%")
        #expect(nb.date(CivilDate(year: 2025, month: 7, day: 1)) == "01.07.2025")
        #expect(nb.periodName(q3) == "3. kvartal 2025")
        #expect(nb.periodName(try Period(parsing: "2025-H1")) == "1. halvår 2025")
        #expect(nb.periodName(try Period(parsing: "2025-12")) == "desember 2025")
    }

    @Test func polish() throws {
        let pl = try facts("pl")
        // The reviewer chose grouping from four digits (tables mix 5496,00 and 148 103,00 otherwise).
        #expect(pl.number(1234, places: 0) == "1\u{A0}234")
        #expect(pl.number(-1234.5, places: 1) == "\u{2212}1\u{A0}234,5")
        #expect(pl.percent(0.035) == "3,5%")
        #expect(pl.periodName(q3) == "III kw. 2025")
        #expect(pl.periodName(try Period(parsing: "2025-H1")) == "I półrocze 2025")
        #expect(pl.periodName(try Period(parsing: "2025-07")) == "lipiec 2025")
    }

    /// CLDR's minimum grouping digits (Polish prose leaves 1234 unspaced): a fact a language may set.
    @Test func minimumGroupingDigitsOfTwoGroupsFromFiveDigits() throws {
        let text = TestLanguages.englishStrings(withFacts: TestLanguages.facts["pl"]!.replacingOccurrences(of: "minimum_grouping_digits = 1", with: "minimum_grouping_digits = 2"))
        let pl = try Catalog.load(text: text, file: "test/pl/strings.toml", code: "pl").facts
        #expect(pl.number(1234, places: 0) == "1234")
        #expect(pl.number(1234.5, places: 1) == "1234,5")
        #expect(pl.number(12345, places: 0) == "12\u{A0}345")
        #expect(pl.number(1234567, places: 0) == "1\u{A0}234\u{A0}567")
    }

    @Test func ukrainian() throws {
        let uk = try facts("uk")
        #expect(uk.number(1234.5, places: 1) == "1\u{A0}234,5")
        #expect(uk.number(-0.5, places: 2) == "\u{2212}0,50")
        #expect(uk.percent(0.25) == "25\u{A0}%")
        #expect(uk.date(CivilDate(year: 2024, month: 12, day: 31)) == "31.12.2024")
        #expect(uk.periodName(q3) == "III кв. 2025")
        #expect(uk.periodName(try Period(parsing: "2024-H2")) == "II півріччя 2024")
        #expect(uk.periodName(try Period(parsing: "2025-02")) == "лютий 2025")
    }

    /// A built-in language has the CLDR facts of docs/translating.md's table (period
    /// names are the reviewers' to improve, so they are not compared).
    @Test(arguments: TestLanguages.builtIn.languageCodes.filter { TestLanguages.facts[$0] != nil })
    func builtInFactsAreTheOnesGiven(locale: String) throws {
        let given = try facts(locale)
        let built = try #require(TestLanguages.builtIn.languages[locale]?.catalog.facts)
        #expect(built.lang == given.lang && built.countries == given.countries && built.isFallback == given.isFallback)
        #expect(built.pluralRule == given.pluralRule && built.decimalSeparator == given.decimalSeparator)
        #expect(built.groupingSeparator == given.groupingSeparator && built.minimumGroupingDigits == given.minimumGroupingDigits)
        #expect(built.minusSign == given.minusSign && built.plusSign == given.plusSign && built.percentPattern == given.percentPattern)
        #expect(built.datePattern == given.datePattern && built.monthNames == given.monthNames)
    }

    /// A list of numbers joined with ", " is ambiguous where the language writes a decimal comma
    /// ("0,5, 0,6"): every built-in language with one separates list items otherwise.
    @Test(arguments: TestLanguages.builtIn.languageCodes)
    func listSeparatorIsUnambiguous(locale: String) throws {
        let facts = try #require(TestLanguages.builtIn.languages[locale]?.catalog.facts)
        #expect(!facts.listSeparator.contains(facts.decimalSeparator), "\(locale): [locale.list] separator \"\(facts.listSeparator)\" holds the decimal separator")
        #expect(!facts.clauseSeparator.contains(","), "\(locale): clause_separator must differ from the commas inside the items")
        #expect(facts.joined(["a", "b"]) == "a\(facts.listSeparator)b" && facts.joined(["a", "b"], clauses: true) == "a\(facts.clauseSeparator)b")
    }

    @Test func pluralRules() {
        #expect([0, 1, 2, 5].map(PluralRule.oneOther.category) == [.other, .one, .other, .other])
        #expect([1, 2, 4, 5, 12, 14, 21, 22, 25, 102, 112].map(PluralRule.polish.category)
                == [.one, .few, .few, .many, .many, .many, .many, .few, .many, .few, .many])
        #expect([0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 111].map(PluralRule.eastSlavic.category)
                == [.many, .one, .few, .many, .many, .many, .one, .few, .many, .one, .many])
        #expect(PluralRule.other.category(1) == .other)
    }

    @Test func pluralFormsAreChosenByCount() throws {
        let pl = try Catalog.load(text: TestLanguages.englishStrings(withFacts: TestLanguages.facts["pl"]!)
            .replacingOccurrences(of: "years = { one = \"{count} year\", other = \"{count} years\" }",
                                  with: "years = { one = \"{count} rok\", few = \"{count} lata\", many = \"{count} lat\", other = \"{count} roku\" }"),
            file: "pl/strings.toml", code: "pl")
        #expect(pl.text(.valueYears, ["count": "1"], count: 1) == "1 rok")
        #expect(pl.text(.valueYears, ["count": "3"], count: 3) == "3 lata")
        #expect(pl.text(.valueYears, ["count": "5"], count: 5) == "5 lat")
        #expect(pl.text(.valueYears, ["count": "22"], count: 22) == "22 lata")
        // A form the table does not have falls back to `other`.
        #expect(TestLanguages.english.text(.valueYears, ["count": "5"], count: 5) == "5 years")
        #expect(TestLanguages.english.text(.valueYears, ["count": "1"], count: 1) == "1 year")
    }
}
