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
        // The demo's garbled quote "in Ivano-[NAME]".
        #expect(redactor.redact("I started a part-time job in a warehouse in Ivano-Frankivsk.") == "I started a part-time job in a warehouse in Ivano-Frankivsk.")
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

/// Round 3: names of people who are not users, where only a person can stand.
@Suite struct NamePositionsRound3 {
    private let redactor = Redactor(names: .empty)

    @Test func aSentenceSubjectBeforeAVerbThatWantsAPerson() {
        #expect(redactor.redact("Jonathan did not come today, he was ill.") == "[NAME] did not come today, he was ill.")
        #expect(redactor.redact("Ingrid kom ikke i dag.") == "[NAME] kom ikke i dag.")
        #expect(redactor.redact("Zosia nie przyszła dzisiaj.") == "[NAME] nie przyszła dzisiaj.")
        #expect(redactor.redact("Тарас сьогодні не прийшов.") == "[NAME] сьогодні не прийшов.")
        #expect(redactor.redact("Priya and I practised the questions.") == "[NAME] and I practised the questions.")
        #expect(redactor.redact("Olav Haugen hjalp meg med søknaden.") == "[NAME] hjalp meg med søknaden.")
        // Ordinary words, places and brands at the start stay.
        for text in ["Yesterday came the letter.", "Oslo was cold.", "Duolingo helps a lot.", "Zadanie było trudne.", "Mama nie przyszła."] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
    }

    @Test func lowerCaseNamesAfterARoleOrKinshipWord() {
        #expect(redactor.redact("saksbehandler kari ringte i går") == "saksbehandler [NAME] ringte i går")
        #expect(redactor.redact("córka ola bardzo lubi zajęcia") == "córka [NAME] bardzo lubi zajęcia")
        #expect(redactor.redact("мама світлана дуже рада") == "мама [NAME] дуже рада")
        for text in ["my son loved it", "min bror kom på møtet", "córka bardzo lubi zajęcia", "my daughter lily loved it"] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
    }

    @Test func namesThatAreEverydayWordsInANamePosition() {
        #expect(redactor.redact("Our host Mark drove us to the station.") == "Our host [NAME] drove us to the station.")
        #expect(redactor.redact("Naboen Sol hadde med suppe.") == "Naboen [NAME] hadde med suppe.")
        #expect(redactor.redact("The caseworker, Rose Hansen, explained the rules.") == "The caseworker, [NAME], explained the rules.")
        #expect(redactor.redact("Our teacher May ...") == "Our teacher May ...")   // a month needs more
    }

    @Test func listsOfPeopleAfterThanks() {
        #expect(redactor.redact("Thanks to Bill, Grace and Dawn for the cake!") == "Thanks to [NAME], [NAME] and [NAME] for the cake!")
        #expect(redactor.redact("Takk til Marit, Sindre og Lise for kaka!") == "Takk til [NAME], [NAME] og [NAME] for kaka!")
        #expect(redactor.redact("Дякую Олегу, Ірині та Василю за торт!") == "Дякую [NAME], [NAME] та [NAME] за торт!")
        #expect(redactor.redact("Thanks to Zoom and the library for the room.") == "Thanks to Zoom and the library for the room.")
        #expect(redactor.redact("Oleh and Natalia from Kharkiv joined the group.") == "[NAME] and [NAME] from Kharkiv joined the group.")
    }

    @Test func aTitleBelongsToTheName() {
        #expect(redactor.redact("Die Lehrerin Frau Krause war sehr nett.") == "Die Lehrerin [NAME] war sehr nett.")
        #expect(redactor.redact("Went to see Dr. Ahmed about the vaccine.") == "Went to see [NAME] about the vaccine.")
        #expect(redactor.redact("Dzwoniła pani Halina z urzędu.") == "Dzwoniła [NAME] z urzędu.")
    }

