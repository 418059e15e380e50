/// Writes the feedback, check-in and snippet texts of the demo data from the sentence
/// templates: one to five sentences, names of real snapshot users, and in some texts personal
/// data or markup that a report must neutralise.
///
/// ```swift
/// let composer = DemoTextComposer()
/// let text = composer.compose(.kintellFeedback, context: context, positive: true, rng: &rng)
/// text.text         // "My B1 exam went well thanks to the sessions with Anna. Thank you, Anna!"
/// ```
struct DemoTextComposer: Sendable {
    enum Kind: Sendable { case kintellFeedback, mentorshipFeedback, participantFeedback, buddyFeedback, checkin }

    /// A person as the texts name them, in both scripts.
    struct NameForms: Sendable {
        let first: String
        let last: String
        let firstOtherScript: String
        let lastOtherScript: String
        let isCyrillic: Bool
    }

    struct Context {
        var language: DemoLanguage
        var country: String
        /// The volunteer or buddy the participant writes about.
        var other: NameForms
        var participant: NameForms
        var level: String
        var course: String
    }

    struct Sentence: Sendable {
        let text: String
        let category: DemoTextCategory
    }

    struct Text: Sendable {
        let text: String
        let sentences: [Sentence]
        let hasPersonalData: Bool
        let hasMarkup: Bool
    }

    /// Share of texts that carry structured personal data (e-mail, phone, IBAN, ...).
    static let personalDataShare = 0.18
    /// Share of texts with markup or spreadsheet-formula starts.
    static let markupShare = 0.025

    private enum Slot: String, CaseIterable {
        case name, namePossessive = "name's", fullname, pname, city, level, topic, course, place
        case email, phone, iban, card, natid, address, handle, url, dob, ip
    }

    private enum Part: Sendable {
        case literal(String)
        case slot(Slot)
    }

    private struct Template: Sendable {
        let parts: [Part]

        init(_ text: String) {
            var parts: [Part] = []
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{") {
                if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
                guard let close = rest[open...].firstIndex(of: "}"),
                      let slot = Slot(rawValue: String(rest[rest.index(after: open)..<close])) else {
                    preconditionFailure("bad demo template: \(text)")
                }
                parts.append(.slot(slot))
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty { parts.append(.literal(String(rest))) }
            self.parts = parts
        }
    }

    private let sentences: [[[Template]]]
    private let personal: [[(Template, DemoTextCategory)]]
    private let topics: [[String]]
    private let places: [[String]]

    init() {
        sentences = DemoLanguage.allCases.map { language in
            DemoTextCategory.allCases.map { category in DemoTexts.templates(language, category).map(Template.init) }
        }
        personal = DemoLanguage.allCases.map { language in
            Self.personalTemplates(language).map { (Template($0.0), $0.1) }
        }
        topics = DemoLanguage.allCases.map(DemoTexts.topics)
        places = DemoLanguage.allCases.map(DemoTexts.places)
    }

    /// Number of sentence templates per language, for the documentation and tests.
    func templateCount(_ language: DemoLanguage) -> Int {
        sentences[language.rawValue].reduce(0) { $0 + $1.count } + personal[language.rawValue].count
    }

