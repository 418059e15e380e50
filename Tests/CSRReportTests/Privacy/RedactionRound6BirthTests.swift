import Testing
@testable import CSRReport

/// Round 6 of issue 7, dates of birth and national IDs: one test per rule (docs/privacy.md,
/// "Round 6: dates of birth and national IDs (dev-5)"). Texts are read as of 2026.
@Suite struct RedactionRound6Birth {
    private let redactor = Redactor(names: NameDictionary(names: ["Anna Kowalska", "Oksana", "Zlata", "Artem", "Vasyl"]))

    private func expectRedacted(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (text, expected) in cases {
            #expect(redactor.redact(text) == expected, "\(text)", sourceLocation: sourceLocation)
        }
    }

    private func kinds(_ text: String) -> [PIIKind] { redactor.matches(in: text).map(\.kind) }

    @Test func aBirthdayWithoutAYearNextToItsWordOnEitherSide() {
        expectRedacted([
            ("his mentee's birthday is 19 June, he wants to organise something", "his mentee's birthday is [DATE], he wants to organise something"),
            ("He told me his birthday is on the first of May.", "He told me his birthday is on [DATE]."), // round 7: with its "the"
            ("my birthday is 29 of February so", "my birthday is [DATE] so"),
            ("den 1. mai er en fin dag å ha bursdag på", "den [DATE] er en fin dag å ha bursdag på"),
            ("Er hat am 17. Mai Geburtstag.", "Er hat am [DATE] Geburtstag."),
            ("Geburtstag von Vasyl: 5. Jan. – er wird 45", "Geburtstag von [NAME]: [DATE] – er wird 45"),
            ("Mój syn ma urodziny 17 maja.", "Mój syn ma urodziny [DATE]."),
            ("У Андрія першого травня день народження", "У [NAME] [DATE] день народження"),
            ("Sie ist am 29. Februar geboren", "Sie ist am [DATE] geboren"),
            ("Urodziłam się pierwszego maja", "Urodziłam się [DATE]"),
            ("moja córeczka 2.11.2018 ur., a synek", "moja córeczka [DATE] ur., a synek"),
        ])
    }

    @Test func aBirthdayGreetingReachesIntoTheNextSentence() {
        expectRedacted([
            ("з днем народження!! 🎉 29 лютого — рідкісний день", "з днем народження!! 🎉 [DATE] — рідкісний день"),
            ("Happy birthday! 3 March is a good day.", "Happy birthday! [DATE] is a good day."),
        ])
        // Without a greeting the sentence ends the birthday word's reach.
        #expect(redactor.redact("It was my birthday. On 3 March we meet again.") == "It was my birthday. On 3 March we meet again.")
    }

    @Test func aCelebrationsDateIsNoDateOfBirth() {
        expectRedacted([
            ("The birthday party is on 12 March.", "The birthday party is on 12 March."),
            ("40. Geburtstag von Viktor am 22. Juni im Nachbarschaftshaus", "40. Geburtstag von [NAME] am 22. Juni im Nachbarschaftshaus"),
            ("Bursdagsfest 3. mai i kantina", "Bursdagsfest 3. mai i kantina"),
            ("Her 40th birthday is on 12 May.", "Her 40th birthday is on 12 May."),
        ])
    }

    @Test func anAgePhraseWithAPersonTiesTheDate() {
        expectRedacted([
            ("Zlata wird am 12. Dezember 10 – darf ich Muffins mitbringen?", "[NAME] wird am [DATE] 10 – darf ich Muffins mitbringen?"),
            ("Sønnen min Artem fyller 12 den 17. mai", "Sønnen min [NAME] fyller 12 den [DATE]"),
            ("Доньці Златі 12 грудня буде 10 років", "Доньці [NAME] [DATE] буде 10 років"),
            ("She turns 34 on 3 March.", "She turns 34 on [DATE]."),
            // An organisation's anniversary and a duration are no ages of a person.
            ("Programmet fyller 2 år 2. november.", "Programmet fyller 2 år 2. november."),
            ("The session on 3 March will be 10 minutes shorter.", "The session on 3 March will be 10 minutes shorter."),
        ])
    }

