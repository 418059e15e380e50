import Testing
@testable import CSRReport

/// Round 4 of issue 7: one test per mechanism, from my own examples (the dev-3 corpus showed the
/// classes; holdout-2 was measured on its aggregates only).
@Suite struct OverRedactionRound4 {
    private let redactor = Redactor(names: NameDictionary(names: ["Max Weiß", "Per Berg", "Віра Мороз", "Anna Klein", "Kari Strand"]))

    @Test func shortQuotationsAreTitles() {
        for text in [
            "Wir haben \"Tschick\" gelesen und darüber gesprochen.",
            "Vi så «Flåklypa Grand Prix» i timen.",
            "Oglądaliśmy „Misia” w klubie.",
            "We used \"Paddington\" clips for listening.",
            "Виграла команда \"Мороз\" з рахунком 15:12.",   // a user's surname that is a noun, as a team's name
            "Vi så \"Max Manus\" og snakket om krigen.",       // a title that holds a user's first name
        ] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
        // A user's name alone in quotes is still that user; a long quotation is speech.
        #expect(redactor.redact("Sie sagte nur \"Anna\" und ging.") == "Sie sagte nur \"[NAME]\" und ging.")
        #expect(redactor.redact("He wrote: \"I met Olena at the library yesterday and she helped.\"")
                == "He wrote: \"I met [NAME] at the library yesterday and she helped.\"")
    }

    @Test func wordsBesideAnOrganisationOrPlaceHead() {
        for text in [
            "Thank you Dublin City Council for the room.",
            "Jeg bor i Strand kommune nå.",
            "Heute Sprachcafé im Café Klein?",
            "Dziękujemy Urzędowi Miasta Krakowa za salę.",
            "Дуже вдячна Червоному Хресту за приміщення.",
            "Der DB Navigator sagt 58 Euro.",                  // after an acronym
            "Leste nyhetssak fra NRK Klar Tale om strømpriser.",
        ] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
        #expect(redactor.redact("Frau Klein kommt morgen.") == "[NAME] kommt morgen.")
    }

    @Test func vocabularyListsAreWords() {
        for text in [
            "Wanderung im Harz: Wörter wie Berg, Tal, Wald, Fuchs, Hirsch.",
            "Vocabulary: shift, warehouse, Manager, Care Assistant, contract.",
            "Słówka: lis, wilk, Dwór, zaścianek.",
        ] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
    }

    @Test func possessivesThatNamePlacesAndSaints() {
        for text in ["See you at Stephen's Green at 2.", "I work in McDonald's all week.", "Maybe more about St Patrick's Day?"] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
        #expect(redactor.redact("Jonas's mum called.") == "[NAME]'s mum called.")
    }

    @Test func brandShapedWordsAndDemonyms() {
        #expect(NameRecogniser.isBrandShaped("InPost") && NameRecogniser.isBrandShaped("OneDrive"))
        #expect(!NameRecogniser.isBrandShaped("McGrath") && !NameRecogniser.isBrandShaped("MacDonald") && !NameRecogniser.isBrandShaped("Anna"))
        #expect(redactor.redact("Proszę więcej przykładów: bank, poczta, InPost.") == "Proszę więcej przykładów: bank, poczta, InPost.")
        #expect(redactor.redact("Hard book for me but very Irish.") == "Hard book for me but very Irish.")
        #expect(redactor.redact("Attendance Thu: all present.") == "Attendance Thu: all present.")
    }

    @Test func seasonsHolidaysAndCommonServices() {
        for text in [
            "Wiosna przyszła, a ja wreszcie mówię po polsku.",
            "Tylko 3 osoby (Boże Ciało).",
            "Maybe slower, or with examples from real life, like bank or Revolut.",
            "хто знає, де купити сім-карту Telia?",
            "Wir haben Lieferando bestellt nach dem Kurs.",
        ] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
    }

    @Test func countriesInTheirCaseForms() {
        #expect(CommonWords.isInflectedNotName("україні") && CommonWords.isInflectedNotName("норвегії") && CommonWords.isInflectedNotName("norvegii"))
        #expect(!CommonWords.isInflectedNotName("sollie"))   // an everyday word's case form is no place
        #expect(redactor.redact("Слава Україні! І дякую Норвегії за підтримку.") == "Слава Україні! І дякую Норвегії за підтримку.")
        #expect(redactor.redact("Tema: Rizdvo i Jul v Norvegii.") == "Tema: Rizdvo i Jul v Norvegii.")
    }

    @Test func germanNounsThatAreUsersSurnames() {
        #expect(redactor.redact("Jemand hat einen echten Fuchs gesehen, alles in Weiß.") == "Jemand hat einen echten Fuchs gesehen, alles in Weiß.")
        #expect(redactor.redact("Heute war Berg nicht da.") == "Heute war [NAME] nicht da.")   // after a verb: the user
        #expect(redactor.redact("Gestern kam Frau Weiß zu Besuch.") == "Gestern kam [NAME] zu Besuch.")
    }

    @Test func aHeadingFirstInTheSentenceNeedsANameShape() {
        for text in ["Verdächtige Logins für das Konto. Passwort zurückgesetzt.", "Ausführliche Notizen, weil ich beim letzten Treffen gefehlt habe."] {
            #expect(redactor.redact(text) == text, "\(text)")
        }
        #expect(redactor.redact("Olav Haugen, our neighbour, helped.") == "[NAME], our neighbour, helped.")
        #expect(redactor.redact("Rostyk Kovalenko, our neighbour, helped.") == "[NAME], our neighbour, helped.")   // a surname's ending
    }
}

