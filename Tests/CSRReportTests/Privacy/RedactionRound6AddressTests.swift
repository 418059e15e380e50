import Testing
@testable import CSRReport

/// Round 6 of issue 7, addresses: how people write them in messages in en (UK/IE), de, nb, pl
/// and uk — flats and rooms before and after the street, c/o lines, the town before or after it,
/// several lines, lower case and abbreviations (docs/privacy.md, "Round 6: addresses"). One test
/// per rule, each with the shapes it must leave alone.
@Suite struct RedactionRound6Addresses {
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

    @Test func flatsAndRoomsAfterTheNumber() {
        expectRedacted([
            ("Storgata 28, leil 402, 9008 Tromsø", "[ADDRESS]"),
            ("adresa Lindenallee 4 / Whg. 11, 04103 Leipzig, дзвінок", "adresa [ADDRESS], дзвінок"),
            ("ich wohne in Kölner Str. 17-19, App. 205, 47805 Krefeld, das ist", "ich wohne in [ADDRESS], das ist"),
            ("Anschrift: Lessingweg 9, Haus B, Wohnung 3, bitte klingeln", "Anschrift: [ADDRESS], bitte klingeln"),
            ("früher Messedamm 22, Halle 9 (Notunterkunft)", "früher [ADDRESS] (Notunterkunft)"),
            ("w hostelu przy ul. Grochowskiej 301, pok. 14. Kierowniczka", "w hostelu przy [ADDRESS]. Kierowniczka"),
            ("mieszkaju na ulica Mickiewicza 22 kwartira 7, Białystok", "mieszkaju na [ADDRESS]"),
            ("на вул. Тараса Шевченка 3, кімната 214. Познань", "на [ADDRESS]. Познань"),
            ("ich lebe jetzt Friedrichstr 120 wohnung 6 und", "ich lebe jetzt [ADDRESS] und"),
            ("Mój adres: ul kwiatowa 3 m 4 wrocław. Sorry", "Mój adres: [ADDRESS]. Sorry"),
            ("ul.Jagiellońska 8a m.21, 85-097 Bydgoszcz - aktualny", "[ADDRESS] - aktualny"),
        ])
    }

    @Test func lineBreaksAndSlashesBetweenTheParts() {
        expectRedacted([
            ("Adresse:\nBerliner Allee 56\nWhg 8\n40212 Düsseldorf", "Adresse:\n[ADDRESS]"),
            ("Family is now at\n27 Wellington Terrace\nBristol\nBS8 4LX\nKids start Monday.", "Family is now at\n[ADDRESS]\nKids start Monday."),
            ("Eichendorffstr. 4 // 2. Etage // 01099 Dresden – so", "[ADDRESS] – so"),
            ("Musterstraße 12 · 10115 Berlin", "[ADDRESS]"),
        ])
        // A city on its own line is taken only when a postcode line follows.
        #expect(redactor.redact("12 Hill Road\nThanks\nsee you") == "[ADDRESS]\nThanks\nsee you")
    }

    @Test func flatsAndCareOfBeforeTheStreet() {
        expectRedacted([
            ("new address: Flat 4, 22 Lansdowne Road, Manchester M20 2PG - ring", "new address: [ADDRESS] - ring"),
            ("Post goes to c/o St. Anne's Parish Hall, 3 Church Lane, Kilkenny R95 E2N4 until", "Post goes to [ADDRESS] until"),
            ("Send brevet til c/o Hansen, Storgata 33, 3611 Kongsberg, de har", "Send brevet til [ADDRESS], de har"),
            ("new tenant at 2/1, 88 Dumbarton Rd, Glasgow G11 6NX is", "new tenant at [ADDRESS] is"),
            ("Pick-up: Ground floor flat, 6 Clarence Sq, Brighton BN1 2ED. Driver", "Pick-up: [ADDRESS]. Driver"),
            ("The old one (no. 7 Clanbrassil St) was a hostel.", "The old one ([ADDRESS]) was a hostel."),
            ("Übergangsweise Zimmer 7, Landsberger Allee 180, danach", "Übergangsweise [ADDRESS], danach"),
            ("Send it to Flat 3/2, 15 Cathcart St, Glasgow G5 0AB please.", "Send it to [ADDRESS] please."),
        ])
        // "leilighet i" is a flat in a street, not a flat's letter.
        #expect(redactor.redact("en leilighet i Hasleveien 22 C") == "en leilighet i [ADDRESS]")
    }

