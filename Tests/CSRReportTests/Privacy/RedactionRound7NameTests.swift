import Testing
@testable import CSRReport

/// Round 7 of issue 7, names and clean texts: where a writer thanks or speaks to a user whose name
/// is also a word, chat speakers, Norwegian bare subjects, full-name labels; and the other way,
/// words German writes in lower case, lower-case words under study, saints' feasts, sign-offs in
/// capitals and chat contractions. My own sentences and names, one test per rule, in the five
/// languages where the rule applies (the dev-8/9/10 corpora measure them).
@Suite struct RedactionRound7Names {
    private let redactor = Redactor(names: NameDictionary(names: [
        "Heinz Fromm", "Karin Lang", "Lena Winter", "Grace Doyle", "Per Lie", "Dag Holm", "Sol Berg", "Віра Мельник",
        "Надія Гай", "Róża Lis", "Dawn Price", "Liv Aas", "Patrick Byrne", "Jonas Klein", "Hope Walsh", "Ida Lund", "Emil Vogel",
    ]))

    private func expectRedacted(_ cases: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
        for (text, expected) in cases {
            #expect(redactor.redact(text) == expected, "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test func wordsGermanWritesInLowerCaseAreThoseWords() {
        expectRedacted([
            ("Der Kurs war lang, aber gut.", "Der Kurs war lang, aber gut."),
            ("Die Gruppe war klein und sehr ruhig.", "Die Gruppe war klein und sehr ruhig."),
            ("Er ist sehr fromm erzogen worden.", "Er ist sehr fromm erzogen worden."),
            // Capitalised, or beside the first name, it is the user.
            ("Heute kam Karin Lang vorbei.", "Heute kam [NAME] vorbei."),
            ("karin lang hat angerufen", "[NAME] hat angerufen"),
        ])
    }

    @Test func lowerCaseWordsUnderStudyAreWords() {
        expectRedacted([
            ("The word \"grace\" means mercy here.", "The word \"grace\" means mercy here."),
            ("Neue Wörter: lang, kurz, klein.", "Neue Wörter: lang, kurz, klein."),
            ("Słowo „róża” ma ogonek w środku.", "Słowo „róża” ma ogonek w środku."),
            ("Слово «віра» означає довіру.", "Слово «віра» означає довіру."),
            ("Ordet «lie» betyr skråning.", "Ordet «lie» betyr skråning."),
        ])
    }

    @Test func aSaintsFeastIsNoUser() {
        expectRedacted([
            ("No session on St Patrick's Day, the centre is closed.", "No session on St Patrick's Day, the centre is closed."),
            ("Patrick came on Monday.", "[NAME] came on Monday."),
        ])
    }

    @Test func signOffsInCapitalsAreNoAcronyms() {
        expectRedacted([
            ("Bis Donnerstag!\nLG Karin", "Bis Donnerstag!\nLG [NAME]"),
            ("Vi ses i morgen. MVH Dag", "Vi ses i morgen. MVH [NAME]"),
            ("Please call DB Navigator.", "Please call DB Navigator."),
        ])
    }

    @Test func chatContractionsAreWords() {
        expectRedacted([
            ("mentor didnt reply to my message", "mentor didnt reply to my message"),
            ("my buddy wasnt there and the volunteer cant come", "my buddy wasnt there and the volunteer cant come"),
        ])
    }

    @Test func usersNamesAfterThanks() {
        expectRedacted([
            ("Danke an Winter!", "Danke an [NAME]!"),
            ("Takk til Sol for i dag.", "Takk til [NAME] for i dag."),
            // Polish and Ukrainian thank the person in the dative, also in lower case.
            ("дякую надії за все", "дякую [NAME] за все"),
            ("dziękuję róży za kwiaty", "dziękuję [NAME] za kwiaty"),
            ("Danke an alle!", "Danke an alle!"),
            ("Im Winter ist es kalt.", "Im Winter ist es kalt."),
        ])
    }

    @Test func usersNamesSpokenTo() {
        expectRedacted([
            // Closing a sentence of thanks or greeting.
            ("Thanks for the lift, grace!", "Thanks for the lift, [NAME]!"),
            ("Takk for i dag, per!", "Takk for i dag, [NAME]!"),
            ("Дякую за все, віро!", "Дякую за все, [NAME]!"),
            ("Danke für alles, Winter!", "Danke für alles, [NAME]!"),
            ("We had bread, soup, and hope!", "We had bread, soup, and hope!"),
            // Opening a sentence that says "you".
            ("Per, kan du sende det?", "[NAME], kan du sende det?"),
            ("Dawn, could you send the form?", "[NAME], could you send the form?"),
            ("Róża, czy ty przyjdziesz?", "[NAME], czy ty przyjdziesz?"),
            ("Winter, kannst du morgen?", "[NAME], kannst du morgen?"),
            ("Per week, you need two sessions.", "Per week, you need two sessions."),
            // English "was" and Polish "ci" ("those") are no second person.
            ("Hope, it was a long day.", "Hope, it was a long day."),
        ])
    }

    @Test func chatSpeakers() {
        expectRedacted([
            ("Taras: ти будеш сьогодні?\nDawn: yes 6:30!", "[NAME]: ти будеш сьогодні?\n[NAME]: yes 6:30!"),
            ("Olena: hei\nSol: hei hei", "[NAME]: hei\n[NAME]: hei hei"),
            // A form's labels are no speakers.
            ("Navn: Olena Bondar\nAdresse: Storgata 1", "Navn: [NAME]\nAdresse: [ADDRESS]"),
            ("Dato: 12.03\nSted: Oslo\nTema: Lie", "Dato: 12.03\nSted: Oslo\nTema: Lie"),
        ])
    }

    @Test func norwegianBareSubjectsAreUsers() {
        expectRedacted([
            ("Dag er som en bestefar for meg.", "[NAME] er som en bestefar for meg."),
            ("Sol spilte kundeservice i dag.", "[NAME] spilte kundeservice i dag."),
            ("Dagen er lang.", "Dagen er lang."),
            ("Lie er et vanlig ord for en skråning.", "Lie er et vanlig ord for en skråning."),
            // English says "Grace is a virtue" of the word: only Norwegian is judged so.
            ("Grace is a virtue.", "Grace is a virtue."),
        ])
    }

    @Test func genitivesOfUsersNamesThatAreWordsFirstInASentence() {
        expectRedacted([
            ("Vogels Notizen sind die besten.", "[NAME] Notizen sind die besten."),
            ("Lunds notater fra i går mangler.", "[NAME] notater fra i går mangler."),
            // After an article it is the noun's genitive.
            ("Der Gesang des Vogels war laut.", "Der Gesang des Vogels war laut."),
        ])
    }

    @Test func fullNameAndSurnameLabels() {
        expectRedacted([
            ("ПІБ: Шевчук Андрій Петрович", "ПІБ: [NAME]"),
            ("Nachname: Hoffmann", "Nachname: [NAME]"),
            ("Etternavn: Solberg", "Etternavn: [NAME]"),
            ("Nazwisko: Wiśniewski", "Nazwisko: [NAME]"),
        ])
    }
}