@Suite struct NameRecallRound4 {
    private let redactor = Redactor()

    @Test func commonFirstNamesAnywhere() {
        #expect(redactor.redact("Olha was born in Kharkiv and worries she is too old.").hasPrefix("[NAME] was born"))
        #expect(redactor.redact("Attendance: Iryna, Halyna, Petro. Absent: Kateryna (sick kid).")
                == "Attendance: [NAME], [NAME], [NAME]. Absent: [NAME] (sick kid).")
        #expect(redactor.redact("Refund request from Kateryna Bondar for the upgrade.") == "Refund request from [NAME] for the upgrade.")
        #expect(redactor.redact("Rozmawiałam z Kateryny mamą.") == "Rozmawiałam z [NAME] mamą.")   // a case form
        #expect(redactor.redact("ok thx!!\n– VOLODYMYR") == "ok thx!!\n– [NAME]")                   // in capitals
        #expect(redactor.redact("Name on account: SERHII PAVLENKO, email below.") == "Name on account: [NAME], email below.")
        // An ordinary word of the language first in its sentence stays a word (Polish "inna" = other).
        #expect(redactor.redact("Inna osoba przyszła później.") == "Inna osoba przyszła później.")
        // A compound place is no inflected first name ("Ivano" is no case of "Ivanna").
        #expect(redactor.redact("A job in Ivano-Frankivsk.") == "A job in Ivano-Frankivsk.")
    }

    @Test func lowerCaseChatMessages() {
        let users = Redactor(names: NameDictionary(names: ["Grace Walsh", "Liv Strand", "Anna Klein"]))
        #expect(users.redact("grace and ciaran were fantastic today!! thank u both") == "[NAME] and [NAME] were fantastic today!! thank u both")
        #expect(users.redact("liv og thea var fantastiske i dag!! takk begge to") == "[NAME] og [NAME] var fantastiske i dag!! takk begge to")
        #expect(users.redact("kjempefint, takk til ola for vitsene") == "kjempefint, takk til [NAME] for vitsene")
        // With a capital anywhere the text is ordinary prose, and lower-case words are words.
        #expect(users.redact("We said grace and went home.") == "We said grace and went home.")
        // A lower-case name that is an ordinary word of the language stays a word.
        #expect(users.redact("ok, will do and see you") == "ok, will do and see you")
    }

    @Test func initialsBeforeASurname() {
        #expect(redactor.redact("Bank account verified, name J. Kearney.") == "Bank account verified, name [NAME].")
        #expect(redactor.redact("We finished plan B. Next week more.") == "We finished plan B. Next week more.")
        // An initial after the name keeps its period inside the name when the sentence goes on.
        #expect(redactor.redact("Olena K. in the group list") == "[NAME] in the group list")
        #expect(redactor.redact("I spoke to Olena K.") == "I spoke to [NAME].")
    }

    @Test func surnamesAfterAName() {
        #expect(redactor.redact("Notfallkontakt: Dieter von der Heide, Düsseldorf.").contains("[NAME], Düsseldorf"))
        #expect(redactor.redact("The pair is Jamie van der Berg and Tetiana.") == "The pair is [NAME] and [NAME].")
        #expect(redactor.redact("Neue Ehrenamtliche: Katrin Vogel, Arbeitgeber SAP.") == "Neue Ehrenamtliche: [NAME], Arbeitgeber SAP.")
        #expect(redactor.redact("Liv spør kollegaen Tone Bakke i Coop.").contains("[NAME] i Coop"))
        #expect(redactor.redact("Ich möchte Björn von Bosch danken.") == "Ich möchte [NAME] von Bosch danken.")   // "von" = from
    }
}

