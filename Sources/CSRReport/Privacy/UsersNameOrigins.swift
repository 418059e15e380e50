/// Round 8: a user's name that is a word, first in a sentence, followed by where the person comes
/// from: "Will aus London fragt …", "Rose aus dem Dubliner Büro hat …", "Grace from the Cork
/// office called", "Per fra NAV ringte", "Róża z Krakowa napisała", "Віра з Харкова прийшла". A
/// word is not "from" a capitalised place or office; a person is. Not a month or season ("Winter
/// aus Sibirien"), and the place must be capitalised ("Róża z ogrodu" is a rose from the garden).
/// Looks at three words after each, so linear.
extension NameRecogniser {
    func applyUsersNameOrigins(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        guard !dictionary.isEmpty else { return }
        for (i, t) in tokens.enumerated() where state[i] != .yes && t.startsSentence && t.isCapitalised && !t.isAllCaps {
            guard i + 2 < tokens.count, isUsersWord(t), Self.originWords.contains(tokens[i + 1].lower),
                  gap(t, tokens[i + 1], text) == " ", gap(tokens[i + 1], tokens[i + 2], text) == " " else { continue }
            let keys = NameFolding.keys(for: t.text)
            if keys.contains(where: CommonWords.capitalisedAnyway.contains) { continue }
            var place = i + 2
            if NameContextWords.articles.contains(tokens[place].lower) || Self.germanArticles.contains(tokens[place].lower),
               place + 1 < tokens.count, gap(tokens[place], tokens[place + 1], text) == " " { place += 1 }
            guard tokens[place].isCapitalised, !tokens[place].touchesDigit else { continue }
            state[i] = .yes
        }
    }

    private static let originWords: Set<String> = ["from", "aus", "fra", "von", "z", "ze", "з", "із", "зі", "від"]
}