    @Test func lowerCaseUsersNamesThatAreWordsOfTheTextsLanguage() {
        let users = Redactor(names: NameDictionary(names: ["Віра Мороз", "Hans Hammer"]))
        #expect(users.redact("Вчора був мороз і ми не ходили на прогулянку.") == "Вчора був мороз і ми не ходили на прогулянку.")
        #expect(users.redact("У мене є віра і надія на краще.") == "У мене є віра і надія на краще.")
        #expect(users.redact("Ich habe einen Hammer gekauft.") == "Ich habe einen Hammer gekauft.")
        #expect(users.redact("Gestern hat Hans Hammer geholfen.") == "Gestern hat [NAME] geholfen.")
    }
}

/// Round 3: addresses, identity documents and dates of birth, from my own examples.
@Suite struct StructuredPIIRound3 {
    private let redactor = Redactor(names: .empty)
    private func kinds(_ text: String) -> [PIIKind] { redactor.matches(in: text).map(\.kind) }

    @Test func passportAndIdentityCardNumbersAfterTheirWord() {
        #expect(redactor.redact("паспорт FE123456") == "паспорт [NATIONAL_ID]")
        #expect(redactor.redact("Ausweisnummer L01X00T47") == "Ausweisnummer [NATIONAL_ID]")
        #expect(redactor.redact("nr dowodu ABC123456, ważny") == "nr dowodu [NATIONAL_ID], ważny")
        #expect(redactor.redact("passport no. 12345678") == "passport no. [NATIONAL_ID]")
        #expect(kinds("We used the pass 2024 for the bus.") == [])
        #expect(kinds("order FE123456 shipped") == [])
    }

    @Test func dufNumbersAFewWordsAfterDUF() {
        #expect(redactor.redact("my DUF number is 201712345678") == "my DUF number is [NATIONAL_ID]")
    }

    @Test func datesOfBirthWithTheDayInWords() {
        #expect(redactor.redact("DOB: the third of March 1990") == "DOB: [DATE]")
        #expect(redactor.redact("født tredje mars 1990") == "født [DATE]")
        #expect(redactor.redact("geboren am dritten März 1990") == "geboren am [DATE]")
        #expect(redactor.redact("urodzony trzeciego marca 1990") == "urodzony [DATE]")
        #expect(redactor.redact("народилася третього березня 1990 року") == "народилася [DATE]")
        #expect(kinds("Wir treffen uns am dritten März 2025.") == [])
    }

    @Test func dateOfBirthBeforeTheBirthWordWithWordsBetween() {
        #expect(redactor.redact("12.05.1987 is her date of birth") == "[DATE] is her date of birth")
        #expect(redactor.redact("3. mai 1988 er min fødselsdato") == "[DATE] er min fødselsdato")
        #expect(kinds("12.05.2024 is the deadline") == [])
    }

    @Test func birthdayWordsOfTheFiveLanguagesWithAYear() {
        #expect(redactor.redact("Bursdag: 12. mai 1987") == "Bursdag: [DATE]")
        #expect(redactor.redact("urodziny 5 czerwca 1990") == "urodziny [DATE]")
    }