    func compose(_ kind: Kind, context: Context, positive: Bool, rng: inout SeededRandom) -> Text {
        var categories: [DemoTextCategory] = []
        let long = rng.chance(0.1)
        switch kind {
        case .kintellFeedback, .mentorshipFeedback, .participantFeedback:
            let pool: [DemoTextCategory] = switch kind {
            case .kintellFeedback: [.language, .language, .language, .confidence, .confidence, .belonging, .job, .wellbeing]
            case .mentorshipFeedback: [.job, .job, .job, .confidence, .confidence, .language, .belonging, .wellbeing]
            default: [.belonging, .belonging, .confidence, .wellbeing, .wellbeing, .language, .job]
            }
            let count = long ? rng.int(in: 3...4) : rng.int(in: 1...2)
            if !positive { categories.append(.struggle) }
            while categories.count < count {
                let category = rng.pick(pool)
                if !categories.contains(category) || long { categories.append(category) }
            }
            if rng.chance(0.35) { categories.append(.thanks) }
        case .buddyFeedback:
            categories.append(.buddyView)
            if long || rng.chance(0.4) { categories.append(rng.chance(0.5) ? .checkin : .buddyView) }
            if rng.chance(0.2) { categories.append(.thanks) }
        case .checkin:
            categories.append(.checkin)
            if rng.chance(0.5) { categories.append(positive ? rng.pick([.wellbeing, .belonging]) : .struggle) }
        }

        var units: [Sentence] = []
        var usedTemplates: Set<Int> = []
        for category in categories {
            let pool = sentences[context.language.rawValue][category.rawValue]
            var index = rng.index(pool.count)
            if usedTemplates.contains(category.rawValue << 16 | index) { index = (index + 1) % pool.count }
            usedTemplates.insert(category.rawValue << 16 | index)
            units.append(Sentence(text: fill(pool[index], context, &rng), category: category))
        }

        var hasPersonalData = false
        if rng.chance(Self.personalDataShare) {
            let (template, category) = rng.pick(personal[context.language.rawValue])
            let position = rng.int(in: 0...units.count)
            units.insert(Sentence(text: fill(template, context, &rng), category: category), at: position)
            hasPersonalData = true
        }

        var separator = rng.chance(0.08) ? "\n" : " "
        var hasMarkup = false
        if rng.chance(Self.markupShare), let first = units.first {
            hasMarkup = true
            let marked: String
            switch rng.int(in: 0...9) {
            case 0: marked = "<script>alert('xss')</script> " + first.text
            case 1: marked = first.text + " <img src=x onerror=alert(1)>"
            case 2: marked = first.text + " [more info](javascript:alert(1))"
            case 3: marked = "**" + first.text + "**"
            case 4: marked = "# " + first.text; separator = "\n"
            case 5: marked = "=) " + first.text
            case 6: marked = "+1, " + first.text
            case 7: marked = "- " + first.text; separator = "\n- "
            case 8: marked = "@" + DemoTransliteration.emailPart(context.other.first) + " " + first.text
            default: marked = "=HYPERLINK(\"http://evil.example\",\"more\") " + first.text
            }
            units[0] = Sentence(text: marked, category: first.category)
        }
        return Text(text: units.map(\.text).joined(separator: separator), sentences: units,
                    hasPersonalData: hasPersonalData, hasMarkup: hasMarkup)
    }

    /// How a text in `language` writes `person`: mostly as they spell it, sometimes in the
    /// script of the text (Ukrainian texts write "Анна", others "Olena").
    private func written(_ person: NameForms, _ language: DemoLanguage, _ rng: inout SeededRandom) -> (String, String) {
        let switchScript = person.isCyrillic ? (language != .ukrainian && rng.chance(0.7))
                                             : (language == .ukrainian && rng.chance(0.4))
        return switchScript ? (person.firstOtherScript, person.lastOtherScript) : (person.first, person.last)
    }

    private func fill(_ template: Template, _ context: Context, _ rng: inout SeededRandom) -> String {
        var out = ""
        let language = context.language
        let cyrillicText = language == .ukrainian
        for part in template.parts {
            switch part {
            case .literal(let text): out += text
            case .slot(let slot):
                switch slot {
                case .name: out += written(context.other, language, &rng).0
                case .namePossessive:
                    let first = written(context.other, language, &rng).0
                    out += first + (first.hasSuffix("s") ? "'" : "'s")
                case .fullname:
                    let (first, last) = written(context.other, language, &rng)
                    out += first + " " + last
                case .pname: out += written(context.participant, language, &rng).0
                case .city:
                    let city = rng.pick(DemoVocabulary.cities(country: context.country))
                    out += cyrillicText ? city.cyrillic : city.latin
                case .level: out += context.level
                case .topic: out += rng.pick(topics[language.rawValue])
                case .course: out += context.course
                case .place: out += rng.pick(places[language.rawValue])
                case .email:
                    out += DemoTransliteration.emailPart(context.participant.first) + "."
                        + DemoTransliteration.emailPart(context.participant.last) + "+"
                        + rng.pick(["kintell", "jobs", "work", "cv", "school", "buddy"]) + "@"
                        + rng.pick(DemoVocabulary.emailDomains)
                case .phone:
                    out += DemoPII.phone(country: rng.chance(0.3) ? "UA" : context.country, &rng)
                case .iban:
                    out += DemoPII.iban(country: context.country, grouped: rng.chance(0.6), &rng)
                case .card: out += DemoPII.card(&rng)
                case .natid:
                    let norwegian = language == .norwegian
                        || (language != .polish && (context.country == "NO" || (context.country != "PL" && rng.chance(0.5))))
                    out += norwegian ? DemoPII.fodselsnummer(&rng) : DemoPII.pesel(&rng)
                case .address:
                    out += DemoPII.address(country: context.country, cyrillic: cyrillicText, &rng)
                case .handle:
                    out += "@" + DemoTransliteration.emailPart(context.participant.first)
                        + rng.pick(["_", ".", ""]) + DemoTransliteration.emailPart(context.participant.last).prefix(rng.int(in: 1...4))
                        + (rng.chance(0.5) ? String(rng.int(in: 80...99)) : "")
                case .url:
                    let first = DemoTransliteration.emailPart(context.participant.first)
                    let last = DemoTransliteration.emailPart(context.participant.last)
                    out += rng.pick([
                        "https://www.linkedin.com/in/\(first)-\(last)-\(rng.int(in: 10...99))",
                        "https://t.me/\(first)_\(last)",
                        "https://instagram.com/\(first).\(last)",
                        "http://\(first)\(last).example.com/cv.pdf",
                    ])
                case .dob: out += DemoPII.dateOfBirth(&rng)
                case .ip: out += DemoPII.ipAddress(&rng)
                }
            }
        }
        return out
    }

