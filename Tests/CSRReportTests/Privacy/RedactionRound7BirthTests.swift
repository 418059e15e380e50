import Testing
@testable import CSRReport

/// Round 7 of issue 7, dates of birth and national IDs: one test per rule (docs/privacy.md,
/// "Round 7: dates of birth and national IDs"), with sentences of my own in the five languages,
/// written before the dev-9 and dev-10 texts were checked. Texts are read as of 2026.
@Suite struct RedactionRound7Birth {
    private let redactor = Redactor(names: NameDictionary(names: ["Anna Kowalska", "Oksana", "Artem"]))

    private func expectRedacted(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (text, expected) in cases {
            #expect(redactor.redact(text) == expected, "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func theSameValueWrittenAgainIsTheSameValue() {
        expectRedacted([
            ("DOB 03.04.1985, but the form says 03041985", "DOB [DATE], but the form says [DATE]"),
            ("Fødselsdato: 7. juni 1979. I søknaden sto 7. Juni 1979 også.", "Fødselsdato: [DATE]. I søknaden sto [DATE] også."),
            ("Geburtsdatum 1987-11-02, im Antrag steht 1987 11 02", "Geburtsdatum [DATE], im Antrag steht [DATE]"),
            ("PESEL 91082301235, w umowie wpisano 9108 2301 235", "PESEL [NATIONAL_ID], w umowie wpisano [NATIONAL_ID]"),
            ("Народилася 12.05.1990, а в паспорті 12/05/1990", "Народилася [DATE], а в паспорті [DATE]"),
        ])
        // A bare year is no value of its own: the same year elsewhere is another event's.
        #expect(redactor.redact("born 1990; in 1990 the plant closed") == "born [DATE]; in 1990 the plant closed")
    }

    @Test func aDateJoinedToABirthDateByACoordinator() {
        expectRedacted([
            ("Her parents were born in 1958 and 1961.", "Her parents were born in [DATE] and [DATE]."),
            ("Eltern: Jg. 1950 bzw. 1953, beide in Rente", "Eltern: Jg. [DATE] bzw. [DATE], beide in Rente"),
            ("dzieci ur. 2012 i 2015, chodzą do szkoły", "dzieci ur. [DATE] i [DATE], chodzą do szkoły"),
            ("Foreldrene er født 1944 eller 1945", "Foreldrene er født [DATE] eller [DATE]"),
            ("Він народився 1979 або 1980, точно не знає", "Він народився [DATE] або [DATE], точно не знає"),
        ])
        // A year after a full date is another shape; a longer gap is another clause.
        #expect(redactor.redact("born 12.03.1990 and 2015 was the year she came") == "born [DATE] and 2015 was the year she came")
        #expect(redactor.redact("born in 1988 and came to Oslo in 2015") == "born in [DATE] and came to Oslo in 2015")
    }

    @Test func aCorrectedBirthDate() {
        expectRedacted([
            ("DOB 12.03.1991 – sorry, typo: 12.03.1990", "DOB [DATE] – sorry, typo: [DATE]"),
            ("født 4. mai 1988, nei, 5. mai 1988", "født [DATE], nei, [DATE]"),
            ("geboren am 3.3.1977, nein, am 3.3.1978", "geboren am [DATE], nein, am [DATE]"),
            ("ur. 1999... nie, 1998", "ur. [DATE]... nie, [DATE]"),
            ("народився 20.10.1970, ні, правильно 21.10.1970", "народився [DATE], ні, правильно [DATE]"),
            ("born on 2 May 2001, the registry has it wrong as 2002", "born on [DATE], the registry has it wrong as [DATE]"),
        ])
        // A correction that moves on to another event keeps that event's date.
        #expect(redactor.redact("born 12.03.1990, no, she moved here in 2015") == "born [DATE], no, she moved here in 2015")
    }

    @Test func aFormQuestionIsAnsweredAfterItsQuestionMark() {
        expectRedacted([
            ("Date of birth? 3 May 1990", "Date of birth? [DATE]"),
            ("Geburtsdatum? 01.02.1970", "Geburtsdatum? [DATE]"),
            ("Fødselsdato? 12.12.1969", "Fødselsdato? [DATE]"),
            ("Data urodzenia? 14.11.1981", "Data urodzenia? [DATE]"),
            ("Дата народження? 05.05.1975", "Дата народження? [DATE]"),
        ])
        // Only the question itself is answered: the sentence after its answer is another one.
        #expect(redactor.redact("Where was she born? In Lviv. Session on 12.03.2019") == "Where was she born? In Lviv. Session on 12.03.2019")
    }

    @Test func latinTransliterationsAndAbbreviationsOfBirthWords() {
        expectRedacted([
            ("Ja Olha, narodzhena 04.11.1995, zhyvu v Bergeni", "Ja [NAME], narodzhena [DATE], zhyvu v Bergeni"),
            ("narodzh. 2 lystopada 1983, Kharkiv", "narodzh. [DATE], Kharkiv"),
            ("Д.н. 3 березня, пишіть", "Д.н. [DATE], пишіть"),
            ("data urodz. 9 lipca 91", "data urodz. [DATE]"),
            ("Tato narodyvsia u 1955 rotsi", "Tato narodyvsia u [DATE]"),
        ])
    }

    @Test func theArticleBelongsToAWrittenDate() {
        expectRedacted([
            ("She gave her date of birth as the 30th of June, 1997 and left", "She gave her date of birth as [DATE] and left"),
            ("he was born on the third of March, 1985", "he was born on [DATE]"),
        ])
    }

    @Test func apostropheYearsAndCohortWords() {
        expectRedacted([
            ("Her dad (born '58) joined us", "Her dad (born [DATE]) joined us"),
            ("Anna (Jahrgang '91) sucht Arbeit", "[NAME] (Jahrgang [DATE]) sucht Arbeit"),
            ("Nowy uczestnik, rocznik 77, z Charkowa", "Nowy uczestnik, rocznik [DATE], z Charkowa"),
            ("Han er årgang 65 og bor i Bodø", "Han er årgang [DATE] og bor i Bodø"),
            ("urodzony w '79", "urodzony w [DATE]"),
        ])
        // A school year is no birth year.
        #expect(redactor.redact("Sie ist im Jahrgang 12 am Gymnasium") == "Sie ist im Jahrgang 12 am Gymnasium")
    }

    @Test func spacedNumericDatesAfterABirthWord() {
        expectRedacted([
            ("Date of Birth (DD/MM/YYYY): 14 / 02 / 1981.", "Date of Birth (DD/MM/YYYY): [DATE]."),
            ("Geburtsdatum 26 04 1966", "Geburtsdatum [DATE]"),
            ("født 03 11 1980 i Tromsø", "født [DATE] i Tromsø"),
            ("urodzona 7 / 8 / 1991", "urodzona [DATE]"),
            ("дата народження 26 04 1966", "дата народження [DATE]"),
        ])
        // Without a birth word, spaced numbers are no date.
        #expect(redactor.redact("Room 12 04 1966 tickets") == "Room 12 04 1966 tickets")
    }

    @Test func aYearInWordsAfterABirthWord() {
        expectRedacted([
            ("born nineteen eighty-eight, in Odesa", "born [DATE], in Odesa"),
            ("Hun er født nittenåttiåtte", "Hun er født [DATE]"),
            ("Er wurde geboren neunzehnhundertneunzig.", "Er wurde geboren [DATE]."),
            // Round 8: the year word joins a year in words as it joins one in digits ("1988 roku").
            ("urodziła się w tysiąc dziewięćset osiemdziesiątym ósmym roku", "urodziła się w [DATE]"),
            ("народився у тисяча девʼятсот сімдесят пʼятому році", "народився у [DATE]"),
        ])
        expectRedacted([
            ("born nineteen weeks early", "born nineteen weeks early"),
            ("born twenty-two weeks early", "born twenty-two weeks early"),
        ])
    }

    @Test func nationalInsuranceAfterItsCueWhateverThePrefix() {
        expectRedacted([
            ("NI number: QQ123456A", "NI number: [NATIONAL_ID]"),
            ("nat insurance: TN 31 12 58 C", "nat insurance: [NATIONAL_ID]"),
            ("Nat. ins. no: AB-12-34-56-D", "Nat. ins. no: [NATIONAL_ID]"),
        ])
        // Without a cue the specimen prefix is no NINO, nor with one an invalid prefix.
        #expect(redactor.redact("Code QQ123456A on the box") == "Code QQ123456A on the box")
        #expect(redactor.redact("nat insurance: DQ 12 34 56 C") == "nat insurance: DQ 12 34 56 C")
    }

    @Test func bracketedAndGroupedIdentityNumbers() {
        expectRedacted([
            ("PESEL (85120314567) i karta pobytu", "PESEL ([NATIONAL_ID]) i karta pobytu"),
            ("Fødselsnummer (15038810062)", "Fødselsnummer ([NATIONAL_ID])"),
            ("Steuer-ID 860 957 427 19 für die Anmeldung", "Steuer-ID [NATIONAL_ID] für die Anmeldung"),
            ("РНОКП: 3124 1123 44", "РНОКП: [NATIONAL_ID]"),
            ("дата народж. 14.07.1985, код 3124 1123 44", "дата народж. [DATE], код [NATIONAL_ID]"),
            ("born 14 07 1985, code 3124112344", "born [DATE], code [NATIONAL_ID]"),
        ])
        // A bracketed area code stays a phone's.
        #expect(redactor.matches(in: "ring (067) 123-45-67").map(\.kind) == [.phone])
    }

    @Test func theDateAnIdentityNumberEncodes() {
        expectRedacted([
            ("Dato 15 03 1988, fnr 15038810062", "Dato [DATE], fnr [NATIONAL_ID]"),
            ("PESEL 85120314567, data: 03.12.1985", "PESEL [NATIONAL_ID], data: [DATE]"),
            ("РНОКПП 3124112344; 14/07/1985", "РНОКПП [NATIONAL_ID]; [DATE]"),
            ("ID 91082301235 on the form dated 23.08.1991", "ID [NATIONAL_ID] on the form dated [DATE]"),
            ("Ausweis fehlt, nur PESEL 85120314567 und 03-12-85", "Ausweis fehlt, nur PESEL [NATIONAL_ID] und [DATE]"),
        ])
        // Another day stays.
        #expect(redactor.redact("PESEL 85120314567, Termin 04.12.1985") == "PESEL [NATIONAL_ID], Termin 04.12.1985")
    }
}
