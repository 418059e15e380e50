/// What may stand before and after a street and house number and still be part of the same
/// address (round 6): a c/o line, a flat or room before it ("Flat 4, 22 …", "Zimmer 7, …",
/// "2/1, 88 …"), the district or city first ("Poznań, ul. …", "Dublin 8, 14 …"); after it flats,
/// rooms and buildings in the five languages ("leil 402", "Whg. 11", "App. 205", "kwartira 7",
/// "Haus B"), separated by commas, slashes or line breaks, a bare Polish postcode, a city line
/// and a postcode line, and a town written in lower case ("… crescent bath -").
///
/// Every step looks a bounded distance from the address it extends, and the prefixes are found
/// in one pass over the text, so an address costs the same wherever it stands.
struct AddressAffixes: Sendable {
    /// Words for a flat, room or apartment, followed by its number: en, de, nb, pl, uk (Cyrillic
    /// and Latin, with the Polish spelling of квартира a Ukrainian writing Polish uses).
    static let unitWord = #"(?:(?i:kv\.?|kw\.?|кв\.?|квартира|kvartyra|kvartira|kwartira|kwartyra|apt\.?|apartment|leil\.?|leilighet|whg\.?|wohnung|app\.?|appartement|zi\.|zimmer|flat|lok\.?|lokal|mieszkanie|mieszkania|pok\.|pokój|кімн\.|кімната|kimnata|room|rom|unit|suite|bud\.|budynok|буд\.|будинок|wg|kl\.|bed|seng|platz|miejsce|ліжко)|m\.?|p\.(?=[ \t]?\d{1,2}(?![\p{N}])))"#
    /// Building parts that take a letter or a number: "Haus B", "Block C", "Halle 9", "klatka B".
    static let buildingWord = #"(?:Haus|Block|Halle|Hangar|Aufgang|Stiege|Bygg|Blokk|Oppgang|hus|Hus|klatka|Klatka|kl\.|корпус|корп\.|korp\.|під'їзд|Building)"#
    /// Not a first word that names a room, a hall, a building or a part of a course: "Zimmer 214,
    /// 2. OG" and "rom 3045, andre etasje" are meeting places, not addresses.
    static let notARoom = #"(?!(?i:room|rom|raum|zimmer|zi|sala|sal|pokój|pok|кімната|аудиторія|aula|halle|hall|haus|bygg|bygning|building|block|blokk|unit|level|floor|etage|gate|platform|gleis|spor|peron|bus|buss|linie|line|tram|trikk|tor|eingang|inngang|entrance|klasse|class|kurs|course|gruppe|group|seksjon|section|week|woche|uke|tydzień|session|sitzung|lesson|leksjon|lekcja|урок|module|modul|kapittel|kapitel|chapter|rozdział|page|side|seite|strona|teil|part|step|schritt|table|tisch|bord|apt|apartment|flat|wohnung|leilighet|suite|office|büro|kontor|biuro|desk|absatz|paragraph|aufgabe|übung|exercise|task|oppgave|zadanie|ćwiczenie|вправа|завдання|nummer|number)(?![\p{L}]))"#
    /// What separates the parts of an address written on one line or several.
    static let separator = #"(?:[ \t]?,[ \t]?|[ \t](?:/{1,2}|[·|•])[ \t]|[ \t]|\n)"#
    /// One flat, room or building part after an address.
    static let unitSegment = separator + unitPart
    /// The same after a comma, a slash or a line break only (for addresses without a street word,
    /// where "ESOL Entry 3 Unit 4" must stay a course book).
    static let separatedUnitSegment = #"(?:[ \t]?,[ \t]?|[ \t](?:/{1,2}|[·|•])[ \t]|\n)"# + unitPart
    private static let unitPart = "(?:" + unitWord + #"[ \t]?(?:\p{Lu}-?)?\d{1,4}(?:\.\d{1,3})?\p{L}?|"# + buildingWord + #"[ \t](?:\d{1,3}|\p{Lu})|"# + floorWithoutNumber + #")(?![\p{L}\p{N}])"#
    /// Round 7: a floor named without a number, as German and Polish letters write it ("EG
    /// links", "Hochparterre", "parter"), and Norwegian "sokkel".
    static let floorWithoutNumber = #"(?:EG|DG|UG|Erdgeschoss|Dachgeschoss|Hochparterre|Souterrain|parter|parterre|sokkel|sokkelleilighet|цоколь)(?:[ \t](?:links|rechts|Mitte|li\.|re\.))?"#