    @Test func addressShapes() {
        #expect(redactor.redact("Adresse: Kirkeveien 12 B, 0361 Oslo") == "Adresse: [ADDRESS]")
        #expect(redactor.redact("bor på Nedre Slottsgate 8") == "bor på [ADDRESS]")
        #expect(redactor.redact("Adresse: Am Rathausplatz 3, 80331 München") == "Adresse: [ADDRESS]")
        #expect(redactor.redact("neue Adresse: Karl-Marx-Allee 90, Wohnung 12") == "neue Adresse: [ADDRESS]")
        #expect(redactor.redact("mieszkamy przy Alejach Jerozolimskich 101") == "mieszkamy przy [ADDRESS]")
        #expect(redactor.redact("os. Tysiąclecia 12/45, Katowice") == "[ADDRESS]")
        #expect(redactor.redact("Adresa: vul. Shevchenka 12, kv. 5, Lviv") == "Adresa: [ADDRESS]")
        #expect(redactor.redact("мешкаю за адресою м. Київ, вул. Січових Стрільців 21") == "мешкаю за адресою [ADDRESS]")
        #expect(redactor.redact("prospekt Nauky 14, Kharkiv 61000") == "[ADDRESS]")
        #expect(redactor.redact("address is 15 Oak Street, apt 3B") == "address is [ADDRESS]")
        #expect(redactor.redact("Ny adresse er Trondheimsveien 102, leilighet H0304") == "Ny adresse er [ADDRESS]")
        #expect(redactor.redact("Storgata 5, Anna kom senere.").hasPrefix("[ADDRESS], "))   // a city only at the end
        #expect(redactor.redact("I live on Shevchenko Street 12 in Kyiv.") == "I live on [ADDRESS] in Kyiv.")
        #expect(redactor.redact("Mieszka teraz na ul. Długiej, blisko szkoły.") == "Mieszka teraz na [ADDRESS], blisko szkoły.")
        #expect(redactor.redact("Живе на вул. Шевченка, біля парку.") == "Живе на [ADDRESS], біля парку.")
        #expect(redactor.redact("The Main Street shops were closed.") == "The Main Street shops were closed.")
    }
}

/// Round 3: senders, owners, lists of those present, and holidays that start sentences.
@Suite struct SendersOwnersAndListsRound3 {
    private let redactor = Redactor(names: .empty)

    @Test func aPersonAfterASentThingAndFrom() {
        #expect(redactor.redact("Got a message from Svitlana about the schedule.") == "Got a message from [NAME] about the schedule.")
        #expect(redactor.redact("Wir haben eine Nachricht von Jonas bekommen.") == "Wir haben eine Nachricht von [NAME] bekommen.")
        #expect(redactor.redact("Отримала лист від Олени сьогодні.") == "Отримала лист від [NAME] сьогодні.")
        #expect(redactor.redact("Отримала лист від Пенсійного Фонду і не зрозуміла його.") == "Отримала лист від Пенсійного Фонду і не зрозуміла його.")
        #expect(redactor.redact("We went from Bergen to Oslo by train.") == "We went from Bergen to Oslo by train.")
    }

    @Test func theOwnerBeforeAKinshipWord() {
        #expect(redactor.redact("Olenas mann kom også.") == "[NAME] mann kom også.")
        #expect(redactor.redact("Annas Tochter geht in die Kita.") == "[NAME] Tochter geht in die Kita.")
        #expect(redactor.redact("Das Jobcenters Berater rief an.") == "Das Jobcenters Berater rief an.")
    }

    @Test func listsOfThosePresent() {
        #expect(redactor.redact("Present: Amira, Tomasz and Ingvild") == "Present: [NAME], [NAME] and [NAME]")
        #expect(redactor.redact("Til stede: Siv, Bjørn og Marit") == "Til stede: [NAME], [NAME] og [NAME]")
    }

    @Test func holidaysAndServicesStartingASentenceAreNoPeople() {
        for text in ["Ramadan started this week so we kept it short.", "Vipps works now, finally got BankID sorted.", "Ramadan zaczął się w tym tygodniu."] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
    }
}

/// Round 3: pairs of people as subjects, more role words, and the bokmål list's encoding.
@Suite struct PairsAndRolesRound3 {
    private let redactor = Redactor(names: .empty)

    @Test func twoPeopleThenTheVerb() {
        #expect(redactor.redact("Rustam i Leyla zdali A2!") == "[NAME] i [NAME] zdali A2!")
        #expect(redactor.redact("Rustam & Leyla both passed A2!!") == "[NAME] & [NAME] both passed A2!!")
        #expect(redactor.redact("Одеса і Харків постраждали.") == "Одеса і Харків постраждали.")
    }

