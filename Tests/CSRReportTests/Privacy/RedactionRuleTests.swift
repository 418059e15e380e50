import Testing
@testable import CSRReport

/// The rules added after the blind holdout measurement (docs/privacy.md): names after role
/// words, more phone shapes, scheme-less URLs, addresses without a street word, more birth
/// phrases, Ukrainian vocative and lower-case forms, and surnames that are everyday nouns.
@Suite struct RedactionRuleTests {
    let redactor = Redactor(names: NameDictionary(names: ["Oksana", "Taras", "Berg", "Strøm", "Baker", "Ingrid"]))

    func found(_ text: String) -> [String] {
        redactor.matches(in: text).map { "\($0.kind.rawValue):\(text[$0.range])" }
    }

    func names(_ text: String) -> [String] {
        redactor.matches(in: text).filter { $0.kind == .name }.map { String(text[$0.range]) }
    }

    @Test func namesAfterRoleWords() {
        #expect(names("Our interpreter Mirela Dragomir was patient.") == ["Mirela Dragomir"])
        #expect(names("Landlord Osgood Pemberton fixed the heater.") == ["Osgood Pemberton"])
        #expect(names("Prof. Cornelius Vandermeer signed it.") == ["Prof. Cornelius Vandermeer"])
        #expect(names("Rektoren vår, Gunnhild Årdal, var med.") == ["Gunnhild Årdal"])
        #expect(names("Tolken Eskil Brønstad kom for sent.") == ["Eskil Brønstad"])
        #expect(names("Unsere Sachbearbeiterin Karl-Heinz Wöllner ist nett.") == ["Karl-Heinz Wöllner"])
        #expect(names("Lekarka Bożena Szczepanik przyjęła nas.") == ["Bożena Szczepanik"])
        #expect(names("Dziękuję naszej nauczycielce Jadwidze Grabowskiej.") == ["Jadwidze Grabowskiej"])
        #expect(names("Наш перекладач Богдан Стецюк допоміг.") == ["Богдан Стецюк"])
    }

    @Test func roleWithOrganisationOrOtherWordsBeforeTheName() {
        #expect(names("Rådgiver hos Husbanken: Eldbjørg Tveit.") == ["Eldbjørg Tveit"])
        #expect(names("Betreuer vom Jugendamt – Gernot Pfeiffer.") == ["Gernot Pfeiffer"])
        #expect(names("Координатор у Caritas: Мирослава Дячук.") == ["Мирослава Дячук"])
        #expect(names("Mentor feedback: Florentyna Wasik joined.") == ["Florentyna Wasik"])
        #expect(names("Kind: Emilian Dobrev, Klasse 3.") == ["Emilian Dobrev"])
    }

    @Test func roleWordsDoNotTakeOrdinaryWords() {
        #expect(names("Mein Lehrer Deutschkurs-Leitung hat Zeit.") == [])
        #expect(names("Der Ansprechpartner beim Wohnungsamt hilft.") == [])
        #expect(names("My teacher. Unfortunately she was ill.") == [])
        #expect(names("The doctor in Oslo, Monday at ten.") == [])
        #expect(names("Lehrer Beratung und Lehrer Hilfe.") == [])
        #expect(names("Kind regards from the team") == [])
    }

    @Test(arguments: ["030/5512340", "(040) 41 22 33", "9123 4567", "4712 3456", "1-415-555-0199", "+1 (415) 555-0199"])
    func morePhoneShapes(_ phone: String) {
        #expect(found("Nummer \(phone) i dag.") == ["phone:\(phone)"])
    }

    @Test func fourPlusFourNeedsAMobilePrefixOrACue() {
        #expect(found("Periode 2019 2020 og 2023 2024.") == [])
        #expect(found("Ordre 3456 7890 sendt.") == [])
        #expect(found("Ring meg på 3456 7890.") == ["phone:3456 7890"])
    }

    @Test func urlsWithoutScheme() {
        #expect(found("Profil: github.com/jdoe-builds, ellers ingenting.") == ["url:github.com/jdoe-builds"])
        #expect(found("See linkedin.com/in/someone-else.") == ["url:linkedin.com/in/someone-else"])
        #expect(found("Bare example.com, and/or 2024/2025, km/h.") == [])
        let withName = Redactor(names: NameDictionary(names: ["Taras"]))
        #expect(withName.matches(in: "facebook.com/taras.test").map(\.kind) == [.url])
    }

    @Test func addressesWithoutAStreetWordNeedAPostcode() {
        #expect(found("Neu: Unter den Linden 12, 10117 Berlin.") == ["address:Unter den Linden 12, 10117 Berlin"])
        #expect(found("Am Markt 6a ist heute zu.") == [])
        #expect(found("Kapitel 4, 2024 Bericht") == [])
        #expect(found("Flat 3B, 14 Rose Street, Glasgow G2 4JR") == ["address:Flat 3B, 14 Rose Street, Glasgow G2 4JR"])
        #expect(found("просп. Науки, 14, Львів, 79000") == ["address:просп. Науки, 14, Львів, 79000"])
    }

    @Test func moreBirthPhrases() {
        #expect(found("Urodziłem się 1999-04-17 w Lublinie.") == ["dateOfBirth:1999-04-17"])
        #expect(found("Er wurde am 4. Juni 1988 in Odessa geboren.") == ["dateOfBirth:4. Juni 1988"])
        #expect(found("Ich wurde am 04.06.1988 in Odessa geboren.") == ["dateOfBirth:04.06.1988"])
        #expect(found("Сесія 12.05.2024 була чудова.") == [])
    }

    @Test func ukrainianVocativeAndLowerCaseCases() {
        #expect(names("Дякую, Оксано!") == ["Оксано"])
        #expect(names("говорила з тарасом учора") == ["тарасом"])
        #expect(names("говорила з оксаною") == ["оксаною"])
    }

    @Test func surnamesThatAreEverydayNouns() {
        #expect(names("Vi hadde ikke strøm hele dagen.") == [])
        #expect(names("Wir sind auf den Berg gestiegen.") == [])
        #expect(names("Heute war Berg nicht da.") == ["Berg"])
        #expect(names("Ingrid Strøm kom.") == ["Ingrid Strøm"])
        #expect(names("The baker sold bread.") == [])
    }
}
