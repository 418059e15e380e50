/// Round 8: ordinary words that look like names because of where they are written. A Ukrainian
/// writer in Norway or Poland names the offices, exams and cards of the new country in its own
/// language ("складаю Norskprøve", "Røde Kors організував", "Kartę Dużej Rodziny"): a Latin-script
/// word in Ukrainian text that the Norwegian or Polish list knows is such a word. In German, where
/// every noun is capitalised, a quantity and two German nouns ("12 Paar Stiefel") are a measure and
/// what it measures.
enum ForeignWords {
    /// An ordinary Norwegian word or compound, or an ordinary Polish word, of three or more
    /// letters, that is no surname by its ending ("Kowalska" is in the Polish list in lower case).
    static func isNorwegianOrPolish(_ lower: String) -> Bool {
        guard lower.count >= 3, !NameRecogniser.isSurnameShaped(lower) else { return false }
        return OrdinaryWords.norwegian.containsOrCompound(lower) || OrdinaryWords.polish.contains(lower)
    }

    /// Whether a number stands right before the measure noun `noun`: digits ("12 Paar") or a
    /// German number word (`previous`: "zwei Paar").
    static func followsQuantity(_ noun: WordToken, previous: WordToken?, _ text: ScannedText) -> Bool {
        if text.unit(at: noun.range.lowerBound - 1) == 0x20, text.isDigit(at: noun.range.lowerBound - 2) { return true }
        guard let previous, previous.range.upperBound + 1 == noun.range.lowerBound else { return false }
        return germanNumbers.contains(previous.lower)
    }

    private static let germanNumbers: Set<String> = [
        "ein", "eine", "einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf",
        "zwanzig", "hundert", "viele", "einige", "mehrere", "paar",
    ]

    /// Two capitalised German words of the German list, neither of them a surname noun
    /// (`CommonWords.surnameNouns`: "Vogel", "Fischer" after a first name are surnames).
    static func isGermanNounPair(_ a: WordToken, _ b: WordToken) -> Bool {
        func noun(_ t: WordToken) -> Bool {
            t.isCapitalised && !t.isAllCaps && OrdinaryWords.isGermanOrCompound(t.lower)
                && !NameFolding.keys(for: t.text).contains(where: CommonWords.surnameLike.contains)
        }
        return noun(a) && noun(b)
    }
}
