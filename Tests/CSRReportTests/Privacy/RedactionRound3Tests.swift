import Testing
@testable import CSRReport

/// Round 3 of issue 7: one test per mechanism, from my own examples (never from holdout-2).
@Suite struct OverRedactionRound3 {
    private let redactor = Redactor(names: NameDictionary(names: ["Sebastian Hoffmann", "Anna Kowalska"]))

    @Test func organisationsOfOrdinaryWordsInNorwegianPolishAndUkrainian() {
        for text in [
            "Mye snakk om Kommunen og Husbanken denne gangen.",
            "Barnehagen ringte om Foreldremøtet neste uke.",   // a compound of an ordinary word
            "Następne spotkanie w poniedziałek w Miejskiej Bibliotece Publicznej.",
            "Pytała o Narodowy Fundusz Zdrowia i ubezpieczenie.",
            "Dostała list z Zakładu Ubezpieczeń Społecznych i nie rozumiała go.",   // "z" + genitive is "from"
            "Домашнє завдання: прочитати статтю з Української Правди.",
            "Дуже корисно. Говорили про Конституцію та Верховну Раду.",
        ] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
    }

    @Test func personsAreStillFoundBesideTheseRules() {
        #expect(redactor.redact("Wczoraj rozmawiałam z Tomaszem Nowakiem o pracy.") == "Wczoraj rozmawiałam z [NAME] o pracy.")
        #expect(redactor.redact("Вчора ми говорили з Оленою Ткаченко про роботу.") == "Вчора ми говорили з [NAME] про роботу.")
        #expect(redactor.redact("Vi snakket med Kari Nordmann i går.") == "Vi snakket med [NAME] i går.")
    }

    @Test func placesOfSeveralWordsAfterAPlacePreposition() {
        #expect(redactor.redact("Sunday hike to Mount Fløyen with the whole group.") == "Sunday hike to Mount Fløyen with the whole group.")
        #expect(redactor.redact("Poszliśmy na spacer do Łazienek Królewskich całą grupą.") == "Poszliśmy na spacer do Łazienek Królewskich całą grupą.")
        #expect(redactor.redact("Wir sind mit der Gruppe zum Tempelhofer Feld gegangen.") == "Wir sind mit der Gruppe zum Tempelhofer Feld gegangen.")
    }

    @Test func aTopicAfterAboutIsNoPerson() {
        #expect(redactor.redact("Lekser: lese artikkelen i Aftenposten om Stortinget.") == "Lekser: lese artikkelen i Aftenposten om Stortinget.")
        #expect(redactor.redact("Rozmawialiśmy o Bożym Narodzeniu i tradycjach.") == "Rozmawialiśmy o Bożym Narodzeniu i tradycjach.")
    }

    @Test func britishSpellingsAreOrdinaryEnglish() {
        #expect(OrdinaryWords.isEnglish("labour") && OrdinaryWords.isEnglish("centre") && OrdinaryWords.isEnglish("organised"))
        #expect(!OrdinaryWords.isEnglish("jonathan"))
        #expect(redactor.redact("Spring Festival at the Community Centre was a big success.") == "Spring Festival at the Community Centre was a big success.")
    }

    @Test func shopsAndBrandsAreNoNames() {
        #expect(redactor.redact("Er arbeitet jetzt bei Lidl und ist zufrieden.") == "Er arbeitet jetzt bei Lidl und ist zufrieden.")
        #expect(redactor.redact("Pracuje teraz w Biedronce, a wcześniej w Żabce.") == "Pracuje teraz w Biedronce, a wcześniej w Żabce.")
    }

    @Test func languageGuessUsesTheWordLists() {
        let norwegian = WordTokeniser.tokens(in: ScannedText("Lekser: lese artikkelen i Aftenposten om Stortinget."))
        let german = WordTokeniser.tokens(in: ScannedText("Niveau B1 erreicht; Durchschnitt 0.46 in 36 Sitzungen."))
        let polish = WordTokeniser.tokens(in: ScannedText("Zadanie domowe: przeczytać artykuł z gazety."))
        #expect(TextLanguage.guess(norwegian) == .norwegian)
        #expect(TextLanguage.guess(german) == .german)
        #expect(TextLanguage.guess(polish) == .polish)
    }

    @Test func aContactFieldIsNoItemOfAListOfPeople() {
        #expect(redactor.redact("Ansprechpartner beim Sozialamt: Renate Brandstätter, Tel. 0151 2345 6789") == "Ansprechpartner beim Sozialamt: [NAME], Tel. [PHONE]")
    }
}
