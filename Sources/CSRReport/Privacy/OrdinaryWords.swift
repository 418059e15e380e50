import Foundation

/// Ordinary English words, from Debian's `wamerican` list (its lower-case entries of three or
/// more letters; `scripts/make-ordinary-words.py` derives `data/ordinary-words-en.txt`, which the
/// EmbedFiles plugin compiles in). A capitalised word inside an English sentence that is one of
/// them ("Club", "Cloud", "Summit", "Services") is a title or brand word more often than a name,
/// so the weakest name rules (a capitalised word alone, or a pair of them, with no other cue)
/// pass it by. Loaded once, on first use (64,000 words, about 590 kB).
enum OrdinaryWords {
    static let english: Set<String> = {
        let text = EmbeddedFiles.files["data/ordinary-words-en.txt"] ?? ""
        return Set(text.split(separator: "\n").map(String.init))
    }()

    /// German words of 3-10 letters, lower-cased, from Debian's `wngerman` list
    /// (`data/ordinary-words-de.txt`, 121,000 words; the file keeps each entry's own case, see
    /// `germanLowerCase`). German capitalises every noun, so only a
    /// capitalised word inside a German sentence that is none of them is taken for a name.
    static let german: Set<String> = Set(germanEntries.map { $0.lowercased() })

    /// The entries German writes in lower case: adjectives, verbs, adverbs and function words
    /// ("klug", "ernst", "braun", "lang"), never a noun or a first name. Round 7: a user's name
    /// written so inside German prose is that word ("manchmal zu ernst").
    static let germanLowerCase: Set<String> = Set(germanEntries.filter { $0.first?.isLowercase ?? false })

    /// The German list as written, each entry in its own case.
    private static let germanEntries: [String] = {
        let text = EmbeddedFiles.files["data/ordinary-words-de.txt"] ?? ""
        return text.split(separator: "\n").map(String.init)
    }()

    /// Whether `lower` is a German word, or a compound ending in one of four or more letters
    /// after at least three ("höhenmeter": "meter"). At most ten letters, so bounded work.
    static func isGermanOrCompound(_ lower: String) -> Bool {
        if german.contains(lower) { return true }
        let letters = Array(lower)
        guard letters.count >= 7, letters.count <= 12 else { return false }
        for start in 3 ... letters.count - 4 where german.contains(String(letters[start...])) { return true }
        return false
    }

    /// Words that are ordinary (a lower-case entry) in at least two of the five Debian lists and a
    /// proper noun (a capitalised entry) in one of them: "will", "mark", "per", "liv", "strand",
    /// "berg" (`data/name-words.txt`, about 3,600 words). A user's name written in lower case that is one of
    /// them is read as the ordinary word.
    static let nameLike: Set<String> = {
        let text = EmbeddedFiles.files["data/name-words.txt"] ?? ""
        return Set(text.split(separator: "\n").map(String.init))
    }()

    /// Whether `lower` (a lower-cased word) or its singular is an ordinary English word, also in
    /// British spelling (`wamerican` is American: "labour", "centre", "organise").
    static func isEnglish(_ lower: String) -> Bool {
        if english.contains(lower) || contractions.contains(lower) { return true }
        if lower.hasSuffix("s") && lower.count > 3 && english.contains(String(lower.dropLast())) { return true }
        for (british, american) in britishSpellings where lower.hasSuffix(british) && lower.count > british.count + 2 {
            let word = String(lower.dropLast(british.count)) + american
            if english.contains(word) || (word.hasSuffix("s") && english.contains(String(word.dropLast()))) { return true }
        }
        return false
    }

    /// English contractions as chat writes them, without the apostrophe ("mentor didnt show
    /// up"): the list has no apostrophe forms at all, so they looked like unknown words (round 7).
    private static let contractions: Set<String> = [
        "dont", "didnt", "doesnt", "isnt", "wasnt", "arent", "werent", "cant", "couldnt", "wouldnt", "shouldnt",
        "wont", "havent", "hasnt", "hadnt", "mustnt", "neednt", "aint", "ive", "youre", "theyre", "thats", "whats",
        "hes", "shes", "youve", "weve", "theyve", "youll", "theyll", "itll", "thatll", "whos", "theres", "heres",
        "lets", "im", "idk", "ur", "pls", "plz", "thx", "tbh", "btw", "omg", "lol",
    ]

    private static let britishSpellings: [(String, String)] = [
        ("our", "or"), ("ours", "ors"), ("re", "er"), ("res", "ers"), ("ise", "ize"), ("ised", "ized"),
        ("ises", "izes"), ("ising", "izing"), ("isation", "ization"), ("ogue", "og"), ("ence", "ense"),
    ]

    /// Ordinary Norwegian (bokmål), Polish and Ukrainian words, every inflected form, that are no
    /// proper noun of the English, Norwegian, Polish or Ukrainian Debian lists (`wnorwegian`, `wpolish`,
    /// `wukrainian`; `data/ordinary-words-{nb,pl,uk}.bloom`): a capitalised "Kommune", "Urząd" or
    /// "Центр" inside a sentence names an organisation or starts a title, not a person.
    /// Place names from GeoNames (`data/place-words.txt`, made by `scripts/make-place-words.py`;
    /// 48,000 cities and towns, first names removed): a lone capitalised "Lillehammer" or
    /// "Gdynia" is a place. Consulted only by the rules that judge one capitalised word alone.
    static let places: Set<String> = {
        let text = EmbeddedFiles.files["data/place-words.txt"] ?? ""
        // Round 8: the generator subtracts gender-guesser's first names; the few common first
        // names it does not hold (towns called Dasha, Wolodymyr, Stanisław) are names here too.
        return Set(text.split(separator: "\n").map(String.init)).subtracting(FirstNames.entries)
    }()

