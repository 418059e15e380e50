import Testing
@testable import CSRReport

/// Round 8 of issue 7, clean texts and words that look like names: organisation heads in every
/// case and compound, titles named with English plurals, Norwegian and Polish words in Ukrainian
/// text, German measure phrases, name-words before numbers; and the other way, users' names that
/// are words when the text has already named the user in full, notes signed with a dash, both
/// names of a user being words, national phone numbers after a cue. My own sentences and names,
/// one test per rule (dev-12 measures them).
@Suite struct RedactionRound8Clean {
    private let redactor = Redactor(names: NameDictionary(names: [
        "Hope Walsh", "Will Byrne", "Sol Berg", "Jacek Kos", "Róża Lis", "Віра Мельник", "Frank Winter", "Jonas Klein",
        "Lena Fuchs", "Grace Doyle", "Dawn Fox", "Liv Aas",
    ]))

    private func expectRedacted(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (text, expected) in cases {
            #expect(redactor.redact(text) == expected, "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func organisationHeadsInEveryCaseAndCompound() {
        expectRedacted([
            ("Pani z Politechniki Wrocławskiej pomogła nam z wnioskiem.", "Pani z Politechniki Wrocławskiej pomogła nam z wnioskiem."),
            ("Koncert odbył się w Kościele Mariackim w niedzielę.", "Koncert odbył się w Kościele Mariackim w niedzielę."),
            ("Донька ходить до Ліцею Сковороди з вересня.", "Донька ходить до Ліцею Сковороди з вересня."),
            ("Die Musikschule Bartsch hat uns zum Konzert eingeladen.", "Die Musikschule Bartsch hat uns zum Konzert eingeladen."),
            ("We got twenty boxes from Hagebakken AS this week.", "We got twenty boxes from Hagebakken AS this week."),
            // A person beside an ordinary word stays a person.
            ("Yesterday we met Oksana Hnatiuk at the station.", "Yesterday we met [NAME] at the station."),
        ])
    }

    @Test func titlesNamedWithEnglishPlurals() {
        expectRedacted([
            ("we watched Gilmore Girls to practise listening", "we watched Gilmore Girls to practise listening"),
            ("Our quiz team Clever Foxes won again.", "Our quiz team Clever Foxes won again."),
            ("Vi så Derry Girls på NRK i går.", "Vi så Derry Girls på NRK i går."),
            // A common first name before a surname that is a plural keeps the name.
            ("We met Olena Banks at the fair.", "We met [NAME] at the fair."),
        ])
    }

    @Test func norwegianAndPolishWordsInUkrainianText() {
        expectRedacted([
            ("Нарешті отримала Skattekort, тепер можу працювати.", "Нарешті отримала Skattekort, тепер можу працювати."),
            ("Сьогодні ходила в Røde Kors на каву.", "Сьогодні ходила в Røde Kors на каву."),
            ("Минулого тижня склала Norskprøve на B1.", "Минулого тижня склала Norskprøve на B1."),
            // A Latin-script user's name in Ukrainian text is still the user.
            ("Сьогодні приходив Jacek Kos, приніс книжки.", "Сьогодні приходив [NAME], приніс книжки."),
        ])
    }

    @Test func germanNounsAfterQuantitiesAndSentenceInitialPrepositions() {
        expectRedacted([
            ("Wir haben 20 Paar Handschuhe bekommen.", "Wir haben 20 Paar Handschuhe bekommen."),
            ("Es kamen zwei Kisten Äpfel vom Markt.", "Es kamen zwei Kisten Äpfel vom Markt."),
            ("Zu Klein für uns alle war der Raum.", "Zu Klein für uns alle war der Raum."),
            ("Mit Fuchs und Hase spielten die Kinder.", "Mit Fuchs und Hase spielten die Kinder."),
            // After a verb the user's surname is the user (round 4).
            ("Heute war Klein nicht da.", "Heute war [NAME] nicht da."),
        ])
    }

    @Test func nameWordsBeforeNumbersAreWords() {
        expectRedacted([
            ("I got Grace 2 in the old marking scheme, not bad.", "I got Grace 2 in the old marking scheme, not bad."),
            ("Na planszy stoi Lis 4 obok królika.", "Na planszy stoi Lis 4 obok królika."),
            // Before a quoted title the word is the genre noun.
            ("Віра «Повернення» вийшла друком у 2020.", "Віра «Повернення» вийшла друком у 2020."),
            // Beside another name the word is the user.
            ("Please ring Grace Doyle 3 times if needed.", "Please ring [NAME] 3 times if needed."),
        ])
    }

    @Test func placesAndTeams() {
        expectRedacted([
            ("Hun jobber nå på Strand i Rogaland.", "Hun jobber nå på Strand i Rogaland."),
            ("Wir wohnen jetzt im Fuchs, einem alten Gasthof.", "Wir wohnen jetzt im Fuchs, einem alten Gasthof."),
            ("Wczoraj 2:1 z Wisłą, cała grupa oglądała.", "Wczoraj 2:1 z Wisłą, cała grupa oglądała."),
            ("Kibicujemy razem Pogoni Szczecin!", "Kibicujemy razem Pogoni Szczecin!"),
            // A person beside the preposition's word, and a first name before a town-surname, stay.
            ("I left the keys at Grace's desk for Sol Berg.", "I left the keys at [NAME]'s desk for [NAME]."),
            ("We met Oleksandr Shevchenko after class.", "We met [NAME] after class."),
            // After a cue or role word for a person, a name whose surname is a town is the person.
            ("Hi, I am Philippa Preston, the new buddy.", "Hi, I am [NAME], the new buddy."),
            ("Unsere Lehrerin Hiltrud Ebersbach kommt morgen.", "Unsere Lehrerin [NAME] kommt morgen."),
            ("Moja mentorka Teodora Gniezno pomogła.", "Moja mentorka [NAME] pomogła."),
            ("The call with Philippa Preston ran late.", "The call with [NAME] ran late."),
        ])
    }

    @Test func usersNamesWrittenAgainAfterTheFullName() {
        expectRedacted([
            ("Hope Walsh ran the quiz. Hope also brought cake.", "[NAME] ran the quiz. [NAME] also brought cake."),
            ("Jacek Kos prowadził warsztat. Jacka cierpliwość nas uratowała.", "[NAME] prowadził warsztat. [NAME] cierpliwość nas uratowała."),
            ("Takk til Sol Berg! Berg ga oss mange tips.", "Takk til [NAME]! [NAME] ga oss mange tips."),
            ("Віра Мельник допомогла з документами. Віру всі люблять.", "[NAME] допомогла з документами. [NAME] всі люблять."),
            // The word stays the word: after an article or a preposition, before a pronoun.
            ("Heute kam Frank Winter vorbei, im Winter kommt er wieder.", "Heute kam [NAME] vorbei, im Winter kommt er wieder."),
            ("We met Will Byrne today. Will you tell the others?", "We met [NAME] today. Will you tell the others?"),
            ("Дякую, Віра Мельник! Віра в людей повертається.", "Дякую, [NAME]! Віра в людей повертається."),
            // One word alone confirms nothing.
            ("Hope is what we need. Hope for the best!", "Hope is what we need. Hope for the best!"),
        ])
    }

    @Test func notesSignedWithADash() {
        expectRedacted([
            ("Bis Montag, ich bringe Kuchen mit. – Frank", "Bis Montag, ich bringe Kuchen mit. – [NAME]"),
            ("Nie mogę przyjść w czwartek.\n- Róża", "Nie mogę przyjść w czwartek.\n- [NAME]"),
            ("See you Friday! — Dawn 🙂", "See you Friday! — [NAME] 🙂"),
            // Not before more words.
            ("Thanks for today. — Hope you all got home fine!", "Thanks for today. — Hope you all got home fine!"),
        ])
    }

    @Test func usersNamesBeforeWhereTheyComeFrom() {
        expectRedacted([
            ("Grace from the Cork office called about the forms.", "[NAME] from the Cork office called about the forms."),
            ("Frank aus Hamburg hat heute abgesagt.", "[NAME] aus Hamburg hat heute abgesagt."),
            ("Róża z Krakowa napisała do nas wczoraj.", "[NAME] z Krakowa napisała do nas wczoraj."),
            ("Віра з Харкова прийшла на заняття.", "[NAME] з Харкова прийшла на заняття."),
            // A word from a lower-case thing, and a season, stay.
            ("Hope from the start matters most.", "Hope from the start matters most."),
            ("Winter aus Sibirien bringt Frost.", "Winter aus Sibirien bringt Frost."),
        ])
    }

    @Test func bothNamesOfAUserAreWords() {
        expectRedacted([
            ("Frank Winter will die Gruppe abgeben.", "[NAME] will die Gruppe abgeben."),
            ("Dawn Fox sends her thanks.", "[NAME] sends her thanks."),
            // Each alone, first in a sentence, is still the word.
            ("Winter kommt früh dieses Jahr.", "Winter kommt früh dieses Jahr."),
            ("Frank und frei hat sie gesprochen.", "Frank und frei hat sie gesprochen."),
        ])
    }

    @Test func nationalPhoneNumbersAfterACue() {
        expectRedacted([
            ("Phone 01 872 9944 after six.", "Phone [PHONE] after six."),
            ("Зателефонуйте: 0 50 123 45 67.", "Зателефонуйте: [PHONE]."),
            // Without a cue a short number stays.
            ("Room 01 872 on the map.", "Room 01 872 on the map."),
        ])
    }
}
