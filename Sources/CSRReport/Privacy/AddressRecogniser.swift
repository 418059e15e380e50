/// Finds street addresses in the common European and British forms, with an optional
/// apartment part and an optional postcode and city after them:
///
/// - Norwegian/German one-word streets: "Storgata 12B", "Hauptstraße 12", "Sandakerveien 24C"
/// - multi-word streets ending in a street word: "Karl Johans gate 5", "Berliner Straße 7a"
/// - Polish: "ul. Marszałkowska 10/4", "al. Jana Pawła II 23 m. 5"
/// - Ukrainian: "вул. Хрещатик, 22", "вулиця Шевченка 5, кв. 12", "просп. Перемоги 37", and the
///   same in Latin letters: "vul. Franka 42 kv 17", "prosp. Peremohy 37"
/// - British: "221B Baker Street", "12 High Street", "Flat 3, 12 High Street"
/// - without a street word, only when a postcode and city follow: "Am Markt 6a, 04109 Leipzig"
/// - tail: ", 0150 Oslo", " 10115 Berlin", ", 00-950 Warszawa", ", 01001 Київ", ", London NW1 6XE",
///   and in Ukrainian city then postcode: ", Львів, 79000"
///
/// A street word needs a house number next to it, so "Storgata" alone or "the high street"
/// stay; a place name alone is never an address.
struct AddressRecogniser: Sendable {
    private let patterns: [TextPattern]