    private static func personalTemplates(_ language: DemoLanguage) -> [(String, DemoTextCategory)] {
        switch language {
        case .english: [
            ("You can write to me at {email} if you want to practise more.", .belonging),
            ("The recruiter's number is {phone}, I will call on Monday.", .job),
            ("I opened a bank account myself, my IBAN is {iban}.", .confidence),
            ("Our new address is {address}, finally a real home.", .belonging),
            ("I paid the deposit online with my card {card} without any help.", .confidence),
            ("My ID number is {natid}, the employer needed it for the contract.", .job),
            ("Follow me on Instagram {handle}, I post photos of {city}.", .belonging),
            ("Here is my portfolio: {url}", .job),
            ("I was born on {dob} and this is my first exam in twenty years.", .language),
            ("The job portal blocked my IP {ip} so I had to call them.", .job),
            ("Call me on {phone} if the session time changes, {name}.", .thanks),
        ]
        case .ukrainian: [
            ("Пишіть мені на {email}, якщо захочете ще попрактикуватися.", .belonging),
            ("Мій новий номер {phone}, дзвоніть після шостої.", .belonging),
            ("Я сама відкрила рахунок у банку, мій IBAN {iban}.", .confidence),
            ("Наша нова адреса: {address}.", .belonging),
            ("Мій Instagram {handle}, там фото з міста {city}.", .belonging),
            ("Ось моє резюме: {url}", .job),
            ("Я народилася {dob}, і це мій перший іспит за двадцять років.", .language),
            ("Мій ідентифікаційний номер {natid} потрібен для договору.", .job),
        ]
        case .norwegian: [
            ("Send meg gjerne en e-post på {email} hvis du vil øve mer.", .belonging),
            ("Ring meg på {phone} hvis timen flyttes.", .thanks),
            ("Jeg åpnet bankkonto selv, kontonummeret mitt er {iban}.", .confidence),
            ("Fødselsnummeret mitt er {natid}, arbeidsgiveren trengte det til kontrakten.", .job),
            ("Vi har flyttet til {address}, endelig et ordentlig hjem.", .belonging),
            ("Jeg betalte depositumet med kortet {card} helt selv.", .confidence),
            ("Følg meg på {handle}, jeg legger ut bilder fra {city}.", .belonging),
        ]
        case .german: [
            ("Schreib mir gern an {email}, wenn du mehr üben willst.", .belonging),
            ("Meine neue Nummer ist {phone}.", .belonging),
            ("Ich habe selbst ein Konto eröffnet, meine IBAN ist {iban}.", .confidence),
            ("Wir wohnen jetzt in der {address}.", .belonging),
            ("Mein Profil: {url}", .job),
            ("Ich bin am {dob} geboren und mache jetzt meine erste Prüfung seit Jahren.", .language),
            ("Die Kaution habe ich mit meiner Karte {card} selbst bezahlt.", .confidence),
        ]
        case .polish: [
            ("Napisz do mnie na {email}, jeśli chcesz jeszcze poćwiczyć.", .belonging),
            ("Mój nowy numer to {phone}.", .belonging),
            ("Sama założyłam konto w banku, mój IBAN to {iban}.", .confidence),
            ("Mój PESEL {natid} był potrzebny do umowy o pracę.", .job),
            ("Mieszkamy teraz przy {address}.", .belonging),
            ("Zapłaciłam kaucję kartą {card} bez niczyjej pomocy.", .confidence),
            ("Moje CV jest tutaj: {url}", .job),
        ]
        }
    }
}