    @Test func aFlatOrNumberThenAStreetWithoutOne() {
        expectRedacted([
            ("moja adresa: Apt 6, Block C, Clonmel Street, Limerick (nomer ne pam'yataju)", "moja adresa: [ADDRESS] (nomer ne pam'yataju)"),
            ("he moved to unit 6 the maltings, athy road, carlow - need to update", "he moved to [ADDRESS] - need to update"),
            ("I think it's number 14, Fernhill Ave, near the church.", "I think it's [ADDRESS], near the church."),
        ])
        expectUnchanged([
            "We finished Unit 6 and started the road signs.",
            "unit 6 the road signs were hard",
            "Unit 5 of the course book covers road signs.",
        ])
    }

    @Test func townsBeforeTheStreet() {
        expectRedacted([
            ("Paczkę proszę wysłać na Poznań, ul. Głogowska 112/8, 60-243. Z góry", "Paczkę proszę wysłać na [ADDRESS]. Z góry"),
            ("wysłałam na Rzeszów ul Hetmańska 44 m 3 ale wróciło", "wysłałam na [ADDRESS] ale wróciło"),
            ("mieszkam na Zabłociu, ul. Lipowa 4a/12. Chcę", "mieszkam na [ADDRESS]. Chcę"),
            ("Адреса: Dublin 8, 14 Basin St Lwr. Вона", "Адреса: [ADDRESS]. Вона"),
            ("живу в Drumcondra, 28 Hollybank Rd, D09 Y6K1, якщо", "живу в [ADDRESS], якщо"),
        ])
        // A surname that is also a town does not join the address after it (the name is the
        // name recogniser's: here it is no user's, so it stays).
        #expect(redactor.redact("Mykola Shevchenko, 88 Main Street, Naas").hasSuffix(", [ADDRESS]"))
    }

    @Test func townsAfterTheStreet() {
        expectRedacted([
            ("mieszkam os. Piastów 12/5, Kraków razem z mamą", "mieszkam [ADDRESS] razem z mamą"),
            ("adres: Kirkeveien 64 H0302, Oslo (це квартира)", "adres: [ADDRESS] (це квартира)"),
            ("Addresse: Kirkegata 15 1. etg, Drammen - mangler postnummer", "Addresse: [ADDRESS] - mangler postnummer"),
            ("new place Top flat 31 Landsdown crescent bath - sorry", "new place [ADDRESS] - sorry"),
            ("sie hat ein zimmer: berger str 210 frankfurt, WG mit", "sie hat ein zimmer: [ADDRESS], WG mit"),
            ("familie wohnt karl-marx-allee 90 / wohnung 14, berlin-friedrichshain seit august", "familie wohnt [ADDRESS] seit august"),
            ("client at apt 3, 45 dorset st upper, dublin 1 since Oct.", "client at [ADDRESS] since Oct."),
        ])
        // A town from the list in lower case must end the clause or follow a comma ("from" is a
        // town somewhere).
        #expect(redactor.redact("she lives at 12 main street from May") == "she lives at [ADDRESS] from May")
    }

    @Test func postcodesOfEachCountry() {
        expectRedacted([
            ("we r at 58 rathmines road lower d06 f2k7 now", "we r at [ADDRESS] now"),
            ("wohnt in der schillerstr 5 bei meier, 04109 leipzig - bitte", "wohnt in der [ADDRESS] - bitte"),
            ("wohnt in der Bahnhofstr. 5 in 76133 Karlsruhe", "wohnt in der [ADDRESS]"),
            ("Am Sonnenhang 12, 79102 Freiburg im Breisgau.", "[ADDRESS]."),
            ("Apartment 12, The Beacon, Sandyford, Dublin 18, D18 C9X4", "[ADDRESS]"),
            ("my address is house 5, Ardnacrusha, Co Clare, V94 R6K3 she wrote", "my address is [ADDRESS] she wrote"),
        ])
    }

