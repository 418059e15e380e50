/// Round 8: Ukrainian written in Latin letters ("dyakuiu za urok, teper vse zrozumilo"), as
/// phones without a Cyrillic keyboard make people write. The language guess reads such a note
/// by its foreign nouns (Norwegian "Skatteetaten"), but its Latin words are Ukrainian words:
/// "Liubov" there is love, "nadiia" hope. Two or more common Ukrainian function words in Latin
/// letters (in the usual transliterations) mark such a text. One pass over the words.
enum UkrainianInLatin {
    static func isWritten(_ tokens: [WordToken]) -> Bool {
        var count = 0
        for t in tokens where !t.isCyrillic && functionWords.contains(t.lower) {
            count += 1
            if count >= 2 { return true }
        }
        return false
    }

    /// Words of three or more letters that are no word of English, German, Norwegian or Polish.
    private static let functionWords: Set<String> = [
        "dyakuiu", "diakuiu", "dyakuyu", "diakuiemo", "dyakuiemo", "duzhe", "teper", "tezh", "vzhe", "shche", "shcho", "shchob",
        "tse", "tsey", "tsia", "dlia", "dlya", "mene", "tebe", "vona", "vony", "yakyi", "yaka", "treba", "bulo", "buly", "mozhna",
        "razom", "dobre", "zaniattia", "zanyattya", "sohodni", "syohodni", "zavtra", "vchora", "vse", "vsi", "pryishly", "pryishov",
        "pryishla", "ale", "tilky", "koly", "chomu", "tomu", "bo", "abo", "yak", "tak", "nas", "nam", "yikh", "yii", "yoho",
    ]
}
