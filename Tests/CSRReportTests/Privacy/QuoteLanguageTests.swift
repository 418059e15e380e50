import Testing
@testable import CSRReport

/// How a quote's language is told: function words, letters only one language uses and the
/// Debian word lists, with a clear lead required; anything unclear gets no code.
@Suite struct QuoteLanguageTests {
    @Test(arguments: [
        ("en", "After three sessions with my mentor I finally dared to call the landlord myself."),
        ("en", "[NAME] invited me to the company football evening and it was very nice."),
        ("de", "Ich habe mich sehr gefreut, dass wir die Bewerbung zusammen geschrieben haben."),
        ("de", "Das Treffen war gut und die Fragen haben mir auch geholfen."),
        ("nb", "Det var veldig nyttig, og jeg har lært mye om hvordan man skriver en søknad."),
        ("nb", "Vi snakket norsk hele tiden, og hun hjalp meg med CV-en."),
        ("pl", "Bardzo mi się podobało, że mogłam ćwiczyć rozmowę kwalifikacyjną."),
        ("pl", "Nie wiedziałam, jak napisać list motywacyjny, ale mentor mi pomógł."),
        ("uk", "Мені дуже сподобалося, що ми разом написали резюме."),
        ("uk", "Я вперше зателефонувала орендодавцю сама, і це було легко."),
    ]) func tellsEachReportLanguage(expected: String, text: String) {
        #expect(QuoteLanguage.code(of: text) == expected, "\(text)")
    }

    @Test(arguments: [
        "",                                           // nothing to go by
        "OK 👍",                                     // too little
        "[NAME] [PHONE] 2025-09-30",                 // placeholders and digits only
        "Super!",                                    // one word proves nothing
        "Thanks, it was great. Takk, det var veldig bra.",   // mixed: no one language leads
        "Спасибо, было очень полезно, я научилась многому.", // Russian, not Ukrainian
    ]) func unknownOrMixedTextGetsNoCode(text: String) {
        #expect(QuoteLanguage.code(of: text) == nil, "\(text)")
    }

    @Test func codesArePlainPrimaryTags() {
        for language in TextLanguage.allCases {
            #expect(QuoteLanguageMarks.isLanguageCode(QuoteLanguage.code(language)))
        }
        #expect(!QuoteLanguageMarks.isLanguageCode("nb\" onclick=\"x"))
        #expect(!QuoteLanguageMarks.isLanguageCode(""))
    }
}