@Suite struct BirthDatesAndAddressesRound4 {
    private let redactor = Redactor(names: NameDictionary(names: ["Liliia Ostapchuk"]))

    @Test func aBirthHeadingGovernsItsSentence() {
        #expect(redactor.redact("DOB check for kids programme: Nazar 07.09.2014, Solomiia 21.01.2017. Both OK for group K2.")
                == "DOB check for kids programme: [NAME] [DATE], [NAME] [DATE]. Both OK for group K2.")
        // The wrong value named as such stays; the next sentence is not governed.
        #expect(redactor.redact("Please update DOB for participant Liliia — entered as 01/01/2000 by mistake, correct is 23 June 1991. Next session 12.03.2019.")
                == "Please update DOB for participant [NAME] — entered as 01/01/2000 by mistake, correct is [DATE]. Next session 12.03.2019.")
        #expect(redactor.redact("Geburtsdatum korrigiert: war 01.01.2000, richtig ist 23. Juni 1991.")
                == "Geburtsdatum korrigiert: war 01.01.2000, richtig ist [DATE].")
    }

    @Test func aDateRightAfterAName() {
        #expect(redactor.redact("Long check-in with Liliia Ostapchuk (14/02/1983) today.") == "Long check-in with [NAME] ([DATE]) today.")
        #expect(redactor.redact("Liliia Ostapchuk: 08.02.1993, sent at registration.") == "[NAME]: [DATE], sent at registration.")
        // A recent date after a name is the note's own (a session, a deadline).
        #expect(redactor.redact("Liliia Ostapchuk (14.02.2025) came to the session.") == "[NAME] (14.02.2025) came to the session.")
    }

    @Test func aBirthdayOfARecentYearIsAParty() {
        #expect(redactor.redact("Birthday party on 12.05.2025 at the centre.") == "Birthday party on 12.05.2025 at the centre.")
        #expect(redactor.redact("Bursdagsfeiring: bursdag 3. mai 2024 i klubben.") == "Bursdagsfeiring: bursdag 3. mai 2024 i klubben.")
        #expect(redactor.redact("Her birthday: 12.03.1990.") == "Her birthday: [DATE].")
        #expect(redactor.redact("Geburtstag am 3. Mai 1985.") == "Geburtstag am [DATE].")
    }

    @Test func moreBirthWords() {
        #expect(redactor.redact("Tamara (Jg. 1962) wohnt bei ihrer Schwester.").contains("(Jg. [DATE])"))
        #expect(redactor.redact("Uchasnytsia (1988 r.n.) nadislala.").contains("([DATE] r.n.)"))
        #expect(redactor.redact("vin narodyvsia 5 lystopada 1990, pratsiuie").contains("narodyvsia [DATE],"))
        #expect(redactor.redact("podał urodzenie 30 października 1979.").contains("urodzenie [DATE]."))
    }

    @Test func addressTails() {
        #expect(redactor.redact("New flat at 9 Kilmore Avenue, Artane, Dublin 5. Landlord is fine.")
                == "New flat at [ADDRESS]. Landlord is fine.")
        #expect(redactor.redact("Lives at 14 Father Griffin Road, Galway H91 X2Y4 now.") == "Lives at [ADDRESS] now.")
        #expect(redactor.redact("Adresse: Hauptstr. 3, 2. OG links.") == "Adresse: [ADDRESS].")
        #expect(redactor.redact("Ny adresse: Kongsveien 8 H0201, 1177 Oslo.") == "Ny adresse: [ADDRESS].")
        #expect(redactor.redact("Adresa: vul. Shevchenka 14, kv. 3, Lviv.") == "Adresa: [ADDRESS].")
        #expect(redactor.redact("Lives at 12 Oak Lawn, Ballincollig.") == "Lives at [ADDRESS].")
        #expect(redactor.redact("Flat 7, 41 Dorset Street Upper is the address.") == "[ADDRESS] is the address.")
        // The sentence goes on after a capitalised word: no locality.
        #expect(redactor.redact("He lives at 12 Main Street, Anna said.") == "He lives at [ADDRESS], [NAME] said.")
    }
}

