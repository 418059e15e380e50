/// Round 8: address shapes that dev-13's misses showed by class (docs/privacy.md, "Round 8:
/// dates of birth, IDs and addresses").
///
/// - **Floors as Polish, German and Ukrainian letters write them**: an ordinal in digits or
///   Roman numerals before the floor word ("I piętro", "III piętro", "2. OG links", "3.
///   Stock"), the floor word before its number ("поверх 4", "piętro 2", "etasje 3"), a Roman
///   floor after a slash ("Müllerstraße 7/II"), the side after a floor ("… OG links"), and a
///   German c/o after a comma ("…, bei Müller, 72764 Reutlingen").
/// - **A housing centre with a room and no street**: a word for a reception centre, hostel or
///   student village, alone or ending a compound, the place's name, building parts, then a
///   room, bed or place number ("Hvalstad asylmottak, rom 112", "Gemeinschaftsunterkunft
///   Schönefeld, Haus B, Zimmer 217", "Erstaufnahme Berlin-Tegel, Terminal C, Platz 1182"). A
///   meeting room in a centre or a hall is no home, so only words for housing count.
/// - **A Ukrainian street word after the street's name**, as a transliteration keeps it
///   ("Obolonskyi prosp. 26", "Shevchenka vul. 5"), and the German transliteration "wul.".
///
/// Each is a regular expression bounded on both sides, run once per text: linear.
enum AddressFloorsAndShelters {
    static let tailSegments: [String] = [
        #",?[ \t](?:\d{1,2}\.?|(?-i:[IVX]{1,4}))[ \t]?(?:etg\.?|etasje|OG|Stock|Etage|piętro|поверх|floor)(?:[ \t](?:links|rechts|Mitte|li\.|re\.))?(?![\p{L}\p{N}])"#,
        #",[ \t](?:поверх|piętro|etasje|Etage|floor|etg\.?)[ \t]\d{1,2}(?![\p{L}\p{N}])"#,
        #"/(?-i:[IVX]{1,4})(?![\p{L}\p{N}])"#,
        #"[ \t](?:links|rechts|li\.|re\.)(?![\p{L}])"#,
        #",[ \t](?i:bei|c/o|hos)[ \t]\p{L}[\p{L}'’\-]+(?=,?[ \t](?:\d{4,5}|\d{2}-\d{3})[ \t])"#,
    ]

    private static let housing = #"(?:(?i:hostel|hotel|hotell|lodge|residence|accommodation|wohnheim|unterkunft|heim|pension|mottak|asylmottak|studentby|hybelhus|internat|akademik|bursa|schronisko|ośrodek|гуртожиток|гуртожитку|хостел|готель|erstaufnahme|aufnahmeeinrichtung)|\p{L}{3,}(?i:wohnheim|unterkunft|heim|mottak|studentby|hostel|hotell|aufnahme|aufnahmeeinrichtung))(?![\p{L}])"#
    private static let building = #"(?i:haus|block|halle|bygg|blokk|oppgang|hus|klatka|korpus|корпус|korp\.|під'їзд|building|terminal)"#
    private static let room = #"(?i:room|rom|zimmer|zi\.|pok\.|pokój|кімн\.|кімната|platz|bed|seng|ліжко|miejsce)"#

    /// A housing centre, who it is for ("Ośrodek dla cudzoziemców", "Unterkunft für
    /// Geflüchtete"), its name, building parts and a room.
    static let shelterWithRoom = #"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’\-]*[ \t]){0,2}"# + housing + #"(?:[ \t](?:dla|for|für|для)[ \t]\p{Ll}+)?(?:[ \t]\p{Lu}[\p{L}'’\-]*){0,2}(?:,?[ \t]"# + building
        + #"[ \t](?:\d{1,3}|\p{Lu})(?![\p{L}\p{N}])){0,2},?[ \t]"# + room + #"[ \t]?\d{1,4}(?![\p{L}\p{N}])"#

    /// Prefixes that join the address starting where they end: the institution a street
    /// belongs to, written with "przy", "bei", "ved", "при" ("DPS przy ul. Kasprowicza 17",
    /// "Hostel przy ul. Wiślanej 4"), by a housing word or an abbreviation in capitals; a
    /// building part before a room ("Citywest Transit Hub, Block C room 214"); and the farm a
    /// rural address names first ("Lunde gård, Lundeveien 40", "Hof Berger, Dorfstraße 3").
    static func prefixes(dwelling: String, building: String) -> [String] {
        [
            #"(?<![\p{L}\p{N}])(?:"# + dwelling + #"|\p{Lu}{2,5})[ \t](?:przy|при|bei|ved)[ \t]"#,
            #"(?<![\p{L}\p{N}])"# + building + #"[ \t](?:\d{1,3}|\p{Lu})(?:,[ \t]|[ \t])(?=(?i:room|rom|zimmer|pok\.|pokój|кімната|platz|bed)[ \t]?\d)"#,
            #"(?<![\p{L}\p{N}])(?:(?:\p{Lu}[\p{L}'’\-]*[ \t]){1,2}(?i:gård|gard|gården|farm|gospodarstwo|хутір|садиба)|(?i:hof|gut|farm|gospodarstwo|хутір|садиба)(?:[ \t]\p{Lu}[\p{L}'’\-]*){1,2})(?![\p{L}]),[ \t]"#,
        ]
    }

    /// A street's name, then its Ukrainian street word and the number (group-free; the caller adds flat and tail).
    static let nameThenStreetWord = #"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’\-]+[ \t]){1,2}(?:prosp\.|prospekt|vul\.|vulytsia|prov\.|provulok|bulv\.|bulvar|просп\.|проспект|вул\.|вулиця|пров\.|провулок|бульв\.|бульвар)[ \t]?\d{1,4}\p{L}?(?![\p{L}\p{N}])"#

    /// The German transliteration of "вул.", for the Ukrainian street pattern.
    static let germanUkrainianStreet = #"wul\.?|wuliza|wulyzja"#
}