    /// The 32 counties of Ireland, as written after "Co." in an address.
    static let irishCounty = "(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)"

    /// English street words and their usual abbreviations, capitalised. "Dr" only when no name
    /// follows ("Dr Smith" is a doctor).
    static let englishStreetWord = #"(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Drive|Dr(?!\.?\s\p{Lu})\.?|Close|Way|Place|Pl\.?|Square|Sq\.?|Crescent|Cres\.?|Court|Ct\.?|Terrace|Tce\.?|Terr\.?|Gardens|Gdns\.?|Row|Grove|Gr\.?|Mews|Walk|Boulevard|Blvd\.?|Hill|Parade|Park|Pk\.?|Lawn|Green|Heights|Rise|View|Vale|Quay|Wharf)"#
    /// The same in any case, for the shapes that have a flat or number word to say "address".
    static let anyCaseStreetWord = #"(?i:street|st\.?|road|rd\.?|avenue|ave\.?|lane|drive|close|way|place|square|sq\.?|crescent|court|terrace|gardens|grove|park|row|mews|hill|quay|view|green)"#

    /// Segments that the older tail (AddressRecogniser.tailExtension) does not know.
    static let tailSegments: [String] = {
        let ukPostcode = #"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"#
        let eircode = #"(?i:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?(?i:[AC-FHKNPRTV-Y0-9]{4})"#
        let city = #"\p{Lu}[\p{L}]+(?:[ \-]\p{Lu}[\p{L}]+)?"#
        return [
            unitSegment,
            // "// 2. Etage //", "\n2. OG"
            #"(?:[ \t](?:/{1,2}|[·|•])[ \t]|\n)\d{1,2}\.\s?(?:etg\.?|etasje|OG|Stock|Etage|piętro|поверх)"#,
            // a postcode and city after slashes or on the next line: "// 01099 Dresden"
            #"[ \t](?:/{1,2}|[·|•])[ \t](?:\d{4,5}|\d{2}-\d{3})[ \t]"# + city + #"(?![\p{L}])"#,
            // a Polish postcode without its city: "…, 60-243."
            #",?[ \t]\d{2}-\d{3}(?![\p{L}\p{N}])"#,
            // an Eircode in any case without a comma: "58 rathmines road lower d06 f2k7"
            #"[ \t]"# + eircode + #"(?![\p{L}\p{N}])"#,
            // a direction in lower case or abbreviated: "dorset st upper", "Basin St Lwr"
            #"[ \t](?:upper|lower|Lwr|Upr|lwr|upr)\.?(?![\p{L}])"#,
            // the town on its own line, then the postcode on the next: "…\nBristol\nBS8 4LX"
            #"\n"# + city + #"[ \t]*\n(?:"# + ukPostcode + "|" + eircode + #"|(?:\d{4,5}|\d{2}-\d{3}))(?![\p{L}\p{N}])"#,
            // German "in" before the postcode: "Bahnhofstr. 5 in 76133 Karlsruhe"
            #"[ \t]in[ \t]\d{5}[ \t]"# + city + #"(?![\p{L}])"#,
            // a note in brackets before the postcode: "Hauptstraße 5 (Hinterhaus), 10115 Berlin"
            #"[ \t]\([^()\n]{1,30}\)(?=,?[ \t](?:\d{4,5}|\d{2}-\d{3})[ \t])"#,
            // the postcode alone on the next line
            #"\n(?:"# + ukPostcode + "|" + eircode + #")(?=[ \t]*(?:$|\n))"#,
            // a c/o in the German or Norwegian way before the postcode: "schillerstr 5 bei meier, 04109 leipzig"
            #"[ \t](?i:bei|c/o|hos)[ \t]\p{L}[\p{L}'’\-]+(?=,?[ \t](?:\d{4,5}|\d{2}-\d{3})[ \t])"#,
        ] + AddressFloorsAndShelters.tailSegments
    }()