    @Test func twoDigitYears() {
        expectRedacted([
            ("født 1. mai 90, elektriker", "født [DATE], elektriker"),
            ("born 8th Feb 95, she is the youngest", "born [DATE], she is the youngest"),
            ("Fødselsdato barn: 19.06.18", "Fødselsdato barn: [DATE]"),
            ("My wife Oksana 14.03.87, me Vasyl 05.01.79", "My wife [NAME] [DATE], me [NAME] [DATE]"),
            // A recent two-digit year beside a name is a session's date.
            ("Anna Kowalska 12.03.25 session", "[NAME] 12.03.25 session"),
        ])
    }

    @Test func datesWrittenInWordsWithTheYearInWords() {
        expectRedacted([
            ("\"I was born on the eighth of February, nineteen ninety-five\"", "\"I was born on [DATE]\""), // round 7: "the" belongs to the date
            ("Jeg er født den åttende februar nittenfemognitti.", "Jeg er født den [DATE]."),
            ("urodzona trzydziestego września tysiąc dziewięćset osiemdziesiątego czwartego – ćwiczyłyśmy",
             "urodzona [DATE] – ćwiczyłyśmy"),
            ("Народилася тридцятого вересня вісімдесят четвертого 😄", "Народилася [DATE] 😄"),
            ("Er wurde am dritten März neunzehnhundertneunzig geboren.", "Er wurde am [DATE] geboren."),
        ])
        // Number words that do not follow the date as its year stay.
        #expect(redactor.redact("Her birthday is 12 May and ten people came.") == "Her birthday is [DATE] and ten people came.")
        #expect(NumberWords.isNumber("nittenfemognitti") && NumberWords.isNumber("ninety-five") && !NumberWords.isNumber("mai"))
    }

    @Test func clauseWordsAndOtherNumbersCutTheCue() {
        expectRedacted([
            ("born in Kharkiv, moved to Oslo on 12 May 2015", "born in Kharkiv, moved to Oslo on 12 May 2015"),
            ("DOB 1.5.1990 / arrived 15.04.2022 / visa until 2025", "DOB [DATE] / arrived 15.04.2022 / visa until 2025"),
            ("Please update DOB — entered as 01/01/2000 by mistake", "Please update DOB — entered as 01/01/2000 by mistake"),
        ])
    }

    @Test func aNumericDayAndMonthOnlyAfterABirthWord() {
        expectRedacted([
            ("В анкеті не вказана дата народження Богдана: 05.01, рік уточню", "В анкеті не вказана дата народження [NAME]: [DATE], рік уточню"),
            ("Birthday lunch moved, next session: 05.01", "Birthday lunch moved, next session: 05.01"),
        ])
    }

    @Test func abbreviatedHeadingsAndQuestions() {
        expectRedacted([
            ("Data ur. dziecka: 19.06.2018, przedszkole", "Data ur. dziecka: [DATE], przedszkole"),
            ("Svar på spørsmål «Når er du født?»: 12. desember 1972", "Svar på spørsmål «Når er du født?»: [DATE]"),
            ("ya Olha, narodylas 12.12.1972", "ya [NAME], narodylas [DATE]"),
        ])
    }

    @Test func aDateRightAfterANameInListsAndSentences() {
        expectRedacted([
            ("Я Оксана 30.09.1984.", "Я [NAME] [DATE]."),
            ("Anna Kowalska | 12.03.1990", "[NAME] | [DATE]"),
            ("Anna Kowalska; 12.03.1990", "[NAME]; [DATE]"),
            ("Anna Kowalska\t12.03.1990", "[NAME]\t[DATE]"),
            ("Anna Kowalska 12.03.2025 session", "[NAME] 12.03.2025 session"),
        ])
    }

