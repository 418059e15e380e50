import Testing
@testable import CSRReport

/// Round 8 of issue 7, dates of birth, national IDs, IBANs and addresses: one test per rule
/// (docs/privacy.md, "Round 8: dates of birth, IDs and addresses"), with sentences of my own in
/// the five languages, written before the dev-13 texts were checked. Texts are read as of 2026.
@Suite struct RedactionRound8BirthAddress {
    private let redactor = Redactor(names: NameDictionary(names: ["Anna Kowalska", "Oksana", "Taras"]))

    private func expectRedacted(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (text, expected) in cases {
            #expect(redactor.redact(text) == expected, "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func aBirthLabelOneTypingSlipAway() {
        expectRedacted([
            ("dat of brith: 02/11/1979, ok", "dat of brith: [DATE], ok"),
            ("Geburtsdatun 17.09.1983 bitte prüfen", "Geburtsdatun [DATE] bitte prüfen"),
            ("fodselsdato 1981-02-03 (uten ø på tastaturet)", "fodselsdato [DATE] (uten ø på tastaturet)"),
            ("urodzonu 05.05.1977 w Tarnowie", "urodzonu [DATE] w Tarnowie"),
            ("дата народженя 11.11.1969", "дата народженя [DATE]"),
            ("дата рождения 30.01.1990, паспорт ще старий", "дата рождения [DATE], паспорт ще старий"),
        ])
        // Words one slip from a label that are words of their own, and "birth" as the event.
        expectRedacted([
            ("urodziny 12.05.2025 w świetlicy", "urodziny 12.05.2025 w świetlicy"),
            ("after the birth 2019 was a hard year", "after the birth 2019 was a hard year"),
        ])
    }

    @Test func anAbbreviatedLabelWithItsValueRightAfterIt() {
        expectRedacted([
            ("Data ur: 1966-12-01", "Data ur: [DATE]"),
            ("data uro.: 3 marca 1979", "data uro.: [DATE]"),
            ("Rentner, geb 1962, wohnt allein", "Rentner, geb [DATE], wohnt allein"),
            ("Донька, н. 2011, ходить до школи", "Донька, н. [DATE], ходить до школи"),
            ("рік нар. 1958", "рік нар. [DATE]"),
        ])
        // An abbreviation with words between.
        #expect(redactor.redact("Geb. Haus 1962 renoviert") == "Geb. Haus 1962 renoviert")
    }

    @Test func aLabelWithAnOwnerBeforeItsColon() {
        expectRedacted([
            ("Date of birth of the youngest: 2019", "Date of birth of the youngest: [DATE]"),
            ("Geburtsjahr der Tochter: 2015", "Geburtsjahr der Tochter: [DATE]"),
            ("Fødselsår til sønnen: 2012", "Fødselsår til sønnen: [DATE]"),
            ("data urodzenia córki: 14.03.2016", "data urodzenia córki: [DATE]"),
        ])
        // Without the colon the words between are another clause.
        #expect(redactor.redact("Geburtsjahr unbekannt, seit 2015 in Berlin") == "Geburtsjahr unbekannt, seit 2015 in Berlin")
    }

    @Test func aQuotedLabelAndAVerbOfWriting() {
        expectRedacted([
            ("under \"DOB\" she wrote 1990", "under \"DOB\" she wrote [DATE]"),
            ("у графі «дата нар.» вписала 12.12.1972", "у графі «дата нар.» вписала [DATE]"),
            ("pole \"data ur.\" wpisała 1985", "pole \"data ur.\" wpisała [DATE]"),
        ])
    }

    @Test func anAgeTurnedOnADay() {
        expectRedacted([
            ("She turned 40 on 9 March, we had cake", "She turned 40 on [DATE], we had cake"),
            ("Han fylte 60 den 4. juni", "Han fylte 60 den [DATE]"),
            ("Sie ist am 14. Juli 38 geworden.", "Sie ist am [DATE] 38 geworden."),
            ("Ona skończyła 50 lat 7 października", "Ona skończyła 50 lat [DATE]"),
            ("Йому виповнилось 52 9 жовтня", "Йому виповнилось 52 [DATE]"),
        ])
        // Without a person it is an anniversary.
        #expect(redactor.redact("Programmet fylte 5 den 4. juni") == "Programmet fylte 5 den 4. juni")
    }

    @Test func bornInAPlaceThenAYear() {
        expectRedacted([
            ("born in Zhytomyr 1968, nurse", "born in Zhytomyr [DATE], nurse"),
            ("født i Bila Tserkva 1990", "født i Bila Tserkva [DATE]"),
            ("geboren in Czernowitz 1955 und dort aufgewachsen", "geboren in Czernowitz [DATE] und dort aufgewachsen"),
            ("urodziła się w Łucku 1983 roku", "urodziła się w Łucku [DATE]"),
            ("народився в Ужгороді 1979 року", "народився в Ужгороді [DATE]"),
        ])
        // A lower-case word between is another clause ("born in Kyiv, moved 2015").
        #expect(redactor.redact("born in Kyiv, moved 2015") == "born in Kyiv, moved 2015")
    }

    @Test func aYearThenACohortWord() {
        expectRedacted([
            ("on ma '61 rocznik", "on ma [DATE] rocznik"),
            ("Sie ist 1974 Jahrgang, also 52", "Sie ist [DATE] Jahrgang, also 52"),
            ("jeg er 1987-modell", "jeg er [DATE]-modell"),
        ])
        // A car is a model of its year too.
        #expect(redactor.redact("Bilen er en 2015-modell") == "Bilen er en 2015-modell")
    }

    @Test func aYearInWordsBeforeTheParticiple() {
        expectRedacted([
            ("Sie wurde neunzehnhundertzweiundsiebzig in Riga geboren.", "Sie wurde [DATE] in Riga geboren."),
            ("Han ble nittenåttifire født, sier han", "Han ble [DATE] født, sier han"),
        ])
    }

    @Test func anAgeAndAYearThatAgree() {
        expectRedacted([
            ("Мені 40, я з 1986-го.", "Мені 40, я з [DATE]-го."),
            ("I'm 41, class of 1985.", "I'm 41, class of [DATE]."),
            ("Ich bin 50 Jahre alt, Baujahr 1976 sozusagen", "Ich bin 50 Jahre alt, Baujahr [DATE] sozusagen"),
        ])
        // A year that does not agree with the age is another event's.
        #expect(redactor.redact("Мені 40, у 2022 приїхала до Польщі") == "Мені 40, у 2022 приїхала до Польщі")
        #expect(redactor.redact("I'm 5 minutes late, the 1985 bus") == "I'm 5 minutes late, the 1985 bus")
    }

    @Test func aYearInWordsTakesItsYearWord() {
        expectRedacted([
            ("urodził się drugiego maja tysiąc dziewięćset siedemdziesiątego roku", "urodził się [DATE]"),
            ("народився третього травня тисяча дев'ятсот шістдесят п'ятого року", "народився [DATE]"),
            ("народилась: двадцять третє квітня 1980", "народилась: [DATE]"),
        ])
    }

    @Test func aTwoDigitYearBeforeAFieldSeparator() {
        expectRedacted([
            ("DOB March 9th 79 / tel later", "DOB [DATE] / tel later"),
            ("Date of birth 4 June 81 | Nationality UA", "Date of birth [DATE] | Nationality UA"),
        ])
    }

    @Test func aMorePreciseValueAfterTheFirst() {
        expectRedacted([
            ("born in June 1993, more precisely 14.06.1993", "born in [DATE], more precisely [DATE]"),
            ("født i mai 1980, nøyaktig 12.05.1980", "født i [DATE], nøyaktig [DATE]"),
            ("urodzona w lipcu 1975, dokładnie 03.07.1975", "urodzona w [DATE], dokładnie [DATE]"),
        ])
    }

    @Test func entriesOfAListOfBirths() {
        expectRedacted([
            ("Mum b. 1949, Dad b. 1947, me 1975", "Mum b. [DATE], Dad b. [DATE], me [DATE]"),
            ("far f. 1960, mor f. 1962, datter 1994", "far f. [DATE], mor f. [DATE], datter [DATE]"),
            ("Mutter geb. 1950\nich 1979", "Mutter geb. [DATE]\nich [DATE]"),
            ("mąż ur. 03.02.1978, ja – 17.08.1980", "mąż ur. [DATE], ja – [DATE]"),
            ("Мама 1955 р.н., тато 1953 р.н., я — 1981", "Мама [DATE] р.н., тато [DATE] р.н., я — [DATE]"),
        ])
        // Without a birth date in the list the year is an event's; a recent one is never a birth.
        #expect(redactor.redact("my son 2019 started at the school") == "my son 2019 started at the school")
        #expect(redactor.redact("Vater geb. 1960, Sohn 2025 eingeschult") == "Vater geb. [DATE], Sohn 2025 eingeschult")
    }

    @Test func aNameWithItsRoleInBracketsThenADate() {
        expectRedacted([
            ("Oksana (wife) - 03.03.1986", "[NAME] (wife) - [DATE]"),
            ("Taras (син): 21.09.2004", "[NAME] (син): [DATE]"),
        ])
        // A recent date after a name and a role is an appointment.
        #expect(redactor.redact("Oksana (mentor) - 03.03.2025") == "[NAME] (mentor) - 03.03.2025")
    }

    @Test func anIBANOfAnotherLengthAfterAnAccountLabel() {
        // Mod-97 valid at their written lengths: 18 and 24 characters.
        expectRedacted([
            ("IBAN: DE78 5121 0800 1245 12", "IBAN: [IBAN]"),
            ("numer konta PL64 1090 1014 0000 0712 1981", "numer konta [IBAN]"),
        ])
        // Without the label the registered length decides; an invalid one stays.
        #expect(redactor.redact("ref DE78 5121 0800 1245 12") == "ref DE78 5121 0800 1245 12")
        #expect(redactor.redact("IBAN DE78 5121 0800 1245 13 ist falsch") == "IBAN DE78 5121 0800 1245 13 ist falsch")
    }

    @Test func residenceCardsAndMoreIDCues() {
        expectRedacted([
            ("IRP card 5512093, valid", "IRP card [NATIONAL_ID], valid"),
            ("karta pobytu nr RA 1234567", "karta pobytu nr [NATIONAL_ID]"),
            ("Oppholdskort: UA 7712345", "Oppholdskort: [NATIONAL_ID]"),
            ("Aufenthaltstitel Nr. Y 4409122", "Aufenthaltstitel Nr. [NATIONAL_ID]"),
            ("pasnr. EK 553120", "pasnr. [NATIONAL_ID]"),
            ("UDI-nummer 201733442190", "UDI-nummer [NATIONAL_ID]"),
            ("ПЕСЕЛЬ 440 514 013 59", "ПЕСЕЛЬ [NATIONAL_ID]"),
        ])
        // The card word alone does not make a room number or a year an ID.
        #expect(redactor.redact("karta pobytu od 2023") == "karta pobytu od 2023")
    }

    @Test func floorsAsPolishGermanAndUkrainianWriteThem() {
        expectRedacted([
            ("mieszka ul. Polna 8, II piętro, obok sklepu", "mieszka [ADDRESS], obok sklepu"),
            ("Wohnt Lindenweg 12, 1. OG rechts, 04109 Leipzig", "Wohnt [ADDRESS]"),
            ("вул. Садова 3, поверх 5, кв. 12", "[ADDRESS]"),
            ("Anschrift: Gartenstraße 9/III, 10115 Berlin", "Anschrift: [ADDRESS]"),
            ("Adresse Ringstraße 4, bei Schulz, 76133 Karlsruhe", "Adresse [ADDRESS]"),
        ])
        // A floor alone is no address.
        #expect(redactor.redact("Kurs im 2. OG links") == "Kurs im 2. OG links")
    }

    @Test func aHousingCentreWithARoomAndNoStreet() {
        expectRedacted([
            ("Hun bor på Fjell asylmottak, rom 208 nå", "Hun bor på [ADDRESS] nå"),
            ("Erstaufnahmeeinrichtung Suhl, Haus 2, Zimmer 14", "[ADDRESS]"),
            ("Sogndal studentby, bygg 4, rom 12", "[ADDRESS]"),
            ("Hostel Zorza, pokój 17", "[ADDRESS]"),
            ("Ośrodek dla uchodźców Linin, pok. 4", "[ADDRESS]"),
            ("Mottak: Eagle Hostel, Block B room 12, Cork", "Mottak: [ADDRESS]"),
            ("mieszka w MOPS przy ul. Lipowej 3, pok. 2", "mieszka w [ADDRESS]"),
            ("wohnt im Heim bei Hauptstraße 5", "wohnt im [ADDRESS]"),
        ])
        expectRedacted([
            ("Adresse: Nordby gård, Kirkeveien 12, 2100 Skarnes", "Adresse: [ADDRESS]"),
            ("Hof Berger, Dorfstraße 3, 94051 Hauzenberg", "[ADDRESS]"),
            ("Gospodarstwo Nowak, ul. Polna 2, 26-600 Radom", "[ADDRESS]"),
        ])
        // A meeting room in a school or a centre is no home.
        #expect(redactor.redact("Kurs in der Volkshochschule Mitte, Zimmer 214") == "Kurs in der Volkshochschule Mitte, Zimmer 214")
        #expect(redactor.redact("Community Centre, room 4 at 10:00") == "Community Centre, room 4 at 10:00")
    }

    @Test func aStreetWordAfterTheStreetsNameOrADirection() {
        expectRedacted([
            ("adresa: Lesi Ukrainky bulv. 14, kv. 3", "adresa: [ADDRESS]"),
            ("Adresse: Odessa, wul. Deribasiwska 12", "Adresse: [ADDRESS]"),
            ("lives at Leeson Street Upper 22", "lives at [ADDRESS]"),
        ])
    }

    @Test func aBirthDateWrittenAgainWithDayAndMonthExchanged() {
        expectRedacted([
            ("DOB 04/09/1985, the US form has 09/04/1985", "DOB [DATE], the US form has [DATE]"),
            ("født 03.11.1970, men i papirene står 11.03.1970", "født [DATE], men i papirene står [DATE]"),
            ("ur. 05.07.1992, w paszporcie 07.05.1992", "ur. [DATE], w paszporcie [DATE]"),
        ])
        // Another date with the same numbers in another year, and a day above 12, stay.
        // (In the next sentence: a birth heading governs every full date of its own sentence.)
        #expect(redactor.redact("DOB 04/09/1985. Next session 09/04/2025.") == "DOB [DATE]. Next session 09/04/2025.")
        #expect(redactor.redact("DOB 24/09/1985. Invoice 09/24/1985 hm") == "DOB [DATE]. Invoice 09/24/1985 hm")
    }

    @Test func shortAreaCodesAndTrunkZerosApart() {
        expectRedacted([
            ("Office (01) 676 1234 weekdays", "Office [PHONE] weekdays"),
            ("ring me on 021 455 6677", "ring me on [PHONE]"),
            ("Tel. 0 44 235 67 89", "Tel. [PHONE]"),
            ("tlf 0 22 33 44 55 kveld", "tlf [PHONE] kveld"),
            ("zadzwoń: 0 58 123 45 67", "zadzwoń: [PHONE]"),
        ])
        // Without a cue or brackets, spaced numbers starting with 0 stay (scores, codes).
        #expect(redactor.redact("Ergebnis 0 12 345 67 am Ende") == "Ergebnis 0 12 345 67 am Ende")
    }
}
