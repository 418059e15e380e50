import Testing
@testable import CSRReport

/// Round 8 of issue 7: names of people who are not users. Surnames known by their suffix,
/// pet names made from common first names, and a word explained in brackets by an age or a
/// relation. My own sentences and names (none from a corpus), in the five languages, each rule
/// with the places where it must not fire.
@Suite struct RedactionRound8Names {
    private let redactor = Redactor(names: NameDictionary(names: ["Ingrid Aas", "Tomasz Lis"]))
    private let plain = Redactor()

    private func expectRedacted(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (text, expected) in cases {
            #expect(redactor.redact(text) == expected, "\(text)", sourceLocation: sourceLocation)
            #expect(plain.redact(text) == expected, "no dictionary: \(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func surnamesKnownByTheirSuffix() {
        expectRedacted([
            ("Marchenko called twice about the form.", "[NAME] called twice about the form."),
            ("Ostapchuk ringte i går om skjemaet.", "[NAME] ringte i går om skjemaet."),
            ("Левченко обіцяв принести документи.", "[NAME] обіцяв принести документи."),
            ("Lewandowska z urzędu pracy odpisała wczoraj.", "[NAME] z urzędu pracy odpisała wczoraj."),
            ("Gestern hat Bondarenko wieder angerufen.", "Gestern hat [NAME] wieder angerufen."),
            ("Torgersen fra skolen sendte en lapp.", "[NAME] fra skolen sendte en lapp."),
            ("Мартинюк знову забув ключі.", "[NAME] знову забув ключі."),
            // Across one line break, the surname completes the first name before it.
            ("Please call Iryna\nMelnychuk back today.", "Please call [NAME] back today."),
        ])
    }

    @Test func wordsWithSurnameSuffixesThatAreWords() {
        expectRedacted([
            ("Polska to duży kraj.", "Polska to duży kraj."),
            ("Wrocławska drużyna wygrała w piątek.", "Wrocławska drużyna wygrała w piątek."),
            ("Mieszkamy teraz na Grochowska, blisko parku.", "Mieszkamy teraz na Grochowska, blisko parku."),
            ("Vi sto lenge i kø ved Grefsen-krysset.", "Vi sto lenge i kø ved Grefsen-krysset."),
            ("Українська мова складна, але гарна.", "Українська мова складна, але гарна."),
            ("Bussen kom ikke i dag.", "Bussen kom ikke i dag."),
            ("Krakowska policja szuka świadków.", "Krakowska policja szuka świadków."),
            ("Харківська школа прийняла дітей.", "Харківська школа прийняла дітей."),
            ("Essen war lecker, alle waren satt.", "Essen war lecker, alle waren satt."),
            ("We studied the Slavonic languages and the Baltic ones.", "We studied the Slavonic languages and the Baltic ones."),
        ])
    }

    @Test func petNamesOfCommonFirstNames() {
        expectRedacted([
            ("Oksanka read the whole story aloud.", "[NAME] read the whole story aloud."),
            ("Heute hat Tarasyk ein Bild gemalt.", "Heute hat [NAME] ein Bild gemalt."),
            ("Мама привела Тарасика о дев'ятій.", "Мама привела [NAME] о дев'ятій."),
            ("Vi lekte med Ivanko og søsteren hans.", "Vi lekte med [NAME] og søsteren hans."),
            ("Na zajęciach była też Oleńka.", "Na zajęciach była też [NAME]."),
        ])
    }

    @Test func wordsThatLookLikePetNames() {
        expectRedacted([
            ("Die Polka ist ein alter Tanz.", "Die Polka ist ein alter Tanz."),
            ("Marka tego telefonu jest nieznana.", "Marka tego telefonu jest nieznana."),
            ("We wrote a tanka and a haiku.", "We wrote a tanka and a haiku."),
            // First in a sentence only the nominative: a plural there is a feast named after a saint.
            ("Katarzynki: wróżby i pierniki.", "Katarzynki: wróżby i pierniki."),
        ])
    }

    @Test func peopleExplainedInBrackets() {
        expectRedacted([
            ("Zorian (7) und Mariam (4) waren heute da.", "[NAME] (7) und [NAME] (4) waren heute da."),
            ("Lior (his nephew) helped with the shopping.", "[NAME] (his nephew) helped with the shopping."),
            ("Всеволод (син Олени) теж прийшов.", "[NAME] (син [NAME]) теж прийшов."),
            ("Amund (9 år) begynner på skolen i august.", "[NAME] (9 år) begynner på skolen i august."),
            ("Przyszedł też Dobromir (brat Kasi).", "Przyszedł też [NAME] (brat [NAME])."),
        ])
    }

    @Test func numbersAndNotesInBracketsAfterWords() {
        expectRedacted([
            ("Kapittel (3) var vanskelig.", "Kapittel (3) var vanskelig."),
            ("The room (12) was cold again.", "The room (12) was cold again."),
            ("Das Modul (2) ist schwer.", "Das Modul (2) ist schwer."),
            ("Homework (for my daughter) is hard.", "Homework (for my daughter) is hard."),
        ])
    }

    @Test func childrensNamesOfTheLastDecades() {
        expectRedacted([
            ("The twins Solomia and Makar start school in August.", "The twins [NAME] and [NAME] start school in August."),
            ("Wczoraj Zuzanna pomogła Nikodemowi z zadaniem.", "Wczoraj [NAME] pomogła [NAME] z zadaniem."),
            ("Hedda og Vetle var med på turen i dag.", "[NAME] og [NAME] var med på turen i dag."),
            ("Heute haben Leni und Moritz zusammen gespielt.", "Heute haben [NAME] und [NAME] zusammen gespielt."),
            ("Вчора Злата і Тимур малювали разом.", "Вчора [NAME] і [NAME] малювали разом."),
        ])
    }

    @Test func wordsThatAreDeclinedNamesElsewhere() {
        expectRedacted([
            // German declines no names: "Linie" is the line, not a case form of Lina.
            ("Die Linie 5 fährt heute nicht.", "Die Linie 5 fährt heute nicht."),
            ("Nimm die Tram, Linie 12 bis zum Markt.", "Nimm die Tram, Linie 12 bis zum Markt."),
        ])
    }

    @Test func wordsOfOneScriptOrSpellingAreNoNamesOfAnother() {
        expectRedacted([
            // "Надія" (hope) and "Wiktoria" (victory) are words; "Nadiia" and "Viktoriia" are not.
            ("Nadiia hat heute ihr Zeugnis mitgebracht.", "[NAME] hat heute ihr Zeugnis mitgebracht."),
            ("Etter timen snakket jeg med Nadiia om jobb.", "Etter timen snakket jeg med [NAME] om jobb."),
            ("Kontaktperson:\nViktoriia Hnatenko", "Kontaktperson:\n[NAME]"),
            ("Надія є завжди.", "Надія є завжди."),
        ])
        #expect(plain.redact("Wiktoria nad Niemcami była wielka.") == "Wiktoria nad Niemcami była wielka.")
        // Also when a user is called Надія: the Latin spelling is a name, not her everyday word.
        let withNadiia = Redactor(names: NameDictionary(names: ["Надія Коваль"]))
        #expect(withNadiia.redact("Nadiia hat heute ihr Zeugnis mitgebracht.") == "[NAME] hat heute ihr Zeugnis mitgebracht.")
        #expect(withNadiia.redact("Надія є завжди.") == "Надія є завжди.")
        // Ukrainian in Latin letters keeps its words, whatever language its nouns suggest.
        #expect(withNadiia.redact("dyakuiu za Arbeitsamt, teper vse yasno. Nadiia ye zavzhdy.") == "dyakuiu za Arbeitsamt, teper vse yasno. Nadiia ye zavzhdy.")
    }

    @Test func surnamesThatAreAlsoTowns() {
        // A place with a surname's shape stays a place.
        expectRedacted([
            ("Wir fahren morgen nach Oberhausen.", "Wir fahren morgen nach Oberhausen."),
            ("Oberhausen hat ein großes Einkaufszentrum.", "Oberhausen hat ein großes Einkaufszentrum."),
        ])
    }

    @Test func lowerCaseFirstNamesAfterThanks() {
        expectRedacted([
            ("Dzięki zosi i kubie za pomoc w sobotę!", "Dzięki [NAME] i [NAME] za pomoc w sobotę!"),
            ("Takk til ingrid for kaka i går.", "Takk til [NAME] for kaka i går."),
            ("Thanks to oksana for the lift home.", "Thanks to [NAME] for the lift home."),
            // An ordinary word after thanks stays.
            ("Dzięki temu wszystko poszło szybko.", "Dzięki temu wszystko poszło szybko."),
            ("Thanks to everyone for coming.", "Thanks to everyone for coming."),
            ("Danke an alle, bis Montag.", "Danke an alle, bis Montag."),
        ])
    }

    @Test func placesThatAreCommonFirstNames() {
        // The GeoNames towns called Dasha or Wolodymyr are the names in a note.
        expectRedacted([
            ("Dasha joined us for the last ten minutes.", "[NAME] joined us for the last ten minutes."),
            ("Wolodymyr hat heute angerufen.", "[NAME] hat heute angerufen."),
        ])
    }
}