    @Test func labelledNumbersAreNoPhones() {
        expectRedacted([
            ("Bestellnummer 0176 4410 2291 – keine Handynummer!!", "Bestellnummer 0176 4410 2291 – keine Handynummer!!"),
            ("Numer zamówienia 601 234 567 — to nie jest telefon", "Numer zamówienia 601 234 567 — to nie jest telefon"),
            ("Номер замовлення 380 44 227 19 83", "Номер замовлення 380 44 227 19 83"),
            ("Bestillingsnummer 912 34 567", "Bestillingsnummer 912 34 567"),
            ("Numer karty biblioteki 0004471209", "Numer karty biblioteki 0004471209"),
            ("07935 118204 is the order number of the laptops", "07935 118204 is the order number of the laptops"),
            // A phone cue or no label: still a phone.
            ("Tel. 0176 4410 2291", "Tel. [PHONE]"),
            ("ring meg på 912 34 567", "ring meg på [PHONE]"),
        ])
    }

    @Test func aMonthAfterADayIsNoName() {
        expectRedacted([
            ("Next time: Thu 18 Jan, 6.30pm.", "Next time: Thu 18 Jan, 6.30pm."),
            ("Am 3. Mai kommt Jan Nowak.", "Am 3. Mai kommt [NAME]."),
        ])
    }

    @Test func anRNOKPPWhoseBirthDateIsInTheText() {
        #expect(NationalIDRecogniser.rnokppBirthDate("4104565976") == .init(year: 2012, month: 5, day: 17))
        expectRedacted([
            ("Мій син, дата народж. 17.05.2012, код 4104565976 — для школи", "Мій син, дата народж. [DATE], код [NATIONAL_ID] — для школи"),
            ("Оксана, 30.09.1984, код 3095412343", "[NAME], [DATE], код [NATIONAL_ID]"),
        ])
        // The same number without its date and without a cue is only a number.
        #expect(!kinds("код 3095412343 для школи").contains(.nationalID))
        #expect(!kinds("Оксана, 01.10.1984, код 3095412343").contains(.nationalID))
    }

    @Test func documentNumbersAfterTheirLabels() {
        expectRedacted([
            ("passport details for the hotel booking for the conference: FE 731946, expiry 2029", "passport details for the hotel booking for the conference: [NATIONAL_ID], expiry 2029"),
            ("Reisepass-Nr. C4J7R2N9K, gültig", "Reisepass-Nr. [NATIONAL_ID], gültig"),
            ("Reisepassnummer FX184372 (ukrainisch)", "Reisepassnummer [NATIONAL_ID] (ukrainisch)"),
            ("Ідентифікаційна картка № 004817263, видана 2019 року", "Ідентифікаційна картка № [NATIONAL_ID], видана 2019 року"),
            ("паспорт FE 731 946", "паспорт [NATIONAL_ID]"),
            ("УНЗР 19870314-01234", "УНЗР [NATIONAL_ID]"),
            // Not a document: "card" inside "Invalid", letters without digits, a date-shaped code.
            ("Invalid card 4111 1111 1111 1112 stays.", "Invalid card 4111 1111 1111 1112 stays."),
            ("Ausweis: CFGHJKLMN", "Ausweis: CFGHJKLMN"),
            ("order 19870314-01234", "order 19870314-01234"),
        ])
        #expect(DocumentNumberRecogniser.isGermanDocumentNumber("C4J7R2N9K") && !DocumentNumberRecogniser.isGermanDocumentNumber("A4J7R2N9K"))
    }

    @Test func checksummedIDsWithoutACue() {
        #expect(Checksums.polishIDCard("ABA300000") && Checksums.polishIDCard("ABA 300000") && !Checksums.polishIDCard("ABA300001"))
        expectRedacted([
            ("Dowód ABA300000 zgubiony", "Dowód [NATIONAL_ID] zgubiony"),
            ("kod ABA300000", "kod [NATIONAL_ID]"),
            ("kod ABA300001", "kod ABA300001"),
            // A Steuer-ID in one block with its check digit and digit rule; one digit off fails.
            ("Nummer 86095241764 für die Abrechnung", "Nummer [NATIONAL_ID] für die Abrechnung"),
            ("Nummer 86095241765 für die Abrechnung", "Nummer 86095241765 für die Abrechnung"),
        ])
    }
}
