/// Round 8: diminutives of the common first names. Ukrainian and Polish (and Russian, which many
/// newcomers speak) make a pet name from the stem of a first name and a suffix — Olena:
/// Olenka, Oksana: Oksanka, Taras: Tarasyk, Mykhailo: Михайлик, Maria: Marysia, Марічка — and
/// decline it like any noun ("з Марічкою"). Parents, teachers and volunteers write children by
/// these names far more often than by the full one, and no list can hold them all; the
/// morphology can. A word whose `NameFolding` key, with a case ending swapped for the
/// nominative's and a diminutive suffix removed, leaves a stem that with one of the first
/// name's own endings is in `FirstNames` is such a pet name. Bounded work per word: a few
/// suffix tests, each one hash lookup.
enum FirstNameDiminutives {
    /// `inflected`: also a case form. First in a sentence a name is the subject, in the
    /// nominative; a case form there is more often a plural feast named after one ("Andrzejki",
    /// "Katarzynki").
    static func reachesFirstName(_ keys: [String], inflected: Bool) -> Bool {
        for key in keys where key.count >= 5 {
            var forms = [key]
            for (ending, nominative) in caseEndings where inflected && key.hasSuffix(ending) && key.count - ending.count >= 4 {
                forms.append(String(key.dropLast(ending.count)) + nominative)
            }
            for form in forms {
                for suffix in suffixes where form.hasSuffix(suffix) && form.count - suffix.count >= 3 {
                    let stem = String(form.dropLast(suffix.count))
                    for tail in nameEndings {
                        let name = stem + tail
                        if FirstNames.dictionary.contains(key: name), !CommonWords.everydayOrSurnameNoun.contains(name) { return true }
                    }
                }
            }
        }
        return false
    }

    /// Diminutive suffixes in `NameFolding` skeleton form (y/j read as i, kh as h, sz as sh).
    private static let suffixes = [
        "ochka", "echka", "ichka", "chka", "chko", "ushka", "ushko", "usia", "isia", "sia", "unia", "ulia",
        "enka", "onka", "inka", "chik", "usik", "ka", "ko", "ik", "ek",
    ]

    /// What a first name ends in after its stem: Taras, Olena, Mykhailo, Maria, Andrii.
    private static let nameEndings = ["", "a", "o", "ia", "ii", "i"]

    /// Case endings of a diminutive, with its nominative ending: Marichkoiu, Olenki, Tarasyka.
    private static let caseEndings: [(String, String)] = [
        ("oiu", "a"), ("oi", "a"), ("ie", "a"), ("i", "a"), ("u", "a"), ("e", "a"), ("a", ""), ("u", ""), ("om", ""), ("iem", ""),
    ]
}