    @Test func volunteersInGerman() {
        #expect(redactor.redact("Die neue Ehrenamtliche Sigrid war toll mit den Kindern.") == "Die neue Ehrenamtliche [NAME] war toll mit den Kindern.")
    }

    @Test func bokmålIsReadInItsOwnEncoding() {
        // Debian ships bokmål in ISO 8859-1; read as UTF-8 every word with æ, ø or å was lost.
        #expect(OrdinaryWords.norwegian.contains("søknaden") && OrdinaryWords.norwegian.contains("været"))
    }
}

/// Round 3: place names from GeoNames for the rules that judge one capitalised word alone.
@Suite struct PlacesRound3 {
    private let redactor = Redactor(names: NameDictionary(names: ["Ingrid"]))

    @Test func placeNamesAreLoadedWithoutFirstNames() {
        #expect(OrdinaryWords.places.count > 40_000)
        #expect(OrdinaryWords.places.contains("lillehammer") && OrdinaryWords.places.contains("gdynia") && OrdinaryWords.places.contains("львів"))
        #expect(!OrdinaryWords.places.contains("sofia") && !OrdinaryWords.places.contains("anna"))
    }

    @Test func placesInTheirCaseForms() {
        #expect(OrdinaryWords.isPlaceForm("krakowa") && OrdinaryWords.isPlaceForm("warszawy") && OrdinaryWords.isPlaceForm("одеси"))
        #expect(!OrdinaryWords.isPlaceForm("marty") && !OrdinaryWords.isPlaceForm("олени"))
    }

    @Test func aLonePlaceIsNoName() {
        for text in ["We visited Lillehammer and the museum.", "My friends in Tromsdalen helped me.", "Gdynia była deszczowa, więc zostaliśmy w środku."] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
        // A surname that is also a place still joins a known name.
        #expect(OrdinaryWords.places.contains("hamar"))
        #expect(redactor.redact("We asked Ingrid Hamar for help.") == "We asked [NAME] for help.")
    }
}

/// Round 3: people after "for/hos/dla", full names first in a sentence, lower-case objects.
@Suite struct MorePositionsRound3 {
    private let redactor = Redactor(names: .empty)

    @Test func aPersonAfterForUnlessItIsAKnownPlace() {
        #expect(redactor.redact("We bought a small gift for Amira and her brother.") == "We bought a small gift for [NAME] and her brother.")
        #expect(redactor.redact("Vi var hos Sigrun i går.") == "Vi var hos [NAME] i går.")
        #expect(redactor.redact("We bought tickets for Lillehammer and Oslo.") == "We bought tickets for Lillehammer and Oslo.")
    }

    @Test func twoUnknownWordsFirstInASentenceAreAFullName() {
        #expect(redactor.redact("Olav Haugen, our neighbour, came by.") == "[NAME], our neighbour, came by.")
        #expect(redactor.redact("Kahoot Quizlet practice today.") != "[NAME] practice today.")   // brands are listed
    }

    @Test func aFirstNameThatIsAWordBeforeAnUnknownSurname() {
        #expect(redactor.redact("Grace Okafor came to the session.") == "[NAME] came to the session.")
        #expect(redactor.redact("Per Solvik kom for sent.") == "[NAME] kom for sent.")
        #expect(redactor.redact("Hope Street is closed.") == "Hope Street is closed.")
    }

    @Test func anOrdinaryWordFirstInASentenceBeforeAVerbOfSpeechOrHelp() {
        for text in ["Appen hjalp mye denne uka.", "Gramatyka pomaga.", "Додаток допомагає щодня."] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
        #expect(redactor.redact("Ingrid hjalp meg.") == "[NAME] hjalp meg.")
    }

    @Test func aLowerCaseObjectOfAVerbOfMeeting() {
        #expect(redactor.redact("i met olena yesterday at the library") == "i met [NAME] yesterday at the library")
        #expect(redactor.redact("i met them yesterday at the library") == "i met them yesterday at the library")
    }
}