    /// Whether `lower` is a place, also in a Polish or Ukrainian case form ("warszawy",
    /// "krakowa", "lwowie", "києва", "львові"): the case ending is swapped for the nominative's.
    static func isPlaceForm(_ lower: String) -> Bool {
        if places.contains(lower) { return true }
        guard lower.count >= 5 else { return false }
        for (ending, nominative) in placeEndings where lower.hasSuffix(ending) {
            if places.contains(String(lower.dropLast(ending.count)) + nominative) { return true }
        }
        // Ukrainian writes "і" (and "ї") in a closed last syllable where the open one has "о", "е"
        // or "є": Харків -> Харкова, Харковом; Львів -> Львові; Київ -> Києва.
        for ending in ["а", "у", "і", "ом", "ові", "ем", "ею"] where lower.hasSuffix(ending) {
            var stem = Array(lower.dropLast(ending.count))
            guard stem.count >= 3, let k = stem.lastIndex(where: { "оеє".contains($0) }), k >= stem.count - 2 else { continue }
            stem[k] = stem[k] == "є" ? "ї" : "і"
            if places.contains(String(stem)) { return true }
        }
        return false
    }

    static let placeEndings: [(String, String)] = [
        ("y", "a"), ("i", "a"), ("ie", "a"), ("ą", "a"), ("ę", "a"), ("a", ""), ("u", ""), ("ie", ""), ("em", ""),
        ("owa", "ów"), ("owie", "ów"), ("iu", ""), ("ii", "ia"), ("ji", "ja"),
        ("и", "а"), ("і", "а"), ("у", "а"), ("ою", "а"), ("а", ""), ("у", ""), ("і", ""), ("ом", ""), ("ові", ""),
        ("ові", "ів"), ("ова", "ів"), ("еві", ""), ("я", "ь"), ("і", "ь"), ("ю", "ь"), ("ії", "ія"), ("ею", "я"),
    ]

    /// Lower-case Norwegian (bokmål) and Ukrainian words that are also a proper noun of one of
    /// the lists (`data/word-names-{nb,uk}.txt`: "ned", "per", "strand"; "роман", "роману"): the
    /// words the Bloom filters leave out. In lower case they are the word ("skrev ned spørsmål",
    /// "читали роман"), so only the rules that judge a lower-case word ask these lists.
    static let norwegianWordNames: Set<String> = lines("data/word-names-nb.txt")
    static let ukrainianWordNames: Set<String> = lines("data/word-names-uk.txt")

    private static func lines(_ file: String) -> Set<String> {
        Set((EmbeddedFiles.files[file] ?? "").split(separator: "\n").map(String.init))
    }

    /// Whether a word written in lower case is an ordinary word of the text's language (or of
    /// English), including the ordinary words that are also names ("ned", "роман", "тому").
    static func isLowerCaseWord(_ lower: String, cyrillic: Bool, norwegianText: Bool) -> Bool {
        if cyrillic { return ukrainian.contains(lower) || ukrainianWordNames.contains(lower) }
        return norwegianText && (norwegian.contains(lower) || norwegianWordNames.contains(lower))
    }

    /// A German diminutive of a German noun ("Geißlein", "Kätzchen", "Häuschen"): the stem, with
    /// its umlaut undone where the diminutive added one, is a German word. A diminutive of a
    /// name ("Gretchen", "Hänschen") has no such stem.
    static func isGermanDiminutive(_ lower: String) -> Bool {
        for suffix in ["lein", "chen"] where lower.hasSuffix(suffix) && lower.count >= suffix.count + 3 {
            let stem = String(lower.dropLast(suffix.count))
            if german.contains(stem) || german.contains(stem + "e") { return true }
            let plain = String(stem.map { c -> Character in c == "ä" ? "a" : c == "ö" ? "o" : c == "ü" ? "u" : c })
            if plain != stem, german.contains(plain) || german.contains(plain + "e") { return true }
        }
        return false
    }

    static let norwegian = OrdinaryWordFilter(file: "data/ordinary-words-nb.bloom")
    static let polish = OrdinaryWordFilter(file: "data/ordinary-words-pl.bloom")
    static let ukrainian = OrdinaryWordFilter(file: "data/ordinary-words-uk.bloom")
}

/// One of the Bloom-filter word lists, parsed on first use.
struct OrdinaryWordFilter: Sendable {
    private let filter: BloomFilter?

    init(file: String) {
        filter = EmbeddedFiles.files[file].flatMap { BloomFilter(text: $0) }
    }

    var isLoaded: Bool { filter != nil }

    /// Whether `lower` (a lower-cased word of three or more letters) is listed; a word longer
    /// than ten letters is listed as its first nine and an ellipsis, as the script stores it.
    func contains(_ lower: String) -> Bool {
        guard let filter else { return false }
        let word = lower.precomposedStringWithCanonicalMapping
        let count = word.count
        guard count >= 3 else { return false }
        return filter.contains(count <= 10 ? word : String(word.prefix(9)) + "\u{2026}")
    }

    /// Whether `lower` is listed or is a compound ending in a listed word of four or more
    /// letters after at least three ("foreldremøtet": "møtet"; Norwegian writes compounds as
    /// one word). At most 24 letters are tried, so the work per word is bounded.
    func containsOrCompound(_ lower: String) -> Bool {
        if contains(lower) { return true }
        let letters = Array(lower)
        guard letters.count >= 7, letters.count <= 24 else { return false }
        for start in 3 ... letters.count - 4 where contains(String(letters[start...])) { return true }
        return false
    }
}
