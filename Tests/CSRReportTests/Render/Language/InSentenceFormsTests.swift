import Testing
@testable import CSRReport

/// The forms a language writes inside running text: period names in prose versus tables
/// (`[locale.period_text]`), labels inside a sentence (`[locale.names]`), and the held-back
/// wording that agrees with k. Expectations are hand-written from docs/glossary.
@Suite struct InSentenceFormsTests {
    func builtIn(_ code: String) throws -> Catalog { try #require(TestLanguages.builtIn.languages[code]).catalog }

    let q3 = Period.quarter(2025, 3)

    @Test func periodsReadShortInTablesAndInFullInProse() throws {
        let cases: [(String, table: String, prose: String)] = [
            ("en", "2025-Q3", "Q3 2025"),
            ("de", "Q3 2025", "3.\u{A0}Quartal 2025"),
            ("pl", "III kw. 2025", "III kwartał 2025 roku"),
            ("uk", "III кв. 2025", "III квартал 2025 року"),
        ]
        for (code, table, prose) in cases {
            let facts = try builtIn(code).facts
            #expect(facts.periodName(q3) == table, "\(code)")
            #expect(facts.periodNameInText(q3) == prose, "\(code)")
        }
        let nb = try builtIn("nb").facts
        #expect(nb.periodNameInText(q3) == "3.\u{A0}kvartal 2025")
        let uk = try builtIn("uk").facts
        #expect(uk.periodNameInText(try Period(parsing: "2025")) == "2025 рік")
        #expect(uk.periodNameInText(try Period(parsing: "2025-H1")) == "I півріччя 2025 року")
        #expect(try builtIn("de").facts.periodNameInText(try Period(parsing: "2025-H2")) == "2.\u{A0}Halbjahr 2025")
    }

    @Test func aKindWithoutAProseFormIsWrittenAsInTables() throws {
        // German names a month and a year the same way in both; its file leaves them out.
        let de = try builtIn("de").facts
        let march = try Period(parsing: "2025-03")
        #expect(de.periodNameInText(march) == de.periodName(march))
        #expect(de.periodNameInText(try Period(parsing: "2025")) == "2025")
        // A catalog with no [locale.period_text] at all (the test catalogs keep only [locale.period]).
        let plain = try TestLanguages.catalog("pl").facts
        #expect(plain.periodTextPatterns.isEmpty)
        #expect(plain.periodNameInText(q3) == "III kw. 2025")
    }

    @Test func proseFormsAreChecked() throws {
        func loadError(_ strings: String) -> CatalogError? {
            do {
                _ = try Catalog.load(text: strings, file: "t/strings.toml", code: "t")
                return nil
            } catch {
                return error
            }
        }
        func error(_ tables: String) throws -> CatalogError {
            let strings = TestLanguages.englishStrings.replacingOccurrences(of: "[locale.period_text]\n", with: tables)
            return try #require(loadError(strings))
        }
        let dotted = try error("[locale.period_text]\nyear = \"{year} r.\"\n")
        #expect(dotted.key == "locale.period_text.year" && dotted.message.contains("must not end in \".\""))
        let unknown = try error("[locale.period_text]\nweek = \"{year}\"\n")
        #expect(unknown.key == "locale.period_text.week")
        let placeholder = try error("[locale.period_text]\nyear = \"{decade}\"\n")
        #expect(placeholder.key == "locale.period_text.year")
        let strings = TestLanguages.englishStrings.replacingOccurrences(of: "in_sentence = \"lowercase-first\"", with: "in_sentence = \"lower\"")
        let rule = try #require(loadError(strings))
        #expect(rule.key == "locale.names.in_sentence" && rule.message.contains("\"lowercase-first\" or \"unchanged\""))
    }

    @Test func labelsInsideASentence() throws {
        let en = try builtIn("en").facts
        #expect(en.nameInSentence("Job readiness") == "job readiness")
        #expect(en.nameInSentence("Well-being") == "well-being")
        #expect(en.nameInSentence("SROI ratio") == "SROI ratio")
        #expect(en.nameInSentence("VIS") == "VIS")
        #expect(en.nameInSentence("CEFR-level progress") == "CEFR-level progress")
        #expect(en.nameInSentence("") == "")
        #expect(try builtIn("de").facts.nameInSentence("Arbeitsmarktnähe") == "Arbeitsmarktnähe")
        #expect(try builtIn("nb").facts.nameInSentence("Jobbklarhet") == "jobbklarhet")
        #expect(try builtIn("pl").facts.nameInSentence("Gotowość do pracy") == "gotowość do pracy")
        #expect(try builtIn("uk").facts.nameInSentence("Впевненість у собі") == "впевненість у собі")
        #expect(try builtIn("uk").facts.nameInSentence("SROI-коефіцієнт") == "SROI-коефіцієнт")
        // No [locale.names]: labels stay as written.
        #expect(try TestLanguages.catalog("nb").facts.nameInSentence("Jobbklarhet") == "Jobbklarhet")
    }

    @Test func heldBackWordingAgreesWithK() throws {
        func text(_ code: String, _ k: Int) throws -> String { FigureText(k: k, catalog: try builtIn(code)).suppressed(.other) }
        #expect(try text("pl", 3) == "nie pokazano (mniej niż 3 osoby)")
        #expect(try text("pl", 5) == "nie pokazano (mniej niż 5 osób)")
        #expect(try text("pl", 22) == "nie pokazano (mniej niż 22 osoby)")
        #expect(try text("uk", 4) == "не наводиться (менше ніж 4 особи)")
        #expect(try text("uk", 5) == "не наводиться (менше ніж 5 осіб)")
        #expect(try text("uk", 21) == "не наводиться (менше ніж 21 особа)")
        #expect(try text("de", 5) == "nicht ausgewiesen (weniger als 5 Personen)")
        #expect(try text("nb", 5) == "vises ikke (færre enn\u{A0}5 personer)")
        #expect(try text("en", 5) == "not shown (fewer than 5 people)")
        #expect(FigureText(k: 5, catalog: try builtIn("pl")).suppressed(.headCount) == "mniej niż 5")
    }
}