    init() {
        let capWord = #"\p{Lu}[\p{L}'’.\-]{0,40}"#
        // A house letter may stand apart when it is a capital ("Kirkeveien 12 B").
        let number = #"\d{1,4}(?:(?:-?[\p{L}]|\s\p{Lu})(?![\p{L}\p{N}]))?(?:\s?[/\-]\s?\d{1,4}(?:[\p{L}](?![\p{L}]))?)?"#
        let flat = "(?:" + AddressAffixes.unitSegment + ")?"
        let ukPostcode = #"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"#
        let city = #"\p{Lu}[\p{L}]+(?:[ \-]\p{Lu}[\p{L}]+)?(?:\s(?:am|an\sder|nad|ob\sder|im|in\sder|bei|upon|pod)\s\p{Lu}\p{L}+)?"#
        // Postcode and city, or a city alone when the sentence or text ends with it ("…, Lviv").
        let tail = #"(?:,?[ \t](?:(?:\d{4,5}|\d{2}-\d{3})[ \t]"# + city + "|" + city + "[ \t]" + ukPostcode + "|" + ukPostcode + "|" + city + #"[ \t]\d{5}(?!\d))|,[ \t]"# + city + #"(?=[ \t]*(?:$|[.;!)\n–—])))?"#
        let nordicGermanSuffix = #"(?:gata|gaten|gate|veien|vegen|veg|vei|vn\.|plass|plassen|allé|alle|bakken|stien|svingen|løkka|tunet|kroken|brygga|brygge|torget|stredet|strædet|smauet|smuget|åsen|haugen|jordet|kaia|kaien|lunden|gt\.|straße|strasse|str\.?|weg|platz|allee|gasse|ring|damm|ufer|steig|chaussee|markt)"#
        // Hyphenated streets end in a capitalised street word ("Karl-Marx-Allee 90").
        let hyphenatedStreet = #"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+){0,3}-(?:Allee|Straße|Strasse|Str\.|Weg|Platz|Ring|Gasse|Damm|Ufer|Chaussee|Markt|Gate|Veien|Vei)"#
        // Words that open a street's name: "Nedre Slottsgate 8", "Am Rathausplatz 3".
        let streetPrefix = #"(?:(?:Nedre|Øvre|Store|Lille|Gamle|Nye|Søndre|Nordre|Vestre|Østre|Am|An\sder|Auf\sder|Auf\sdem|Im|In\sder|Zum|Zur|Unter\sden|Alte|Neue|Große|Kleine|Hohe|Lange|Old|New|Upper|Lower|Great|Little)\s)?"#
        let streetWord = #"(?:gate|gata|vei|veg|allé|plass|torg|torget|bakke|bakken|stien|terrasse|brygge|kai|Straße|Strasse|Str\.?|Weg|Platz|Allee|Gasse|Ring|Damm|Ufer)"#
        // A postcode that is required, not optional: "04109 Leipzig", "0150 Oslo" (never a year).
        let postcodeCity = #",?[ \t](?:\d{5}|\d{2}-\d{3}|(?!19|20)\d{4})[ \t]"# + city + #"(?![\p{L}\p{N}])"#
        let cityPostcode = #"(?:,\s"# + city + #",\s\d{5}(?!\d))?"#
        let ukFlat = #"(?:(?:Flat|Apartment|Apt\.?|Unit|Suite)\s\d{1,4}[A-Za-z]?,?\s(?:\p{Lu}\p{L}+\s(?:House|Court|Building|Apartments|Hall|Lodge|Mansions|Tower),\s)?)?"#
        let englishStreetWord = AddressAffixes.englishStreetWord
        let sources = [
            // Storgata 12B / Hauptstraße 12
            #"(?<![\p{L}\p{N}])"# + streetPrefix + #"(?:\p{Lu}\p{Ll}+"# + nordicGermanSuffix + "|" + hyphenatedStreet + #")\s\d"# + String(number.dropFirst(2)) + flat + tail,
            // the same in lower case ("storgata 12", "hauptstraße 5"), only with the long street
            // endings that no ordinary word has ("during 5" must not match "ring")
            #"(?<![\p{L}\p{N}])\p{Ll}{2,}(?:gata|gaten|veien|vegen|straße|strasse|str\.?|plassen|bryggen|torget|gasse|allee)\s\d"# + String(number.dropFirst(2)) + flat + tail,
            // Karl Johans gate 5 / Berliner Straße 7a
            #"(?<![\p{L}\p{N}])(?:"# + capWord + #"\s){1,3}"# + streetWord + #"\s"# + number + flat + tail,
            // ul. Marszałkowska 10/4
            #"(?<![\p{L}\p{N}])(?i:ul\.?|ulica|ulicy|ulicę|ulicą|al\.|aleja|alei|aleje|alejach|alejami|pl\.|plac|placu|os\.|osiedle|osiedlu)(?:\s|(?<=\.))(?:\d{1,2}\s(?=\p{Lu}))?(?:(?!(?:o|w|we|z|ze|na|do|od|przy|i|a|u|po|za)\s)[\p{L}.'’\-]+\s){0,3}"# + number + #"(?![:.]\d)"# + flat + tail,
            // вул. Хрещатик, 22
            // "м. Київ, вул. …": the city before the street belongs to the address.
            #"(?<![\p{L}\p{N}])(?:\p{Lu}\p{L}+\s(?:обл\.|область|oblast),\s)?(?:\p{Lu}\p{L}+\s(?:р-н|район|raion),\s)?(?:(?:м\.|m\.|с\.|смт\.?|s\.|smt)\s?\p{Lu}[\p{L}\-]+,\s)?(?i:"# + AddressFloorsAndShelters.germanUkrainianStreet + #"|вул\.?|вулиця|вулиці|ул\.|улица|просп\.|проспект|пр-т|пр\.|pr\.|бульв\.|бульвар|пров\.|провулок|пл\.|площа|наб\.|vul\.?|vulytsia|vulytsya|vulytsi|prosp\.|prospekt|prov\.|provulok|bulv\.|bulvar|ploshcha|майдан|maidan|узвіз|шосе|набережна)\s?(?:"# + capWord + #"(?:,\s?|\s)){1,3}(?:(?:буд\.|будинок|bud\.|budynok)\s?)?"# + number + flat + cityPostcode + tail,
            // The street first, then the number, as many write it in English ("Shevchenko Street
            // 12", "Baker Street 221B")
            // Round 8: a direction may follow the street word ("Rathmines Road Lower 45").
            #"(?<![\p{L}\p{N}])(?:"# + capWord + #"\s){1,3}"# + englishStreetWord + #"(?:\s(?:Lower|Upper|Lwr|Upr|North|South|East|West))?,?\s(?:No\.?\s)?"# + number + flat + tail,
            // Partial: a Polish or Ukrainian street abbreviation and the street's name, without a
            // number ("ul. Długa", "вул. Шевченка", "vul. Franka"): the abbreviation says address.
            #"(?<![\p{L}\p{N}])(?:ul\.|al\.|os\.|вул\.|просп\.|пров\.|бульв\.|vul\.|prosp\.|prov\.)\s?"# + capWord + #"(?:\s"# + capWord + #")?"#,
            // Flat 2, 221B Baker Street
            #"(?<![\p{L}\p{N}.,:])"# + ukFlat + #"\d{1,4}[A-Za-z]?(?:[\-–]\d{1,4}[A-Za-z]?)?\s(?:"# + capWord + #"\s){1,3}"# + englishStreetWord + #"(?![\p{L}])"# + flat + tail,
        ]
        // Round 5: shapes without a capitalised street name.
        let eircodeStrict = #"[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4}"#
        let more = [
            // Round 8: a housing centre with a room, and a street word after the street's name.
            AddressFloorsAndShelters.shelterWithRoom + flat + tail,
            AddressFloorsAndShelters.nameThenStreetWord + flat + tail,
            // Post-office boxes in the five languages: "PO Box 123", "Postboks 45, 0101 Oslo",
            // "Postfach 10 20 30", "skrytka pocztowa 12", "а/с 17".
            #"(?<![\p{L}\p{N}])(?i:p\.?\s?o\.?\s?box|post\s+office\s+box|postboks|pb\.|postfach|skrytka\s+pocztowa|skr\.\s?poczt\.|а/с|абонентська\s+скринька)\s?(?:nr\.?\s|№\s?|no\.?\s)?\d{1,6}(?:\s\d{2}){0,3}(?![\p{L}\p{N}])(?:\s\p{Lu}\p{L}+(?=,))?"# + tail + #"(?:\s\d{1,2}(?![\p{L}\p{N}]))?"#,
            // A street in lower case after its abbreviation: "вул. шевченка 5", "vul. franka 42".
            #"(?<![\p{L}\p{N}])(?:вул\.|вулиця|просп\.|пров\.|бульв\.|vul\.|prosp\.|prov\.)\s?\p{Ll}[\p{L}'’\-]+(?:\s\p{Ll}[\p{L}'’\-]+)?,?\s(?:буд\.\s?)?"# + number + flat + tail,
            // English in lower case, a number first: "12 main street", "4b oak road" (no small
            // word between: "5 times at the road" is no address).
            #"(?<![\p{L}\p{N}.,:])\d{1,4}[a-z]?\s(?!(?:the|a|an|at|on|in|to|of|and|or|for|with|my|our|his|her|your|their|people|times|years|days|hours|minutes|weeks|more|new|old)\s)[a-z][a-z'’\-]+(?:\s(?!(?:the|a|an|at|on|in|to|of|and|or)\s)[a-z][a-z'’\-]+)?\s(?:street|road|avenue|lane|drive|crescent|terrace)(?![\p{L}])"# + flat + tail,
            // A farm or hamlet without a house number, then postcode and city ("Gård Nordre Haug,
            // 2850 Lena", "Zalesie, 05-500 Piaseczno"); a four-digit postcode is never 19xx/20xx.
            #"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}\-]+\s){0,2}\p{Lu}[\p{L}\-]+,\s(?:\d{5}|\d{2}-\d{3}|(?!19|20)\d{4})\s"# + city + #"(?![\p{L}\p{N}])"#,
            // All in lower case with a Polish postcode: "rynek główny 1, 31-042 kraków".
            #"(?<![\p{L}\p{N}])\p{Ll}{3,}(?:\s\p{Ll}{3,})?\s\d{1,4}[a-z]?(?:/\d{1,4})?,\s\d{2}-\d{3}\s\p{Ll}{3,}(?![\p{L}])"#,
            // Rural Irish addresses: a townland or house name, localities, and an Eircode, which
            // alone makes it an address ("Knockbrack, Kilgarvan, Co. Kerry V93 X2P4").
            #"(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2}(?:\s\d{1,2})?,\s){1,3}(?:Co\.?\s)?\p{Lu}[\p{L}'’\-]+(?:\s\d{1,2})?,?\s"# + eircodeStrict + #"(?![\p{L}\p{N}])"#,
        ]
        // Round 6: how people write addresses in messages (docs/privacy.md, "Round 6: addresses").
        let noSmallWord = #"(?!(?i:the|a|an|at|on|in|to|of|and|or|for|with|from|by|is|are|was|were|we|i|you|he|she|it|they|my|our|your|his|her|their|about|this|that|near|behind|next|opposite|beside|past|off|one|not|but|so|if|when|then|there|here|where|what|which|who)\s)"#
        let round6 = [
            // A capitalised street name with its street word in lower case: "31 Landsdown crescent".
            #"(?<![\p{L}\p{N}.,:])\d{1,4}[A-Za-z]?(?:[\-–]\d{1,4}[A-Za-z]?)?\s(?:"# + capWord + #"\s){1,3}(?:street|road|avenue|lane|drive|crescent|terrace|st|rd|ave)(?![\p{L}])"# + flat + tail,
            // All in lower case with an abbreviated street word: "45 dorset st", "3 elm rd".
            #"(?<![\p{L}\p{N}.,:])\d{1,4}[a-z]?\s"# + noSmallWord + #"[a-z][a-z'’\-]+(?:\s"# + noSmallWord + #"[a-z][a-z'’\-]+)?\s(?:st|rd|ave|sq)\.?(?![\p{L}])"# + flat + tail,
            // A flat, unit or house number, then a street without one: "Apt 6, Block C, Clonmel
            // Street", "unit 6 the maltings, athy road", "number 14, Fernhill Ave".
            #"(?<![\p{L}\p{N}])(?i:flat|apt\.?|apartment|unit|suite|house|number|no\.?)\s?\d{1,4}[A-Za-z]?(?:,\s(?i:block|building)\s[A-Z\d]{1,3})?,?\s(?:the\s)?(?:"# + noSmallWord + #"[\p{L}'’\-]+,?\s){0,2}"# + noSmallWord + #"[\p{L}'’\-]+\s"# + AddressAffixes.anyCaseStreetWord + #"(?![\p{L}])"# + flat + tail,
            // German in lower case with the street word apart or hyphenated: "berger str 210",
            // "karl-marx-allee 90".
            #"(?<![\p{L}\p{N}])\p{Ll}{3,}\s(?:str\.?|straße|strasse)\s\d"# + String(number.dropFirst(2)) + flat + tail,
            #"(?<![\p{L}\p{N}])\p{Ll}{2,}(?:-\p{Ll}{2,}){0,3}-(?:allee|straße|strasse|str\.?|weg|platz|ring|gasse|damm|ufer|chaussee|markt|gate|veien|vei)\s\d"# + String(number.dropFirst(2)) + flat + tail,
            // An Irish address without a street word or Eircode ends in its county: "House 5, The
            // Paddocks, Naas, Co. Kildare", "5 The Paddocks, Naas, Co. Kildare".
            #"(?<![\p{L}\p{N}])(?:(?i:house|apt\.?|apartment|flat|unit|no\.?|number)\s?\d{1,4}[A-Za-z]?,\s|\d{1,4}[A-Za-z]?\s)(?:\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2}(?:\s\d{1,2})?,\s){1,3}Co\.?\s"# + AddressAffixes.irishCounty + #"(?![\p{L}])"#,
            // A British or Irish street without a number (a house name instead, or nothing) is an
            // address when a postcode follows: "Rose Cottage, Mill Lane, Bury BL9 5AB".
            #"(?<![\p{L}\p{N}])(?:(?:The\s)?(?:"# + capWord + #"\s){0,2}"# + capWord + #",\s)?(?:"# + capWord + #"\s){1,3}"# + englishStreetWord + #",\s(?:"# + capWord + #"(?:\s"# + capWord + #")?,?\s)?(?:"# + ukPostcode + "|" + eircodeStrict + #")(?![\p{L}\p{N}])"#,
            // A Norwegian street named by a direction and a place, without a street word: "Nedre
            // Foss 3", "Øvre Vollgate 5" (never "Lille"/"Store", which also stand before names).
            #"(?<![\p{L}\p{N}])(?:Nedre|Øvre|Søndre|Nordre|Vestre|Østre)\s\p{Lu}\p{Ll}+\s\d{1,3}[A-Za-z]?(?![\p{L}\p{N}])"# + flat + tail,
        ]
        // Round 7 (docs/privacy.md, "Round 7: addresses, cards, handles and phones").
        let unitNumbered = #"(?i:flat|apt\.?|apartment|unit|suite|room|bed|house|zimmer|zi\.|rom|hus|leil\.?|pok\.|pokój|кімн\.|кімната)\s?\d{1,4}(?:\.\d{1,3})?[A-Za-z]?"#
        let localityWords = #"\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,3}"#
        let round7 = [
            // A flat, room or bed in a building that has a name but no street number, ending in
            // what only an address ends in: a county, a Dublin district, a postcode or Eircode
            // ("Unit 7, Block C, Santry Hall, Dublin 9", "Bed 3, Room 12, Citywest Transit Hub,
            // Garter Ln, Saggart, Co. Dublin", "Room 4, Rose Court, Leeds LS6 3DP").
            #"(?<![\p{L}\p{N}])"# + unitNumbered + #"(?:,\s(?:"# + unitNumbered + #"|(?i:block|building|blokk|haus)\s[A-Z\d]{1,3})){0,3}(?:,\s"# + localityWords + #"){1,3},\s(?:Co\.?\s"# + AddressAffixes.irishCounty + #"|Dublin\s(?:6W|\d{1,2})|(?:"# + city + #"\s)?(?:"# + ukPostcode + "|" + eircodeStrict + #")|(?:\d{4,5}|\d{2}-\d{3})\s"# + city + #")(?![\p{L}\p{N}])"#,
            // After a word that announces where someone lives or an address, a capitalised name
            // and a house number need no street word: "Sie wohnt Am Mühlberg 4a", "address:
            // Rosemount 12", "bor på Grefsenkollen 4", "mieszka przy Rynek 5", "адреса: Майдан 3".
            #"(?<=\b(?i:wohnt|wohne|wohnen|wohnhaft|lives|live|living|stay|staying|bor|bur|mieszka|mieszkam|mieszkamy|mieszkają|живе|живу|живемо|живуть|adresse|anschrift|address|adres|adresa|адреса|адресою|adresoju|adresoiu)(?:\s(?:am|at|på|na|przy|на|за)|:)?\s)"# + AddressAffixes.notARoom + #"(?!(?:19|20)\d\d(?!\d))(?:(?:Am|An\sder|Auf\sder|Auf\sdem|Im|In\sder|Zum|Zur|Unter\sden|The)\s)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2}\s(?!(?:19|20)\d\d(?!\d))\d{1,4}[A-Za-z]?(?![\p{L}\p{N}:.,]\d|[\p{L}\p{N}]|\s?(?i:uhr|pm|am|h|kr|zł|eur|€|%|jahre|år|lat|років|роки|рік|years|days|weeks|months|tage|wochen|monate|dager|uker|måneder|dni|tygodni|miesięcy|днів|тижні|місяці|minuten|min|stunden|timer|godzin|hours|nights|nächte|netter|noce|nocy|ночі|ночей|times|mal|ganger|razy|разів|people|personen|personer|osób|осіб))"# + flat + tail,
        ]
        patterns = (sources + more + round6 + round7).map { TextPattern($0) }
        // No street word ("Am Markt 6a", "Unter den Linden 5", "Rynek Główny 1"): only with a
        // postcode and city after it, and only where no street-word address was found.
        // Round 4: what may follow an address once it is found — a floor ("3. etg", "2. OG
        // links"), a Norwegian flat code ("H0201"), a direction ("Dorset Street Upper"), and
        // localities before the sentence goes on: district, town, county with an Irish or
        // British postcode ("…, Artane, Dublin 5", "…, Bray, Co. Wicklow A98 W2P6", ", Lviv").
        let eircode = #"[A-Z]\d{2}\s?[A-Z0-9]{4}"#
        let locality = #"(?:Co\.\s)?[\p{Lu}][\p{L}'’\-]{2,}(?:\s[\p{Lu}][\p{L}'’\-]{2,})?(?:\s(?:6W|\d{1,2})(?![\p{L}\p{N}]))?(?:\s(?:"# + eircode + "|" + ukPostcode + #")(?![\p{L}\p{N}])|(?=\s*(?:$|[,.;:!?()\n–—]|-\s)))"#
        let segment = #"(?:,?\s\d{1,2}\.\s?(?:etg\.?|etasje|OG|Stock|Etage|piętro|поверх)(?:\s(?:links|rechts|li\.|re\.))?|,?\sH\d{4}|,\s(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|top)\sfloor|,\s(?:Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus)|,\s(?:м\.|m\.|с\.|смт\.?|s\.|smt\.?)\s?\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?|,\s\p{Lu}\p{L}+\s(?:обл\.|область|obl\.|oblast|р-н|район|raion)|,\s\d{5}(?![\p{L}\p{N}]|\s\p{L})|,?\s(?:\d{4,5}|\d{2}-\d{3})\s\p{Ll}{3,}(?:\s(?:am|an\sder|nad)\s\p{Ll}{3,})?(?![\p{L}])|,\s\p{L}{3,}\s(?i:[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4})(?![\p{L}\p{N}])|\s(?:Upper|Lower|North|South|East|West)(?![\p{L}])|,\s"# + locality + #"|,?\s(?:\d{4,5}|\d{2}-\d{3})\s"# + city + #"(?![\p{L}])|,?\s"# + eircode + ")"
        tailExtension = TextPattern("(?:" + segment + "){1,4}")
        // Round 6: or a flat, room or floor after the number ("Marienlyst 4, 3. etg.", "Am Kanal 7a,
        // Zi. 12"), unless the first word itself names a room, a hall or a part of a course.
        let floor = #",?\s\d{1,2}\.\s?(?:etg\.?|etasje|OG|Stock|Etage|piętro|поверх)"#
        withoutStreetWord = TextPattern(#"(?<![\p{L}\p{N}])"# + AddressAffixes.notARoom + #"\p{Lu}\p{L}*(?:\s(?:der|den|dem|des))?(?:\s\p{Lu}[\p{L}\-]*)?\s"# + number + "(?:" + flat + postcodeCity + "|" + AddressAffixes.separatedUnitSegment + "|" + floor + ")")
    }

    private let withoutStreetWord: TextPattern
    /// A street all in lower case with a postcode and a town: "bryggen 5, 5003 bergen" (group 1:
    /// the town, which must be in the place list: "week 5, 1200 words" is no address).
    private let lowerCaseWithPostcode = TextPattern(#"(?<![\p{L}\p{N}])\p{Ll}{3,}(?:\s\p{Ll}{3,})?\s\d{1,4}[a-z]?(?:/\d{1,4})?,?\s(?:\d{2}-\d{3}|\d{5}|(?!19|20)\d{4})\s(\p{Ll}{3,})(?![\p{L}])"#)
    private let tailExtension: TextPattern

    private let affixes = AddressAffixes()

    func candidates(in text: ScannedText) -> [PIICandidate] {
        let lowerCase = zip(lowerCaseWithPostcode.ranges(in: text), lowerCaseWithPostcode.ranges(in: text, group: 1))
            .filter { OrdinaryWords.isPlaceForm(text.substring($0.1)) }.map(\.0)
        let found = patterns.flatMap { pattern in pattern.ranges(in: text) } + lowerCase
        // Which units the street-word addresses cover, so that each fallback match is checked in
        // time proportional to its own length (searching `found` was quadratic in the matches).
        var covered = [Bool](repeating: false, count: text.count + 1)
        for r in found { for k in r { covered[k] = true } }
        let fallback = withoutStreetWord.ranges(in: text).filter { r in !r.contains { covered[$0] } }
        let prefixes = affixes.prefixStarts(in: text)
        var out: [PIICandidate] = []
        // A textbook address takes every shorter match inside it along ("ul. Przykładowa").
        var textbook = [Bool](repeating: false, count: text.count + 1)
        var extended: [(range: Range<Int>, person: Range<Int>?)] = []
        for range in found + fallback {
            let end = range.upperBound + affixes.tailLength(after: range.upperBound, from: range.lowerBound, in: text, older: tailExtension)
            let (start, person) = AddressAffixes.start(range.lowerBound, prefixes: prefixes)
            let whole = start ..< Self.trimmingSentenceDot(end, in: text)
            if isTextbookExample(whole, in: text) {
                for k in whole { textbook[k] = true }
            } else {
                extended.append((whole, person))
            }
        }
        for (range, person) in extended where !range.contains(where: { textbook[$0] }) {
            out.append(PIICandidate(kind: .address, range: range))
            // "c/o Mrs B. Kearney, 5 Glenside Park": the person is a name, the street the address.
            if let person { out.append(PIICandidate(kind: .name, range: person)) }
        }
        return out
    }

    /// The made-up addresses of textbooks and forms ("Musterstraße 1, 12345 Musterstadt",
    /// "Eksempelveien 1, 0000 Eksempelby", "ul. Przykładowa 5, 00-000 …"): teaching material, not
    /// anyone's home. A placeholder word needs a second made-up part (another placeholder word or
    /// a placeholder postcode), since "Musterstraße" and "Sample Road" are real streets too.
    private func isTextbookExample(_ range: Range<Int>, in text: ScannedText) -> Bool {
        let part = ScannedText(text.substring(range))
        let words = Self.textbookWord.ranges(in: part).count
        return words >= 2 || (words == 1 && !Self.textbookPostcode.ranges(in: part).isEmpty)
    }

    private static let textbookWord = TextPattern(#"(?<![\p{L}])(?i:muster|beispiel|example|sample|eksempel|przykładow|приклад|prykladn)"#)
    private static let textbookPostcode = TextPattern(#"(?<![\p{N}])(?:12345|00000|0000|00-000|01234|AB1 2CD)(?![\p{N}])"#)

    /// "Rd." or "St." at the end of a sentence: the dot stays with the sentence. It stays in the
    /// address when the sentence goes on in lower case ("3. etg. sammen med").
    private static func trimmingSentenceDot(_ end: Int, in text: ScannedText) -> Int {
        guard text.unit(at: end - 1) == 0x2E, !text.isWordCharacter(at: end) else { return end }
        var k = end
        while text.unit(at: k) == 0x20 { k += 1 }
        if k > end, text.isLetter(at: k), let u = text.unit(at: k), let scalar = Unicode.Scalar(u),
           scalar.properties.isLowercase {
            return end
        }
        // Round 7: no sentence goes on after a dash or comma, and a Ukrainian region is always
        // abbreviated with its dot ("Kyivska obl. — ce moja adresa", "…, Chernihivska obl.").
        if k > end, let u = text.unit(at: k), [0x2C, 0x3B, 0x2013, 0x2014].contains(u) { return end }
        let word = text.substring(max(0, end - 5) ..< end).lowercased()
        if word.hasSuffix(" obl.") || word.hasSuffix(" обл.") || word.hasSuffix(" r-n.") { return end }
        return end - 1
    }
}