@Suite struct IdentifiersRound4 {
    private let redactor = Redactor()

    @Test func britishNationalInsuranceNumbersAfterTheirName() {
        #expect(redactor.redact("Participant provided NI number JX 48 29 17 A for a form.") == "Participant provided NI number [NATIONAL_ID] for a form.")
        #expect(redactor.redact("NINO: AB123456C") == "NINO: [NATIONAL_ID]")
        // Round 5: the spaced shape alone is a NINO (holdout-3's aggregate found one more ID so).
        #expect(redactor.redact("Room JX 48 29 17 A") == "Room [NATIONAL_ID]")
        #expect(redactor.redact("Room JX-48-29-17-A") == "Room JX-48-29-17-A")           // dashed: no cue
        #expect(redactor.redact("NI number DQ 48 29 17 A") == "NI number DQ 48 29 17 A")  // D and Q are no prefix letters
    }

    @Test func taxNumbersAfterMoreCueWords() {
        // 3115549422 passes the RNOKPP check; "skattenummer" / "Steuernummer" name it.
        #expect(redactor.redact("ukrainsk skattenummer 3115549422.") == "ukrainsk skattenummer [NATIONAL_ID].")
        // A Steuer-ID after its cue whose first ten digits repeat two digits: the check digit decides.
        #expect(Checksums.germanTaxID("93078485311", strictDigits: false) && !Checksums.germanTaxID("93078485311"))
        #expect(redactor.redact("Steuer-ID 93078485311 stand in der Bewerbung.") == "Steuer-ID [NATIONAL_ID] stand in der Bewerbung.")
        #expect(redactor.redact("Steuer-ID 93078485312 stand in der Bewerbung.") == "Steuer-ID 93078485312 stand in der Bewerbung.")
    }

    @Test func eMailsWithAWordThatOnlyMeansAt() {
        #expect(redactor.redact("Її пошта hanna.92 собака ukr.net.") == "Її пошта [EMAIL].")
        #expect(redactor.redact("e-post s.pavlenko88 krøllalfa gmail punktum com.") == "e-post [EMAIL].")
        #expect(redactor.redact("mail s.pawlenko88 małpa wp kropka pl") == "mail [EMAIL]")
    }
}
