/// Round 8: the head nouns of organisations and places in every case and compound, and the legal
/// forms written after a company's name. Round 4's `NameRecogniser.organisationHeads` lists the
/// heads word by word, so a Polish or Ukrainian case it does not list ("Uniwersytetu
/// Jagiellońskiego", "Kościoła św. Anny", "Університетом Франка") and a German or Norwegian
/// compound ending in a head ("Volkshochschule Mitte", "Frivilligsentralen Sagene") left the
/// capitalised word beside it to be read as a person. A head noun never is one.
enum OrganisationHeadForms {
    /// Whether the lower-cased word is a head: a listed form, a further head of the five
    /// languages, a case form of a Polish or Ukrainian head (its stem and an ending of at most
    /// four letters), or a German or Norwegian compound ending in a head.
    static func isHead(_ lower: String) -> Bool {
        if NameRecogniser.organisationHeads.contains(lower) || moreHeads.contains(lower) { return true }
        for stem in inflectedStems where lower.hasPrefix(stem) && lower.count - stem.count <= 4 && lower.count > 3 { return true }
        for head in compoundHeads where lower.hasSuffix(head) && lower.count >= head.count + 3 { return true }
        return false
    }

    /// Whether the word, as written, is a company's legal form ("AS", "GmbH", "Sp", "Ltd", "ТОВ"):
    /// compared with its case, because "as", "ag" and "sa" are also ordinary words.
    static func isLegalForm(_ word: String) -> Bool { legalForms.contains(word) }

    /// Heads of organisations that round 4 did not list (a network, a theatre, an academy), in
    /// the five languages. Not "group", "team", "gruppe": a person's group follows the person
    /// ("Pers gruppe", "Annas Gruppe").
    private static let moreHeads: Set<String> = Set("""
    network union company academy agency theatre theater choir partners services \
    netzwerk theater chor akademie agentur gesellschaft genossenschaft \
    nettverk klubb klubben teater teatret akademi \
    teatr chór akademia agencja spółdzielnia \
    мережа театр хор академія агенція спілка
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Stems of Polish and Ukrainian heads whose cases differ only in the ending
    /// ("uniwersytet|u", "kości|oła", "університет|ом").
    private static let inflectedStems: [String] = """
    uniwersytet instytut akademi politechnik kościo kościół szpital urzęd urząd fundacj stowarzyszeni \
    klub teatr muze przedszko bibliotek ośrod parafi zespo drużyn spółdziel centr gimnazj liceum lice \
    університет інститут академі політехні церкв церков лікарн банк клуб театр фонд центр школ \
    бібліотек музе гімназі ліце коледж спілк
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// German and Norwegian heads that end compounds ("Musikschule", "Frivilligsentralen").
    private static let compoundHeads: [String] = [
        "schule", "klinik", "zentrum", "verein", "theater", "bibliothek", "museum", "akademie", "kirche",
        "skole", "skolen", "senter", "senteret", "sentralen", "klubb", "klubben", "kirke", "kirken", "teater", "teatret",
    ]

    private static let legalForms: Set<String> = [
        "AS", "ASA", "SA", "AG", "GmbH", "KG", "eV", "Ltd", "LTD", "PLC", "plc", "Inc", "LLC", "Sp", "ТОВ", "ПАТ", "АТ", "ПрАТ",
    ]
}
