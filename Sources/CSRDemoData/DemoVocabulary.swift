/// The five languages of the demo data's people and texts.
enum DemoLanguage: Int, CaseIterable, Sendable {
    case english, ukrainian, norwegian, german, polish

    var code: String {
        switch self {
        case .english: "en"
        case .ukrainian: "uk"
        case .norwegian: "nb"
        case .german: "de"
        case .polish: "pl"
        }
    }
}

/// One tenant of the demo data before ids are drawn.
struct DemoCompanySpec: Sendable {
    enum Size: Sendable { case regular(weight: Double), small }

    let name: String
    let industry: String
    let country: String
    let language: DemoLanguage
    let size: Size
    /// Hostile strings in the name, for the documentation and the tests.
    let hostileKinds: [String]
}

/// Names of people, companies and places, per language.
enum DemoVocabulary {
    static let hostileHTML = #"<script>alert(1)</script> & Co "Ltd""#
    static let hostileMarkdown = "**Bold** [click](javascript:alert(1)) # Heading"
    static let hostileFormula = #"=HYPERLINK("http://evil","x")"#
    static let hostilePath = "../../etc/passwd"

    /// The companies in order: `--companies N` takes the first N, then numbered repeats.
    /// Index 1 carries every output-injection kind, index 2 is the small tenant (fewer than
    /// five active participants in 2025-Q3), so even `--companies 3` exercises both.
    static let companies: [DemoCompanySpec] = [
        DemoCompanySpec(name: "Sjøvik Rådgivning AS", industry: "Consulting", country: "NO",
                        language: .norwegian, size: .regular(weight: 1.3), hostileKinds: []),
        DemoCompanySpec(name: hostileFormula + " " + hostileHTML + " " + hostileMarkdown,
                        industry: "Financial Services", country: "GB", language: .english,
                        size: .regular(weight: 0.9), hostileKinds: ["formula", "html", "markdown"]),
        DemoCompanySpec(name: hostilePath, industry: "Software", country: "GB", language: .english,
                        size: .small, hostileKinds: ["path"]),
        DemoCompanySpec(name: "Großmann & Müller Logistik GmbH", industry: "Logistics", country: "DE",
                        language: .german, size: .regular(weight: 1.2), hostileKinds: []),
        DemoCompanySpec(name: "Wytwórnia Łódź Sp. z o.o.", industry: "Manufacturing", country: "PL",
                        language: .polish, size: .regular(weight: 1.0), hostileKinds: []),
        DemoCompanySpec(name: "ТОВ «Київські Мости»", industry: "Engineering", country: "UA",
                        language: .ukrainian, size: .regular(weight: 1.1), hostileKinds: []),
        DemoCompanySpec(name: hostileHTML, industry: "Retail", country: "GB", language: .english,
                        size: .regular(weight: 0.7), hostileKinds: ["html"]),
        DemoCompanySpec(name: hostileMarkdown, industry: "Media", country: "GB", language: .english,
                        size: .regular(weight: 0.6), hostileKinds: ["markdown"]),
        DemoCompanySpec(name: hostileFormula, industry: "Insurance", country: "GB", language: .english,
                        size: .regular(weight: 0.6), hostileKinds: ["formula"]),
        DemoCompanySpec(name: "Fjellheim Bygg og Anlegg AS", industry: "Construction", country: "NO",
                        language: .norwegian, size: .regular(weight: 0.9), hostileKinds: []),
        DemoCompanySpec(name: "Weißbach Versicherungen AG", industry: "Insurance", country: "DE",
                        language: .german, size: .regular(weight: 0.8), hostileKinds: []),
        DemoCompanySpec(name: "Złoty Kłos Piekarnie S.A.", industry: "Food", country: "PL",
                        language: .polish, size: .regular(weight: 0.7), hostileKinds: []),
        DemoCompanySpec(name: "Brightwater Analytics Ltd", industry: "Software", country: "GB",
                        language: .english, size: .regular(weight: 1.0), hostileKinds: []),
        DemoCompanySpec(name: "ПП «Дніпровська Пекарня»", industry: "Food", country: "UA",
                        language: .ukrainian, size: .regular(weight: 0.6), hostileKinds: []),
    ]

