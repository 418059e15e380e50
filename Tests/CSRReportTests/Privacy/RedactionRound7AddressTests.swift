import Testing
@testable import CSRReport

/// Round 7 of issue 7: addresses, cards, handles and phones as new writers wrote them (dev-9,
/// dev-10), sorted into classes and written here in my own sentences in en, de, nb, pl and uk
/// (docs/privacy.md, "Round 7: addresses, cards, handles and phones"). One test per rule, each
/// with what it must leave alone.
@Suite struct RedactionRound7Addresses {
    private let redactor = Redactor(names: NameDictionary(names: ["Anna Kowalska", "Olena Petrenko"]))

    private func expectRedacted(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (text, expected) in cases {
            #expect(redactor.redact(text) == expected, "\(text)", sourceLocation: sourceLocation)
        }
    }

    private func expectUnchanged(_ texts: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for text in texts {
            #expect(redactor.redact(text) == text, "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func theAddresseeOfACareOfLineIsANameOfItsOwn() {
        // (The name recogniser takes a title into its name: "Mrs Joan Byrne".)
        expectRedacted([
            ("Send it c/o Mrs Joan Byrne, 12 Oak Road, Leeds LS6 3DP please", "Send it c/o [NAME], [ADDRESS] please"),
            ("Post bitte c/o Familie Lange, Lindenstraße 5, 10115 Berlin schicken", "Post bitte c/o Familie [NAME], [ADDRESS] schicken"),
            ("adresse c/o Kari Nordmann, Storgata 12, 0155 Oslo til mars", "adresse c/o [NAME], [ADDRESS] til mars"),
            ("listy c/o pani Ewa Nowak, ul. Długa 5, 00-238 Warszawa", "listy c/o [NAME], [ADDRESS]"),
            // An organisation, or a bare surname on the letterbox, stays in the address.
            ("c/o Caritas, Mühlenweg 22, 50667 Köln", "[ADDRESS]"),
            ("c/o Røde Kors, Hausmanns gate 7, 0186 Oslo", "[ADDRESS]"),
            ("c/o Hansen, Storgata 33, 3611 Kongsberg", "[ADDRESS]"),
        ])
    }

    @Test func theBuildingOrShelterBeforeTheStreet() {
        expectRedacted([
            ("We live at Hotel Seaview, 4 Marine Parade, Brighton BN2 1TL now", "We live at [ADDRESS] now"),
            ("Sie wohnt im Wohnheim Sonnenhof, Gartenweg 3, 79098 Freiburg.", "Sie wohnt im [ADDRESS]."),
            ("Vi bor på Lindeberg mottak, Lindebergveien 20, 1071 Oslo.", "Vi bor på [ADDRESS]."),
            ("Mieszkam w Bursa Szkolna, ul. Lipowa 3, 20-020 Lublin.", "Mieszkam w [ADDRESS]."),
            ("Живу тут: гуртожиток «Дніпро», вул. Січова 5, кімната 12. Добре", "Живу тут: [ADDRESS]. Добре"),
            ("Notunterkunft Messe, Halle 3, Platz 27, Messedamm 22, 14055 Berlin", "[ADDRESS]"),
            ("Room 12, Rose Court, 5 Mill Lane, Bath BA1 1AA", "[ADDRESS]"),
            ("Zimmer 4, Haus Linde, Bergstraße 2, 69120 Heidelberg", "[ADDRESS]"),
            ("Bor i Fantoft studentby, hus 3, rom 114, Fantoftvegen 14, 5075 Bergen", "Bor i [ADDRESS]"),
        ])
        // No street after it: the building is a place.
        expectUnchanged(["We met at the Hotel Seaview, 4 of us came.", "Bor på asylmottak, 3 av oss er der."])
    }

    @Test func aFloorBeforeTheStreet() {
        expectRedacted([
            ("Flat 2, 1st floor, 14 King Street, Leeds LS1 2HL", "[ADDRESS]"),
            ("3. etasje, Storgata 5, 0155 Oslo", "[ADDRESS]"),
            ("2. OG, Lindenstraße 4, 10115 Berlin", "[ADDRESS]"),
        ])
    }

    @Test func flatsBuildingsAndFloorsAfterTheStreet() {
        expectRedacted([
            ("adresa: vul. Franka 3, bud. 2, kv. 5, 79000, dyakuyu", "adresa: [ADDRESS], dyakuyu"),
            ("adres: ul. Lipowa 5 kl. A m. 3, 20-020 Lublin.", "adres: [ADDRESS]."),
            ("ul. Polna 4, p. 3, 20-020 Lublin", "[ADDRESS]"),
            ("Bergstraße 4, EG rechts, 69120 Heidelberg", "[ADDRESS]"),
            ("Lindenallee 3, WG 4, 28195 Bremen", "[ADDRESS]"),
            ("Anschrift: Kantstraße 9, Zi. 3.14, 10623 Berlin", "Anschrift: [ADDRESS]"),
        ])
    }

    @Test func aRoomAfterTheTownIsNoLongerTheAddress() {
        expectRedacted([
            ("Storgata 5, 0155 Oslo, rom 12.", "[ADDRESS], rom 12."),
            ("ul. Lipowa 4, 20-020 Lublin, pokój 7", "[ADDRESS], pokój 7"),
            ("Hauptstraße 5, 10115 Berlin, 2. OG", "[ADDRESS], 2. OG"),
            ("12 Parnell Street, Dublin 1, room 4", "[ADDRESS], room 4"),
        ])
    }

    @Test func aFlatInANamedBuildingWithoutAStreetNumber() {
        expectRedacted([
            ("Flat 2, Rose Court, Clontarf, Dublin 3.", "[ADDRESS]."),
            ("Room 5, Ashfield House, Leeds LS6 3DP", "[ADDRESS]"),
            ("Bed 4, Unit 2, Hazel Lodge, Mullingar, Co. Westmeath – thanks", "[ADDRESS] – thanks"),
        ])
        expectUnchanged(["Room 5, Building C, at the university.", "Unit 3, Lesson 4, Workbook, page 12"])
    }

    @Test func aLivingWordThenANameAndNumber() {
        expectRedacted([
            ("Sie wohnt Am Mühlberg 4a, gleich neben der Schule.", "Sie wohnt [ADDRESS], gleich neben der Schule."),
            ("She lives at Rosemount 12 with her aunt", "She lives at [ADDRESS] with her aunt"),
            ("Han bor på Grefsenkollen 4 nå", "Han bor på [ADDRESS] nå"),
            ("Mieszka przy Rynek Kleparski 5 od maja", "Mieszka przy [ADDRESS] od maja"),
            ("адреса: Соборна 12, Рівне", "адреса: [ADDRESS]"),
        ])
        expectUnchanged([
            "Sie wohnt seit 2019 in Berlin.",
            "Er wohnt Am Wochenende 2 Tage bei uns.",
            "Han bor på Hamar 3 år nå.",
            "She lives at Room 5 this week.",
            "Mieszka przy Rynku 2 lata.",
            "We stay at Premier Inn 3 nights.",
        ])
    }

    @Test func textbookAddressesStay() {
        expectUnchanged([
            "Beispiel: Musterstraße 1, 12345 Musterstadt",
            "Skriv slik: Eksempelveien 1, 0000 Oslo",
            "np. ul. Przykładowa 5, 00-000 Warszawa",
            "e.g. 1 Example Street, Sampletown AB1 2CD",
        ])
        // One made-up part alone is not enough: "Musterstraße" is also a real street.
        expectRedacted([("Musterstraße 12, 10115 Berlin", "[ADDRESS]")])
    }

    @Test func townsAfterTheAddress() {
        expectRedacted([
            // a town on the next line is the whole line
            ("Adresse: Lindenweg 6, 40470 Düsseldorf\nHandy: 0176 4418 2290", "Adresse: [ADDRESS]\nHandy: [PHONE]"),
            ("Adresse: Lindenweg 6\nDüsseldorf\n40470", "Adresse: [ADDRESS]"),
            // a town of two words after "m.", and the region's dot
            ("vul. Sadova 12, m. Bila Tserkva, Kyivska obl.", "[ADDRESS]"),
            ("вул. Миру 4, м. Кривий Ріг, Дніпропетровська обл. — тут", "[ADDRESS] — тут"),
            ("We live at 14 Elm Grove, Dublin 6W.", "We live at [ADDRESS]."),
            ("Vi bor i Nedre torg 5, 3015 Drammen.", "Vi bor i [ADDRESS]."),
        ])
    }

    @Test func cardsInBracketsAndWithDots() {
        expectRedacted([
            ("the number (4111 1111 1111 1111) is hers", "the number ([CARD]) is hers"),
            ("Karte (4111-1111-1111-1111)", "Karte ([CARD])"),
            ("номер картки: 4111.1111.1111.1111 — дякую", "номер картки: [CARD] — дякую"),
            ("call (212) 555-0123", "call [PHONE]"),
        ])
        // Luhn still decides.
        expectUnchanged(["kod (4111 1111 1111 1112)", "ref 4111.1111.1111.1112"])
    }

    @Test func handlesAfterTheirApp() {
        expectRedacted([
            ("snapchat katia_nor23, skriv til meg", "snapchat [HANDLE], skriv til meg"),
            ("albo discord dasha_ua#4471", "albo discord [HANDLE]"),
            ("mein Instagram ist lena.k_01 :)", "mein Instagram ist [HANDLE] :)"),
            ("min snap er ola_99", "min snap er [HANDLE]"),
            ("mój instagram: kasiak", "mój instagram: [HANDLE]"),
            ("мій телеграм: olena_k", "мій телеграм: [HANDLE]"),
        ])
        expectUnchanged(["I saw it on Instagram today.", "snapchat yesterday was fun", "auf Instagram gesehen", "see my insta.Then", "telegram 2 days ago"])
    }

    @Test func phonesTypedDigitByDigit() {
        expectRedacted([
            ("moj tel +48 6 0 1 2 2 4 8 9 3 albo", "moj tel [PHONE] albo"),
            ("tlf 4 1 2 3 4 5 6 7", "tlf [PHONE]"),
            ("ring +47 4 1 2 3 4 5 6 7 i kveld", "ring [PHONE] i kveld"),
        ])
        expectUnchanged(["count 1 2 3 4 5 6 7 8 9 together", "Aufgabe 1 2 3 4 5 6 7"])
    }
}
