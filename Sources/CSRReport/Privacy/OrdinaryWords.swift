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
    /// (`data/ordinary-words-de.txt`, 121,000 words). German capitalises every noun, so only a
    /// capitalised word inside a German sentence that is none of them is taken for a name.
    static let german: Set<String> = {
        let text = EmbeddedFiles.files["data/ordinary-words-de.txt"] ?? ""
        return Set(text.split(separator: "\n").map(String.init))
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

    /// Words that are ordinary (a lower-case entry) in one of the five Debian lists and a proper
    /// noun (a capitalised entry) in one of them: "will", "mark", "per", "liv", "strand", "berg"
    /// (`data/name-words.txt`, 54,000 words). A user's name written in lower case that is one of
    /// them is read as the ordinary word.
    static let nameLike: Set<String> = {
        let text = EmbeddedFiles.files["data/name-words.txt"] ?? ""
        return Set(text.split(separator: "\n").map(String.init))
    }()

    /// Whether `lower` (a lower-cased word) or its singular is an ordinary English word.
    static func isEnglish(_ lower: String) -> Bool {
        if english.contains(lower) { return true }
        return lower.hasSuffix("s") && lower.count > 3 && english.contains(String(lower.dropLast()))
    }
}
