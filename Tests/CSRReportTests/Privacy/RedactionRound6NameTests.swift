import Testing
@testable import CSRReport

/// Round 6 of issue 7, names and clean texts: users' names that are also words, where only a
/// person stands; ordinary words, titles, brands and places that looked like names. My own
/// sentences, one test per rule (the dev-5/6/7 corpora measure them).
@Suite struct RedactionRound6Names {
    private let redactor = Redactor(names: NameDictionary(names: [
        "Will Harper", "Mark Lund", "Per Berg", "Liv Storm", "Agnieszka Wiosna", "Tom Walsh", "Роман Ткачук",
        "Håkon Lie", "Emma Doyle", "Sabine Fischer", "Юлія Гнатюк", "Róża Lis", "Marta Nowak", "Jonas Brandt",
    ]))

    private func expectRedacted(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (text, expected) in cases {
            #expect(redactor.redact(text) == expected, "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func seasonsAndHolidaysThatAreUsersNames() {
        expectRedacted([
            ("Wiosna nad morzem była zimna.", "Wiosna nad morzem była zimna."),
            ("Wiosną pojedziemy do Gdańska.", "Wiosną pojedziemy do Gdańska."),
            ("Spotkanie z Agnieszką Wiosną w piątek.", "Spotkanie z [NAME] w piątek."),
        ])
    }

    @Test func lowerCaseWordsThatAreAlsoNames() {
        expectRedacted([
            // "тому" reads as a case form of "Том"; "роману" of "Роман"; "ned" is Norwegian "down".
            ("Було холодно, тому ми сиділи вдома.", "Було холодно, тому ми сиділи вдома."),
            ("Обговорили уривок з роману вчора.", "Обговорили уривок з роману вчора."),
            ("Наступного разу читаємо роман.", "Наступного разу читаємо роман."),
            ("Vi skrev ned ordene sammen.", "Vi skrev ned ordene sammen."),
        ])
    }

    @Test func theFirstWordOfAQuotationIsATitlesCapital() {
        expectRedacted([
            ("Читали казку «Lie og bjørnen» разом", "Читали казку «Lie og bjørnen» разом"),
            ("Девіз «Per aspera ad astra» висить у класі", "Девіз «Per aspera ad astra» висить у класі"),
        ])
    }

    @Test func titleCaseQuotations() {
        expectRedacted([
            ("We read \"The Will To Believe Project\" in class", "We read \"The Will To Believe Project\" in class"),
            ("we sang \"Dancing Queen of the Night\" again", "we sang \"Dancing Queen of the Night\" again"),
        ])
    }

    @Test func usersNamesInAGreeting() {
        expectRedacted([
            ("hi will, can we move to Friday?", "hi [NAME], can we move to Friday?"),
            ("hey sorry mark, can't make it", "hey sorry [NAME], can't make it"),
            ("Thanks, I will come.", "Thanks, I will come."),
        ])
    }

    @Test func usersNamesThatAreWordsBeforeAPersonVerb() {
        expectRedacted([
            ("Mark explains the grammar well.", "[NAME] explains the grammar well."),
            ("Liv kom ikke i dag.", "[NAME] kom ikke i dag."),
            ("Per сказав, що прийде.", "[NAME] сказав, що прийде."),
            ("Will you come tomorrow?", "Will you come tomorrow?"),
        ])
    }

    @Test func genitivesAndPossessivesOfUsersNames() {
        expectRedacted([
            ("Pers forslag var bra.", "[NAME] forslag var bra."),
            ("Lies oppgave er ferdig.", "[NAME] oppgave er ferdig."),
            ("Per sin datter kom også.", "[NAME] sin datter kom også."),
        ])
    }

    @Test func listsOfUsersNames() {
        expectRedacted([
            ("BERG & BRANDT haben heute Dienst", "[NAME] & [NAME] haben heute Dienst"),
            ("marta, róża - plan w załączniku", "[NAME], [NAME] - plan w załączniku"),
            ("Per og Jonas kom sammen.", "[NAME] og [NAME] kom sammen."),
            ("marta, will you call?", "[NAME], will you call?"),
        ])
    }

    @Test func everydayUsersNamesBeforeAnInitial() {
        expectRedacted([
            ("Mentors: Will H., Anna", "Mentors: [NAME], [NAME]"),
            ("Plan B. Will you come?", "Plan B. Will you come?"),
        ])
    }

    @Test func initialsAtTheEndOfALineOrText() {
        expectRedacted([
            ("Name: Mykola H.\nLevel: B1", "Name: [NAME]\nLevel: B1"),
            ("sorry, can't come. Oksana K", "sorry, can't come. [NAME]"),
            ("We met Olena K. Then we left.", "We met [NAME]. Then we left."),
            ("the form (Oksana H.) is signed", "the form ([NAME]) is signed"),
            ("Will H., Mark and Emma D. came", "[NAME], [NAME] and [NAME] came"),
        ])
    }

    @Test func surnameFirstInARegister() {
        expectRedacted([
            ("Doyle, Emma – 3/4 sessions", "[NAME] – 3/4 sessions"),
            ("Name Shevchenko, Olena, Tel. 123", "Name [NAME], Tel. 123"),
            ("Anna, Maria – 3/4 sessions", "[NAME], [NAME] – 3/4 sessions"),
            ("Lund, Doyle and Anna came", "[NAME], [NAME] and [NAME] came"),
        ])
    }

    @Test func germanNounsThatAreUsersNames() {
        expectRedacted([
            ("Es ging um den Beruf Fischer.", "Es ging um den Beruf Fischer."),
            ("Heute war Fischer nicht da.", "Heute war [NAME] nicht da."),
            ("Frau Fischer kommt morgen.", "[NAME] kommt morgen."),
            ("Sabine Fischer kommt morgen.", "[NAME] kommt morgen."),
        ])
    }

    @Test func cuesNeverReachOverASentenceEnd() {
        expectRedacted([
            ("Hyggelig frivillig. Alltid blid.", "Hyggelig frivillig. Alltid blid."),
            ("Snakket med Dr. Hansen i dag.", "Snakket med [NAME] i dag."),
        ])
    }

    @Test func gluedBrands() {
        expectRedacted([
            ("The beamer does not work with MacBook", "The beamer does not work with MacBook"),
            ("Suche über ImmoScout und WG-Gesucht", "Suche über ImmoScout und WG-Gesucht"),
            ("we met Siobhan McBride yesterday", "we met [NAME] yesterday"),
        ])
    }

    @Test func placesAndGeographyAreNoNames() {
        expectRedacted([
            ("we compared Kharkiv with Leeds", "we compared Kharkiv with Leeds"),
            ("Порівняли Львів з Харковом", "Порівняли Львів з Харковом"),
            ("a text about the River Shannon floods", "a text about the River Shannon floods"),
            ("We walked down Grafton Street", "We walked down Grafton Street"),
        ])
    }

    @Test func germanWordsInUkrainianText() {
        expectRedacted([
            ("Нові слова: зима, Schneesturm, мороз", "Нові слова: зима, Schneesturm, мороз"),
            ("Вивчили слова Kuckuck і Wiese сьогодні", "Вивчили слова Kuckuck і Wiese сьогодні"),
            ("Казка про Geißlein була смішна", "Казка про Geißlein була смішна"),
        ])
    }

    @Test func germanDiminutivesAndVocabularyLists() {
        expectRedacted([
            ("Wir lasen vom Geißlein und dem Wolf.", "Wir lasen vom Geißlein und dem Wolf."),
            ("Vokabeln zu Natur: Ufer, Ente, Berg", "Vokabeln zu Natur: Ufer, Ente, Berg"),
        ])
    }

    @Test func ukrainianCaseFormsOfUsersNames() {
        expectRedacted([
            ("💐 Щиро дякую Софії та Юлії за заняття!!", "💐 Щиро дякую [NAME] та [NAME] за заняття!!"),
        ])
    }

    @Test func caseFormsOfUsersNamesThatAreWords() {
        let users = Redactor(names: NameDictionary(names: ["Віра Мельник", "Надія Коваль", "Róża Lis", "Per Berg"]))
        #expect(users.redact("Віро, привіт! Коли зустріч?") == "[NAME], привіт! Коли зустріч?")
        #expect(users.redact("Ми подякували Надії за допомогу.") == "Ми подякували [NAME] за допомогу.")
        #expect(users.redact("Die Kleine spricht gut Deutsch.") == "Die Kleine spricht gut Deutsch.")
        #expect(users.redact("Dziękuję Róży za pomoc") == "Dziękuję [NAME] za pomoc")
        #expect(users.redact("Віра без діл мертва.") == "Віра без діл мертва.")
        #expect(users.redact("Per forklarer grammatikk godt.") == "[NAME] forklarer grammatikk godt.")
    }

    @Test func monthsBesideNumbers() {
        expectRedacted([
            ("Next session Thu 18 Jan at 6pm", "Next session Thu 18 Jan at 6pm"),
            ("Kurs 18. Jan, dann Pause", "Kurs 18. Jan, dann Pause"),
            ("Jan–Mar we meet weekly", "Jan–Mar we meet weekly"),
            ("Spotkanie z Janem i Jan Nowak", "Spotkanie z [NAME] i [NAME]"),
        ])
    }

    @Test func banksAndShops() {
        expectRedacted([
            ("she already has Monzo and shops at Asda", "she already has Monzo and shops at Asda"),
        ])
    }
}