    /// The spec of company number `index`; past the list, regular tenants with a numbered name.
    static func company(_ index: Int) -> DemoCompanySpec {
        if index < companies.count { return companies[index] }
        let regular = [0, 3, 4, 5, 9, 10, 11, 12, 13]
        let base = companies[regular[(index - companies.count) % regular.count]]
        let round = (index - companies.count) / regular.count + 2
        return DemoCompanySpec(name: "\(base.name) \(round)", industry: base.industry, country: base.country,
                               language: base.language,
                               size: .regular(weight: 0.5 + Double((index * 37) % 10) / 10),
                               hostileKinds: base.hostileKinds)
    }

    struct FirstName: Sendable {
        let text: String
        let female: Bool
    }

    static func firstNames(_ language: DemoLanguage) -> [FirstName] {
        let (female, male): ([String], [String])
        switch language {
        case .english:
            female = ["Emily", "Olivia", "Sophie", "Charlotte", "Amelia", "Grace", "Chloe", "Lucy", "Hannah", "Ella", "Mia", "Anna"]
            male = ["James", "Oliver", "Harry", "George", "Jack", "Thomas", "William", "Daniel", "Samuel", "Joseph", "Benjamin", "Matthew"]
        case .ukrainian:
            female = ["Олена", "Оксана", "Ірина", "Наталія", "Юлія", "Марія", "Катерина", "Анастасія", "Галина", "Софія", "Людмила", "Вікторія"]
            male = ["Тарас", "Андрій", "Богдан", "Дмитро", "Сергій", "Олександр", "Максим", "Віктор", "Ярослав", "Іван", "Петро", "Микола"]
        case .norwegian:
            female = ["Ingrid", "Kari", "Sigrid", "Solveig", "Ragnhild", "Marit", "Åse", "Silje", "Hanne", "Tone", "Ingvild", "Live"]
            male = ["Lars", "Ola", "Håkon", "Bjørn", "Øystein", "Eirik", "Torbjørn", "Jørgen", "Magnus", "Sindre", "Knut", "Anders"]
        case .german:
            female = ["Sophie", "Käthe", "Lena", "Hannah", "Lea", "Julia", "Marie", "Katrin", "Sabine", "Ute", "Grete", "Anna"]
            male = ["Jürgen", "Lukas", "Matthias", "Jörg", "Maximilian", "Stefan", "Tobias", "Sebastian", "Jens", "Florian", "Björn", "Felix"]
        case .polish:
            female = ["Anna", "Małgorzata", "Katarzyna", "Agnieszka", "Joanna", "Magdalena", "Zofia", "Ewa", "Aleksandra", "Dorota", "Monika", "Barbara"]
            male = ["Łukasz", "Paweł", "Michał", "Krzysztof", "Tomasz", "Piotr", "Jakub", "Bartłomiej", "Wojciech", "Grzegorz", "Marcin", "Przemysław"]
        }
        return female.map { FirstName(text: $0, female: true) } + male.map { FirstName(text: $0, female: false) }
    }

