import Testing
@testable import CSRReport

/// One test per context rule for names of people who are not users (`NameContext.swift`),
/// written from the classes issue 7 names, not from any corpus's texts. No name here is in the
/// dictionary except where said.
@Suite struct NameContextTests {
    private let redactor = Redactor(names: NameDictionary(names: ["Anna"]))

    @Test func afterAVerbOfMeetingOrAddress() {
        #expect(redactor.redact("Ich traf Jonas im Park.") == "Ich traf [NAME] im Park.")
        #expect(redactor.redact("Potem spotkałam Zosię przy szkole.") == "Potem spotkałam [NAME] przy szkole.")
        #expect(redactor.redact("Ich habe mit der Lehrerin gesprochen.") == "Ich habe mit der Lehrerin gesprochen.")
    }

    @Test func beforeAVerbOfSpeechEvenFirstInTheSentence() {
        #expect(redactor.redact("Ingrid sagte, dass es gut war.") == "[NAME] sagte, dass es gut war.")
        #expect(redactor.redact("Тарас сказав, що прийде.") == "[NAME] сказав, що прийде.")
        #expect(redactor.redact("Niemand sagte etwas.") == "Niemand sagte etwas.")
        #expect(redactor.redact("Ona powiedziała, że przyjdzie.") == "Ona powiedziała, że przyjdzie.")
    }

    @Test func instrumentalAfterWithInPolishAndUkrainian() {
        #expect(redactor.redact("Wczoraj byłam z Anią i z Tomkiem w kinie.") == "Wczoraj byłam z [NAME] i z [NAME] w kinie.")
        #expect(redactor.redact("Ми гуляли з Оленою.") == "Ми гуляли з [NAME].")
        #expect(redactor.redact("Przyjechałam z Polski w maju.") == "Przyjechałam z Polski w maju.")
    }

    @Test func possessiveS() {
        #expect(redactor.redact("Tomasz's mum called.") == "[NAME]'s mum called.")
        #expect(redactor.redact("Everyone's work got better.") == "Everyone's work got better.")
    }

    @Test func twoCapitalisedWordsInsideASentence() {
        #expect(redactor.redact("Gestern hat uns Ingrid Solberg geholfen.") == "Gestern hat uns [NAME] geholfen.")
        #expect(redactor.redact("We joined the Speaking Club and it was fun.") == "We joined the Speaking Club and it was fun.")
        #expect(redactor.redact("Es gibt Gute Fortschritte bei uns.") == "Es gibt Gute Fortschritte bei uns.")
    }

    @Test func oneCapitalisedWordInsideASentenceOutsideGerman() {
        #expect(redactor.redact("We played football and Mateusz scored twice.") == "We played football and [NAME] scored twice.")
        #expect(redactor.redact("Vi spilte kort, og Sigrid vant.") == "Vi spilte kort, og [NAME] vant.")
        #expect(redactor.redact("Everything is saved via Cloud now.") == "Everything is saved via Cloud now.")
        #expect(redactor.redact("Byliśmy w Lublinie, Zamościu i Chełmie.") == "Byliśmy w Lublinie, Zamościu i Chełmie.")
        #expect(redactor.redact("Wir treffen uns um 10 Uhr im Rathaus.") == "Wir treffen uns um 10 Uhr im Rathaus.")
        #expect(redactor.redact("I posted it on Instagram, I'll send it later.") == "I posted it on Instagram, I'll send it later.")
    }

    @Test func oneCapitalisedWordInAGermanSentenceWhenNoGermanWord() {
        #expect(redactor.redact("Heute hat uns Jonas beim Formular geholfen.") == "Heute hat uns [NAME] beim Formular geholfen.")
        #expect(redactor.redact("Wir haben heute im Zimmer die Fragen geübt.") == "Wir haben heute im Zimmer die Fragen geübt.")
        #expect(redactor.redact("Wir sind 300 Höhenmeter gelaufen und die Lern-App hilft.") == "Wir sind 300 Höhenmeter gelaufen und die Lern-App hilft.")
        #expect(OrdinaryWords.german.contains("zimmer") && !OrdinaryWords.german.contains("jonas"))
    }

    @Test func languageGuessFromFunctionWordsAndLetters() {
        let german = WordTokeniser.tokens(in: ScannedText("Ich weiß nicht, ob das stimmt."))
        let norwegian = WordTokeniser.tokens(in: ScannedText("Jeg vet ikke om det stemmer."))
        let bare = WordTokeniser.tokens(in: ScannedText("Durchschnitt 4,2"))
        #expect(TextLanguage.guess(german) == .german)
        #expect(TextLanguage.guess(norwegian) == .norwegian)
        #expect(TextLanguage.guess(bare) == .german)
    }

    @Test func norwegianPolishAndUkrainianWordsComeFromTheDebianListsAsBloomFilters() {
        #expect(OrdinaryWords.norwegian.isLoaded && OrdinaryWords.polish.isLoaded && OrdinaryWords.ukrainian.isLoaded)
        #expect(OrdinaryWords.norwegian.contains("kommunen") && OrdinaryWords.norwegian.contains("husbanken"))
        #expect(OrdinaryWords.polish.contains("urzędzie") && OrdinaryWords.polish.contains("fundacji"))
        #expect(OrdinaryWords.ukrainian.contains("центру") && OrdinaryWords.ukrainian.contains("службу"))
        // Names are proper nouns in the lists and so never ordinary words.
        for name in ["jonas", "kari", "marek", "zosia", "tomasz", "олена", "тарас"] {
            #expect(!OrdinaryWords.norwegian.contains(name) && !OrdinaryWords.polish.contains(name) && !OrdinaryWords.ukrainian.contains(name), "\(name)")
        }
    }

    @Test func ordinaryEnglishWordsComeFromTheDebianList() {
        #expect(OrdinaryWords.english.count > 50_000)
        #expect(OrdinaryWords.isEnglish("clubs"))
        #expect(!OrdinaryWords.isEnglish("mateusz"))
    }
}

/// A user's name written in lower case that is an ordinary word in a Debian word list.
@Suite struct LowerCaseNameWords {
    @Test func lowerCaseOrdinaryWordsAreNotUsersNames() {
        let redactor = Redactor(names: NameDictionary(names: ["Max Strand", "Anna Lis", "Jonas Hammer"]))
        #expect(redactor.redact("we worked max 20 minutes on the strand of hair") == "we worked max 20 minutes on the strand of hair")
        #expect(redactor.redact("I talked to Max Strand.") == "I talked to [NAME].")
        #expect(redactor.redact("jonas hammer came") == "[NAME] came")
        #expect(redactor.redact("we fixed it with a hammer") == "we fixed it with a hammer")
        #expect(redactor.redact("i met anna yesterday") == "i met [NAME] yesterday")
        #expect(OrdinaryWords.nameLike.contains("berg") && OrdinaryWords.nameLike.count > 3_000)
    }
}

/// The demo's garbled quote "[NAME] dotyczące wymowy": the first word of the sentence was taken
/// into the name after it.
@Suite struct InflectedNamesDoNotSwallowTheFirstWord {
    @Test func genitiveNameAfterASentenceInitialNoun() {
        let redactor = Redactor(names: NameDictionary(names: ["Olena Kowalska"]))
        #expect(redactor.redact("Wskazówki Olena dotyczące wymowy pomogły.") == "Wskazówki [NAME] dotyczące wymowy pomogły.")
        #expect(redactor.redact("Wczoraj Maria Kowalska przyszła.") == "Wczoraj [NAME] przyszła.")
    }
}