    private let extraTail: TextPattern
    /// A flat, room or floor that would come next.
    private let unitOrFloor = TextPattern("(?:" + unitSegment + #"|,?[ \t]\d{1,2}\.[ \t]?(?:etg\.?|etasje|OG|Stock|Etage|piętro|поверх))"#)
    /// A town written after the address, perhaps with a district number ("dublin 1").
    private let placeWord: TextPattern
    private let prefixes: [TextPattern]
    /// c/o and who the mail goes to (group 1: a title such as "Mrs" or "Familie", group 2: who).
    private let coLine: TextPattern

    /// Words for a place where people are housed, alone or ending a compound (en, de, nb, pl, uk
    /// in Cyrillic and Latin letters).
    static let dwelling = #"(?:(?i:hostel|hotel|hotell|centre|center|hub|lodge|residence|halls?|camp|accommodation|wohnheim|unterkunft|notunterkunft|heim|pension|mottak|asylmottak|studentby|hybelhus|internat|akademik|ds|bursa|schronisko|ośrodek|hurtozhytok|гуртожиток|гуртожитку|хостел|готель)|\p{L}{3,}(?i:wohnheim|unterkunft|heim|mottak|studentby|hostel|hotell))(?![\p{L}])"#
    /// Titles and family words before the person a letter goes to, which stay outside the name.
    static let personTitle = #"(?:Mrs\.?|Mr\.?|Ms\.?|Miss|Frau|Herrn?|Familie|Fam\.|family|the|fru|herr|familien|pani|pan|państwo|rodzina|пані|пан|родина|sim'ja)"#
    /// What makes the addressee of a c/o line an organisation, which stays in the address
    /// (dev-6: "c/o Caritas, ", "c/o Diakonie, ", "c/o St. Anne's Parish Hall, ").
    private static let organisation = TextPattern(#"(?i:caritas|diakoni|red[ \t]cross|rotes[ \t]kreuz|røde[ \t]kors|czerwon\p{L}*[ \t]krzyż|червоний[ \t]хрест|salvation|heilsarmee|frelsesarmeen|church|kirche|kirke|kościół|parafi|parish|hall|centre|center|zentrum|senter|centrum|центр|council|kommune|gemeinde|gmina|association|verein|forening|stowarzysz|fundacj|stiftung|stiftelse|foundation|фонд|school|schule|skole|szkoł|школ|hotel|hostel|ltd|gmbh|e\.v\.|office|büro|kontor|biuro|nav|ngo|mottak|unterkunft|wohnheim|universit|uniwersytet|університет|bank|diakon|mission|misjon|bymisjon|sp\.)"#)

    /// A district or town before the address, checked against the place list (group 1).
    private let placeBefore: TextPattern

    init() {
        extraTail = TextPattern("(?:" + Self.tailSegments.joined(separator: "|") + ")")
        placeWord = TextPattern(#"(?:,[ \t]?|[ \t]|\n)\p{L}[\p{L}'’]{2,}(?:-\p{L}[\p{L}'’]{2,})?(?![\p{L}\p{N}])(?:[ \t]\d{1,2}(?![\p{L}\p{N}.,:]))?"#)
        let unitFirst = #"(?:flat|apt|apartment|unit|suite|house|room|bed|hus|rom|hangar|halle|platz|zimmer|zi|wohnung|whg|app|leil|leilighet|pok|pokój|kv|кв|квартира|кімната)\.?[ \t]?(?:\d{1,4}(?:\.\d{1,3})?(?-i:[a-z])?(?:/\d{1,3})?|(?-i:[A-Z])(?:-?\d{1,4})?)"#
        prefixes = ([
            // a flat, room or house number first: "Flat 4, ", "apt 3, ", "Zimmer 7, ", "no. ",
            // "Ground floor flat, ", "Top flat ", "2/1, " (a Glasgow floor and door); round 7: a
            // bed, a room with a dotted number ("Zi. 4.12, "), a hall or house of a shelter
            // ("Hangar 4, Platz 11, ", "hus 7, rom 312, ")
            #"(?<![\p{L}\p{N}])(?:(?i:(?:ground|basement|first|second|third|top|upper|lower|garden|\d(?:st|nd|rd|th))(?:[ \t]floor)?[ \t]flat|"# + unitFirst + #"(?:,[ \t](?:block|building|blokk|haus)[ \t](?:\d{1,3}|(?-i:[A-Z])))?|(?:no|nr)\.?[ \t]?(?=\d)|number[ \t](?=\d))|\d{1,2}/\d{1,2}(?=,))(?:,[ \t]?|[ \t])"#,
            // Round 7: a floor first ("Flat 5, 3rd floor, 88 …", "2. OG, Lindenstr. 4", "3. etasje, ")
            #"(?<![\p{L}\p{N}])(?:(?i:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|top|basement)[ \t](?i:floor)|\d{1,2}\.[ \t]?(?:etg\.?|etasje|OG|Stock|Etage|piętro|поверх)|"# + Self.floorWithoutNumber + #"),[ \t]"#,
            // Round 7: a flat or room, then the name of the building or hotel it is in:
            // "Room 210, Ibis Budget, ", "Flat 2, Rose Court, ", "Zimmer 12, Haus Sonnenschein, "
            #"(?<![\p{L}\p{N}])(?i:"# + unitFirst + #"),[ \t]\p{Lu}[\p{L}'’\-]+(?:[ \t]\p{Lu}[\p{L}'’\-]+){0,3},[ \t]"#,
            // Round 7: the hostel, dormitory, reception centre or shelter the street belongs to,
            // by a word for such a place or as the end of a compound ("Hostel Kolejarz, ",
            // "Sogn studentby, ", "Flüchtlingsunterkunft Tempelhof, ", "Akademik DS „Babilon”, ",
            // "IPAS centre, ", "гуртожиток «Дніпро», ")
            #"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\p{N}'’\-]*[ \t]){0,2}"# + Self.dwelling + #"(?:[ \t](?:\p{Lu}[\p{L}\p{N}'’.\-]*|[\p{N}][\p{L}\p{N}\-]*|[„“"«][^„“”"«»\n,]{1,30}[”"“»])){0,3},[ \t]"#,
        ] + AddressFloorsAndShelters.prefixes(dwelling: Self.dwelling, building: Self.buildingWord)).map { TextPattern($0) }
        coLine = TextPattern(#"(?<![\p{L}\p{N}])(?i:c/o|℅|care[ \t]of)[ \t]((?:"# + Self.personTitle + #"[ \t])?)([^,\n]{1,60}?),[ \t]?"#)
        placeBefore = TextPattern(#"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’\-]+)(?:[ \t]\d{1,2})?(,?)[ \t]"#)
    }

    /// Where each prefix that ends at an offset starts, keyed by that end (a c/o line to an
    /// organisation, a flat first, a building, or a town or district: `placesBefore`), and the
    /// c/o lines to a person, whose name is a name of its own (dev-9's labels, round 7).
    struct Prefixes {
        var starts: [Int: Int] = [:]
        var persons: [Int: Range<Int>] = [:]
    }

    func prefixStarts(in text: ScannedText) -> Prefixes {
        var found = Prefixes()
        for (r, who) in zip(coLine.ranges(in: text), coLine.ranges(in: text, group: 2)) {
            let name = text.substring(who)
            let lead = text.substring(r.lowerBound ..< who.lowerBound).lowercased().filter { !$0.isWhitespace }
            let titled = !["c/o", "℅", "careof"].contains(lead)
            if Self.organisation.ranges(in: ScannedText(name)).isEmpty, Self.looksLikePerson(name, titled: titled) {
                found.persons[r.upperBound] = who
            } else if found.starts[r.upperBound] == nil {
                found.starts[r.upperBound] = r.lowerBound
            }
        }
        for p in prefixes {
            for r in p.ranges(in: text) where found.starts[r.upperBound] == nil && found.persons[r.upperBound] == nil {
                found.starts[r.upperBound] = r.lowerBound
            }
        }
        // The same pattern, so the two scans find the same matches in the same order.
        for (r, word) in zip(placeBefore.ranges(in: text), placeBefore.ranges(in: text, group: 1)) where found.starts[r.upperBound] == nil {
            let hasComma = text.unit(at: r.upperBound - 2) == 0x2C
            // Not the second word of a name: "Mykola Shevchenko, 88 Main Street" (a town too).
            guard !Self.afterCapitalisedWord(word.lowerBound, in: text) else { continue }
            if OrdinaryWords.isPlaceForm(text.substring(word).lowercased())
                || (hasComma && Self.afterPrepositionOfPlace(word.lowerBound, in: text)) {
                found.starts[r.upperBound] = r.lowerBound
            }
        }
        return found
    }

    /// One to four capitalised words or initials after a title ("Mrs B. Kearney", "Familie
    /// Weber"), or two to four without one ("Solveig Nygård"). A bare surname ("c/o Hansen, …")
    /// is the name on the letterbox and stays in the address: dev-6 labels it so, dev-9 as a
    /// name, and the older label is kept (docs/privacy.md, round 7).
    private static func looksLikePerson(_ name: String, titled: Bool) -> Bool {
        let words = name.split(separator: " ")
        guard (titled ? 1 : 2) ... 4 ~= words.count else { return false }
        return words.allSatisfy { w in
            guard let first = w.first, first.isUppercase else { return false }
            return w.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }
        }
    }

    /// The start of the address that begins at `start` once the prefixes before it are added
    /// (at most six: "c/o X, Hostel Y, Flat 2, Dublin 8, 14 …"), and the person a c/o line
    /// before them names, if any.
    static func start(_ start: Int, prefixes: Prefixes) -> (start: Int, person: Range<Int>?) {
        var s = start
        for _ in 0 ..< 6 {
            if let person = prefixes.persons[s] { return (s, person) }
            guard let earlier = prefixes.starts[s] else { break }
            s = earlier
        }
        return (s, prefixes.persons[s])
    }

    /// Whether a capitalised word and a space stand right before `offset`.
    private static func afterCapitalisedWord(_ offset: Int, in text: ScannedText) -> Bool {
        guard offset >= 2, text.unit(at: offset - 1) == 0x20, text.isLetter(at: offset - 2) else { return false }
        var start = offset - 2
        while start > 0, offset - start < 42, text.isLetter(at: start - 1) { start -= 1 }
        return text.substring(start ..< start + 1).first?.isUppercase ?? false
    }

    /// Whether the word before `offset` is a preposition that says where someone lives.
    private static func afterPrepositionOfPlace(_ offset: Int, in text: ScannedText) -> Bool {
        var end = offset
        while end > 0, text.unit(at: end - 1) == 0x20 { end -= 1 }
        guard end < offset else { return false }
        var start = end
        while start > 0, end - start < 4, text.isLetter(at: start - 1) { start -= 1 }
        guard start == 0 || !text.isLetter(at: start - 1) else { return false }
        return prepositionsOfPlace.contains(text.substring(start ..< end).lowercased())
    }

    private static let prepositionsOfPlace: Set<String> = ["in", "at", "w", "we", "na", "в", "у", "на", "i", "på", "im"]

    /// How far the address that ends at `end` goes on: tail segments (`older` is the round 4-5
    /// tail) and towns from the place list ("…, Kraków razem", "… bath -"), at most eight. Once
    /// the postcode or town is written, a flat, room or floor after it is no longer part of the
    /// address (round 7: "…, 2317 Hamar, kimnata 112", "…, 85-009 Bydgoszcz, pokój 214" — the
    /// dev corpora label such a room on its own).
    func tailLength(after end: Int, from start: Int, in text: ScannedText, older: TextPattern) -> Int {
        var cursor = end
        for _ in 0 ..< 8 {
            if unitOrFloor.prefixLength(in: text, at: cursor, limit: 40) != nil,
               !Self.postcodeOrTown.ranges(in: ScannedText(text.substring(start ..< cursor))).isEmpty {
                break
            }
            if let n = older.prefixLength(in: text, at: cursor, limit: 120) ?? extraTail.prefixLength(in: text, at: cursor, limit: 120)
                ?? placeLength(at: cursor, in: text) {
                cursor += n
            } else {
                break
            }
        }
        return cursor - end
    }

    /// A postcode, or a town after a comma at the end of what is read so far.
    private static let postcodeOrTown = TextPattern(#"(?<![\p{L}\p{N}])(?:\d{4,5}|\d{2}-\d{3})[ \t]\p{L}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\p{N}])|,[ \t]\p{Lu}\p{L}+(?:[ \t](?:6W|\d{1,2}))?$"#)

    /// A town after the address: a listed place (or the first part of a hyphenated one,
    /// "berlin-friedrichshain"). In lower case it must follow a comma or end the clause, so that
    /// "from" (a town in the list) in "12 main street from May" is not taken.
    private func placeLength(at offset: Int, in text: ScannedText) -> Int? {
        guard let n = placeWord.prefixLength(in: text, at: offset, limit: 60) else { return nil }
        var a = offset
        while let u = text.unit(at: a), u == 0x2C || u == 0x20 || u == 0x09 || u == 0x0A { a += 1 }
        var b = a
        while b < offset + n, text.isLetter(at: b) || text.unit(at: b) == 0x2D || text.unit(at: b) == 0x27 || text.unit(at: b) == 0x2019 { b += 1 }
        guard b > a else { return nil }
        let word = text.substring(a ..< b)
        let lower = word.lowercased()
        let first = lower.split(separator: "-").first.map(String.init) ?? lower
        guard OrdinaryWords.isPlaceForm(lower) || OrdinaryWords.isPlaceForm(first) else { return nil }
        // Round 7: a town on the next line is the whole line ("Düsseldorf\nHandy: 0176 …").
        if text.substring(offset ..< a).contains("\n") {
            var k = offset + n
            while text.unit(at: k) == 0x20 || text.unit(at: k) == 0x09 { k += 1 }
            if let u = text.unit(at: k), u != 0x0A { return nil }
        }
        let capitalised = word.first.map { $0.isUppercase } ?? false
        if !capitalised && text.unit(at: offset) != 0x2C && b == offset + n {
            var k = offset + n
            while text.unit(at: k) == 0x20 { k += 1 }
            if let u = text.unit(at: k), !Self.clauseEnds.contains(u) { return nil }
        }
        return n
    }

    /// Punctuation that ends the clause an address stands in.
    private static let clauseEnds: Set<UInt16> = [0x2E, 0x2C, 0x3B, 0x21, 0x3F, 0x29, 0x28, 0x0A, 0x2D, 0x2013, 0x2014, 0x3A]
}