    static func lastNames(_ language: DemoLanguage) -> [String] {
        switch language {
        case .english:
            ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
             "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
             "O'Brien", "Patel", "Khan", "Murphy"]
        case .ukrainian:
            ["Ковальчук", "Шевченко", "Бондаренко", "Ткаченко", "Кравченко", "Мельник", "Олійник", "Шевчук",
             "Поліщук", "Бойко", "Коваленко", "Лисенко", "Марченко", "Руденко", "Савченко", "Гончаренко",
             "Петренко", "Мороз", "Павленко", "Кравець", "Литвиненко", "Зінченко", "Гнатюк", "Ющенко"]
        case .norwegian:
            ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
             "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Bakken", "Solberg",
             "Sæther", "Strøm", "Løken", "Bråthen", "Ødegård", "Aasen"]
        case .german:
            ["Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Meyer", "Wagner", "Becker", "Schulz",
             "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
             "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Groß"]
        case .polish:
            ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
             "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
             "Piotrowski", "Grabowski", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel"]
        }
    }

    /// Polish surnames agree with the person: Kowalski, Kowalska.
    static func surname(_ last: String, language: DemoLanguage, female: Bool) -> String {
        guard language == .polish, female else { return last }
        for (male, femaleForm) in [("cki", "cka"), ("dzki", "dzka"), ("ski", "ska")] where last.hasSuffix(male) {
            return String(last.dropLast(male.count)) + femaleForm
        }
        return last
    }

    /// Cities of a company's country, as (Latin, Cyrillic) spellings.
    static func cities(country: String) -> [(latin: String, cyrillic: String)] {
        switch country {
        case "NO": [("Oslo", "Осло"), ("Bergen", "Берген"), ("Trondheim", "Тронгейм"), ("Stavanger", "Ставангер"), ("Tromsø", "Тромсе")]
        case "DE": [("Berlin", "Берлін"), ("Hamburg", "Гамбург"), ("München", "Мюнхен"), ("Köln", "Кельн"), ("Leipzig", "Лейпциг")]
        case "PL": [("Warszawa", "Варшава"), ("Kraków", "Краків"), ("Gdańsk", "Гданськ"), ("Wrocław", "Вроцлав"), ("Łódź", "Лодзь")]
        case "UA": [("Kyiv", "Київ"), ("Lviv", "Львів"), ("Dnipro", "Дніпро"), ("Uzhhorod", "Ужгород"), ("Ivano-Frankivsk", "Івано-Франківськ")]
        default: [("London", "Лондон"), ("Manchester", "Манчестер"), ("Leeds", "Лідс"), ("Bristol", "Брістоль"), ("Glasgow", "Глазго")]
        }
    }

    static let emailDomains = ["gmail.com", "outlook.com", "proton.me", "yahoo.com", "icloud.com", "ukr.net", "online.no", "web.de", "wp.pl", "o2.pl"]

    /// Learning courses: provider, course id, name.
    static let courses: [(provider: String, id: String, name: String)] = [
        ("ecornell", "ECOR-PM101", "Project Management Essentials"),
        ("ecornell", "ECOR-DA210", "Data Analytics Foundations"),
        ("ecornell", "ECOR-HR150", "Workplace Communication"),
        ("ecornell", "ECOR-LD300", "Leading Teams"),
        ("itslearning", "ITS-NOR-A2", "Norsk for voksne A2"),
        ("itslearning", "ITS-NOR-B1", "Norsk for voksne B1"),
        ("itslearning", "ITS-DEU-B1", "Deutsch im Beruf B1"),
        ("itslearning", "ITS-POL-A2", "Język polski w pracy A2"),
        ("coursera", "CRS-PY4E", "Programming for Everybody (Python)"),
        ("coursera", "CRS-EXCEL", "Excel Skills for Business"),
        ("coursera", "CRS-CUSTSVC", "Customer Service Fundamentals"),
        ("coursera", "CRS-GOOGLE-IT", "IT Support Professional Certificate"),
        ("coursera", "CRS-LEARN", "Learning How to Learn"),
    ]

    static let sessionTopics = ["grammar", "pronunciation", "small talk", "job interview", "cv writing", "workplace culture",
                                "healthcare system", "housing", "banking", "public transport", "school system",
                                "networking", "presentation skills", "salary negotiation", "local news", "hobbies"]

    static let eventTypes = ["hangout", "activity", "workshop"]
    static let eventLocations = ["Deichman Bjørvika", "Café Løkka", "Stadtbibliothek Köln", "Biblioteka Raczyńskich",
                                 "Community Centre", "Online", "Vigeland Park", "Museum Island", "Old Town Square",
                                 "Climbing gym", "Football pitch", "Bowling alley"]

    static let eventDescriptions = ["Coffee and a walk along the river", "Board game evening", "CV workshop at the library",
                                    "Museum visit", "Cooking dinner together", "Hiking trip", "Language café",
                                    "Football match", "Christmas market", "Bike repair workshop", "Picnic in the park"]
}
