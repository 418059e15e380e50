/// The language a quoted text is written in, when the redactor's word lists can tell, as a
/// BCP 47 code for the `lang` attribute (a screen reader picks its voice from it).
///
/// ```swift
/// QuoteLanguage.code(of: "Det var veldig nyttig, og vi lærte mye.")  // "nb"
/// QuoteLanguage.code(of: "OK, super, danke, thanks")               // nil: no clear winner
/// ```
///
/// Unlike `TextLanguage.guess`, which must always answer (and leans German, the careful
/// choice for the name rules), this answers only with clear evidence: a wrong `lang` makes a
/// screen reader mispronounce every word, a missing one only falls back to the page's language.
public enum QuoteLanguage {
    /// Points the leading language needs: two function words, or one and two words of its list.
    static let minimumScore = 4

    public static func code(of text: String) -> String? {
        identify(WordTokeniser.tokens(in: ScannedText(text)), text: text).map(code)
    }

    static func identify(_ tokens: [WordToken], text: String) -> TextLanguage? {
        let score = TextLanguage.scores(tokens)
        let ranked = TextLanguage.allCases.map { ($0, score[$0] ?? 0) }.sorted { $0.1 > $1.1 }
        guard let (best, points) = ranked.first, points >= minimumScore else { return nil }
        // A mixed text ("Takk! Thanks a lot, it was very good, veldig bra") has no one language:
        // the leader must score at least twice the runner-up.
        let second = ranked.dropFirst().first?.1 ?? 0
        guard points >= 2 * second, points > second else { return nil }
        // Russian shares Cyrillic and most function words with Ukrainian; its own letters say it
        // is not Ukrainian, and Russian is not one we tell.
        if best == .ukrainian, text.lowercased().contains(where: { "ыэъё".contains($0) }) { return nil }
        return best
    }

    static func code(_ language: TextLanguage) -> String {
        switch language {
        case .english: "en"
        case .german: "de"
        case .norwegian: "nb"
        case .polish: "pl"
        case .ukrainian: "uk"
        }
    }
}
