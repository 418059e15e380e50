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
    static let unitWord = #"(?:(?i:kv\.?|kw\.?|кв\.?|квартира|kvartyra|kvartira|kwartira|kwartyra|apt\.?|apartment|leil\.?|leilighet|whg\.?|wohnung|app\.?|appartement|zi\.|zimmer|flat|lok\.?|lokal|mieszkanie|mieszkania|pok\.|pokój|кімн\.|кімната|kimnata|room|rom|unit|suite)|m\.?)"#
    /// Building parts that take a letter or a number: "Haus B", "Block C", "Halle 9", "klatka B".
    static let buildingWord = #"(?:Haus|Block|Halle|Aufgang|Stiege|Bygg|Blokk|Oppgang|klatka|Klatka|корпус|корп\.|під'їзд|Building)"#
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
    private static let unitPart = "(?:" + unitWord + #"[ \t]?\p{Lu}?\d{1,4}\p{L}?|"# + buildingWord + #"[ \t](?:\d{1,3}|\p{Lu}))(?![\p{L}\p{N}])"#

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
        ]
    }()

    private let extraTail: TextPattern
    /// A town written after the address, perhaps with a district number ("dublin 1").
    private let placeWord: TextPattern
    private let prefixes: [TextPattern]
    /// A district or town before the address, checked against the place list (group 1).
    private let placeBefore: TextPattern

    init() {
        extraTail = TextPattern("(?:" + Self.tailSegments.joined(separator: "|") + ")")
        placeWord = TextPattern(#"(?:,[ \t]?|[ \t]|\n)\p{L}[\p{L}'’]{2,}(?:-\p{L}[\p{L}'’]{2,})?(?![\p{L}\p{N}])(?:[ \t]\d{1,2}(?![\p{L}\p{N}.,:]))?"#)
        prefixes = [
            // c/o a person or an organisation: "c/o Caritas, ", "c/o St. Anne's Parish Hall, "
            #"(?<![\p{L}\p{N}])(?i:c/o|℅|care[ \t]of)[ \t][^,\n]{1,60}?,[ \t]?"#,
            // a flat, room or house number first: "Flat 4, ", "apt 3, ", "Zimmer 7, ", "no. ",
            // "Ground floor flat, ", "Top flat ", "2/1, " (a Glasgow floor and door)
            #"(?<![\p{L}\p{N}])(?:(?i:(?:ground|basement|first|second|third|top|upper|lower|garden|\d(?:st|nd|rd|th))(?:[ \t]floor)?[ \t]flat|(?:flat|apt|apartment|unit|suite|house|room|zimmer|wohnung|whg|app|leil|leilighet|pok|kv|кв|квартира|кімната)\.?[ \t]?(?:\d{1,4}(?-i:[a-z])?(?:/\d{1,3})?|(?-i:[A-Z]))(?:,[ \t](?:block|building|blokk|haus)[ \t](?:\d{1,3}|(?-i:[A-Z])))?|(?:no|nr)\.?[ \t]?(?=\d)|number[ \t](?=\d))|\d{1,2}/\d{1,2}(?=,))(?:,[ \t]?|[ \t])"#,
        ].map { TextPattern($0) }
        placeBefore = TextPattern(#"(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’\-]+)(?:[ \t]\d{1,2})?(,?)[ \t]"#)
    }

    /// Where each prefix that ends at an offset starts, keyed by that end: a c/o line, a flat
    /// first, or a town or district (`placesBefore`).
    func prefixStarts(in text: ScannedText) -> [Int: Int] {
        var starts: [Int: Int] = [:]
        for p in prefixes {
            for r in p.ranges(in: text) where starts[r.upperBound] == nil { starts[r.upperBound] = r.lowerBound }
        }
        // The same pattern, so the two scans find the same matches in the same order.
        for (r, word) in zip(placeBefore.ranges(in: text), placeBefore.ranges(in: text, group: 1)) where starts[r.upperBound] == nil {
            let hasComma = text.unit(at: r.upperBound - 2) == 0x2C
            // Not the second word of a name: "Mykola Shevchenko, 88 Main Street" (a town too).
            guard !Self.afterCapitalisedWord(word.lowerBound, in: text) else { continue }
            if OrdinaryWords.isPlaceForm(text.substring(word).lowercased())
                || (hasComma && Self.afterPrepositionOfPlace(word.lowerBound, in: text)) {
                starts[r.upperBound] = r.lowerBound
            }
        }
        return starts
    }

    /// The start of the address that begins at `start` once the prefixes before it are added
    /// (at most four: "c/o X, Flat 2, Dublin 8, 14 …").
    static func start(_ start: Int, prefixStarts: [Int: Int]) -> Int {
        var s = start
        for _ in 0 ..< 4 {
            guard let earlier = prefixStarts[s] else { break }
            s = earlier
        }
        return s
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
    /// tail) and towns from the place list ("…, Kraków razem", "… bath -"), at most eight.
    func tailLength(after end: Int, in text: ScannedText, older: TextPattern) -> Int {
        var cursor = end
        for _ in 0 ..< 8 {
            if let n = older.prefixLength(in: text, at: cursor, limit: 120) ?? extraTail.prefixLength(in: text, at: cursor, limit: 120)
                ?? placeLength(at: cursor, in: text) {
                cursor += n
            } else {
                break
            }
        }
        return cursor - end
    }

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
