/// The first and last names of the snapshot's users, in any script, prepared for fast lookup.
///
/// Each name is split into words and each word stored under its `NameFolding` keys, so a text
/// word is checked with one hash lookup per key however many users there are (no giant regular
/// expression). Words shorter than two letters and name particles ("van", "von", "de") are
/// skipped: they would redact ordinary text.
///
///     let names = NameDictionary(names: ["Anna", "Kowalska", "Олена", "Müller"])
///     Redactor(names: names, referenceYear: 2026).redact("Olena met anna") // "[NAME] met [NAME]"
public struct NameDictionary: Sendable {
    let keys: Set<String>

    public init(names: [String]) {
        self.init(names: names, cyrillicReadings: true)
    }

    /// `cyrillicReadings`: also store each Latin-script name as a Ukrainian writer spells it
    /// (`LatinNamesInCyrillic`: Thomas as Томас). Right for a snapshot's few hundred users;
    /// the thousands of `FirstNames` would make Ukrainian words read as names.
    init(names: [String], cyrillicReadings: Bool) {
        var keys = Set<String>()
        for name in names {
            for word in name.split(whereSeparator: { !($0.isLetter || $0 == "'" || $0 == "’") }) {
                let letters = word.filter(\.isLetter)
                guard letters.count >= 2, !Self.particles.contains(letters.lowercased()) else { continue }
                keys.formUnion(NameFolding.dictionaryKeys(for: word))
                guard cyrillicReadings else { continue }
                for reading in LatinNamesInCyrillic.readings(of: word.lowercased()) {
                    keys.formUnion(NameFolding.keys(for: reading))
                }
            }
        }
        keys.remove("")
        self.keys = keys
    }

    public static let empty = NameDictionary(names: [])

    /// Number of distinct lookup keys (a name can have several spellings).
    public var keyCount: Int { keys.count }

    public var isEmpty: Bool { keys.isEmpty }

    func contains(key: String) -> Bool { keys.contains(key) }

    private static let particles: Set<String> = [
        "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "zu", "af", "al", "bin", "ben",
    ]
}