    @Test func streetWordsAndHouseNumbers() {
        expectRedacted([
            ("mentee bor i Pilestredet 75c så det passer", "mentee bor i [ADDRESS] så det passer"),
            ("hun bor på Marienlyst 4, 3. etg. sammen med mannen", "hun bor på [ADDRESS] sammen med mannen"),
            ("Klientin wohnt Am Kanal 7a, Zi. 12, 14467 Potsdam. Ansprechpartnerin", "Klientin wohnt [ADDRESS]. Ansprechpartnerin"),
            ("Address: 7-9 Mill Lane, Leeds LS1 4BR.", "Address: [ADDRESS]."),
            ("Ich wohne jetzt in der Friedrich-Ebert-Str. 45, Wuppertal.", "Ich wohne jetzt in der [ADDRESS]."),
            ("вул. Незалежності, 12-А, Тернопіль", "[ADDRESS]"),
            ("вул.Шевченка,10, кв.5", "[ADDRESS]"),
            ("ul. 3 Maja 15, 35-030 Rzeszów", "[ADDRESS]"),
            ("House 5, The Paddocks, Naas, Co. Kildare", "[ADDRESS]"),
            ("Hun bor i Nedre Foss 3, Oslo", "Hun bor i [ADDRESS]"),
            ("ich wohne Hauptstraße 5 (Hinterhaus), 10115 Berlin", "ich wohne [ADDRESS]"),
            // Round 7: the person a c/o line names is a name of its own (dev-9's labels).
            ("letters go care of Mary Byrne, 12 Main Street, Tralee", "letters go care of [NAME], [ADDRESS]"),
        ])
        // Lower case throughout with a postcode: the town must be a listed place.
        #expect(redactor.redact("bor i bryggen 5, 5003 bergen nå") == "bor i [ADDRESS] nå")
        expectUnchanged(["in week 5, 1200 words", "the note (urgent), 10115 copies"])
        // "Lille" (little) stands before names too: no street without a street word after it.
        #expect(!redactor.redact("Lille Marius 3 år").contains("[ADDRESS]"))
    }

    @Test func streetsWithoutANumberBeforeAPostcode() {
        expectRedacted([
            ("Rose Cottage, Mill Lane, Bury BL9 5AB", "[ADDRESS]"),
            ("The Old Rectory, Church Lane, Ashby, LE65 1AB", "[ADDRESS]"),
        ])
        #expect(!redactor.redact("We walked down Church Lane, Ashby, to the park.").contains("[ADDRESS]"))
    }

    @Test func ukrainianHousesAndVillages() {
        expectRedacted([
            ("вулиця Шевченка, будинок 12, квартира 3", "[ADDRESS]"),
            ("м. Київ, пр. Перемоги, 37", "[ADDRESS]"),
            // Round 7: the region keeps its abbreviation's dot.
            ("vul. Sadova 5, s. Petrivka, Kyivska obl.", "[ADDRESS]"),
        ])
    }

    @Test func landmarksAndRoomsStay() {
        expectUnchanged([
            "Meet near the Hauptbahnhof at 5.",
            "Treffpunkt am Alexanderplatz, 3 Min vom Bahnhof.",
            "Room 12, 2nd floor, is booked.",
            "Rom 212, 2. etg er booket.",
            "Zimmer 214, 2. OG.",
            "Møtet er flyttet til rom 3045, andre etasje.",
            "ESOL Entry 3 Unit 4 is on Quizlet.",
            "Level 3 students read 20 pages.",
            "We read 3 pages, Co. Cork was mentioned.",
            "Spotkanie o 17:00 w Empiku na Nowym Świecie.",
            "Seite 12, Absatz 3, 10115 Zeichen.",
            "It's number 3, the big one, near Park Road.",
        ])
        // A Polish street with a time after it is the street alone (a partial address, as before).
        #expect(redactor.redact("Spotkanie przy ul. Marszałkowskiej o 17:00.") == "Spotkanie przy [ADDRESS] o 17:00.")
    }
}
