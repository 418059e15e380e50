import Testing
@testable import CSRReport

/// The quote's language reaches the page as `lang` on the quote's text only (the attribution
/// under it is in the page's language), and nothing in a quote can change that markup.
@Suite struct QuoteLanguageRenderTests {
    func page(_ excerpts: [EvidenceExcerpt], locale: String = "en") throws -> String {
        let renderer = ReportRenderer(templates: TestLanguages.builtIn, locale: .fixed(locale))
        return try #require(try renderer.render(RenderFixtures.report(excerpts: excerpts)).first { $0.name == "index.html" }).text
    }

    func excerpt(_ text: String, _ language: String?) -> EvidenceExcerpt {
        EvidenceExcerpt(dimension: .confidence, text: text, score: 0.8, confidence: 0.9, sourceType: .buddyFeedback,
                        relevance: 0.8, language: language)
    }

    @Test func quoteTextCarriesItsLanguage() throws {
        let html = try page([excerpt("Det var veldig nyttig, og jeg lærte mye.", "nb"),
                             excerpt("Мені дуже сподобалося, що ми разом написали резюме.", "uk")])
        #expect(html.contains("<blockquote>\n<p><span lang=\"nb\">Det var veldig nyttig, og jeg lærte mye.</span></p>"))
        #expect(html.contains("<p><span lang=\"uk\">Мені дуже сподобалося, що ми разом написали резюме.</span></p>"))
        // The attribution line stays in the page's language.
        #expect(!html.contains("<span lang=\"nb\">—"))
        #expect(html.components(separatedBy: "<span lang=").count - 1 == 2)
    }

    @Test func unknownLanguageGetsNoAttribute() throws {
        let html = try page([excerpt("Super 👍", nil)])
        #expect(html.contains("<blockquote>\n<p>Super 👍</p>"))
        #expect(!html.contains("<span lang="))
    }

    @Test func hostileQuoteStaysTextInsideTheMarkedSpan() throws {
        for hostile in RenderFixtures.hostileStrings {
            let html = try page([excerpt(hostile, "de")])
            #expect(!html.contains("<script") && !html.contains("<img"), "\(hostile)")
            let quoted = try #require(html.range(of: "<span lang=\"de\">"), "\(hostile) is marked")
            let end = try #require(html.range(of: "</span></p>", range: quoted.upperBound ..< html.endIndex))
            #expect(!html[quoted.upperBound ..< end.lowerBound].contains("<"), "\(hostile) is escaped text")
        }
    }

    @Test func aLanguageCodeThatIsNotOneIsDropped() throws {
        let html = try page([excerpt("Det var veldig nyttig.", "nb\"><b>x</b")])
        #expect(!html.contains("<span lang=") && !html.contains("<b>x"))
    }

    @Test func figuresStageSetsTheCodeFromTheRedactedText() {
        #expect(QuoteLanguage.code(of: "Vi snakket norsk hele tiden, og [NAME] hjalp meg.") == "nb")
    }
}
