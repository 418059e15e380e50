/// The people of the demo data and how they belong to the tenants, decided before any row is
/// written: users, company links, and each participant's plan (when they are active, how
/// engaged, how their language level and outcomes move).
///
/// ```swift
/// var rng = SeededRandom(seed: 2025, stream: "population")
/// let population = DemoPopulation(options: options, rng: &rng)
/// population.participants.count   // ~1,650 at scale 1 with six companies
/// ```
struct DemoPopulation {
    enum Role: String { case participant, volunteer, companyUser = "company_user", admin }

    struct User {
        let id: String
        let role: Role
        let names: DemoTextComposer.NameForms
        let language: DemoLanguage
        let email: String
        let createdAt: Int64
        /// The company a volunteer or company user works for (nil for admins and participants).
        let employer: Int?
    }

    struct Participant {
        let user: Int
        let company: Int
        let localIndex: Int
        /// A second tenant the participant is also linked to, and since when.
        let secondCompany: (company: Int, joinedAt: Int64)?
        let joinedAt: Int64
        let activeFrom: Int64
        let activeUntil: Int64
        let engagement: Double
        let startLevel: Int
        let levelGain: Double
        /// Per outcome dimension (`DemoOutcomes.dimensions` order): level at the start and change over the window.
        let base: [Double]
        let gain: [Double]
        let textLanguages: [DemoLanguage]
        let primaryVolunteer: Int
        /// Joined the company after the report period although active before: not a member in 2025-Q3.
        let joinedLate: Bool

        func progress(at t: Int64) -> Double {
            let span = Double(max(activeUntil - activeFrom, 1))
            return min(1, max(0, Double(t - activeFrom) / span))
        }
    }

    struct Company {
        let id: String
        let spec: DemoCompanySpec
        let createdAt: Int64
        let isSmall: Bool
        var staff: [Int] = []
        var volunteers: [Int] = []
        /// Indexes into `participants`.
        var participants: [Int] = []
        var volunteerJoinedAt: [Int: Int64] = [:]
    }

    private(set) var users: [User] = []
    private(set) var companies: [Company] = []
    private(set) var participants: [Participant] = []
    private(set) var admins: [Int] = []
    /// Companies whose people may meet other tenants' people (all but the small one).
    private(set) var openCompanies: [Int] = []

    private var emails: Set<String> = []
    private var transliterated: [String: String] = [:]

    static let smallCompanyParticipants = 7
    static let smallCompanyActiveInReportPeriod = 3

    init(options: DemoDataOptions, rng: inout SeededRandom) {
        for index in 0..<4 {
            let language: DemoLanguage = index % 2 == 0 ? .english : .norwegian
            admins.append(addUser(role: .admin, language: language, employer: nil, domain: "csr-platform.example",
                                  createdAt: DemoTimestamp.seconds(2022, 3 + index, 10), rng: &rng))
        }
        for index in 0..<options.companies {
            let spec = DemoVocabulary.company(index)
            var isSmall = false
            if case .small = spec.size { isSmall = true }
            let created = DemoTimestamp.seconds(2022, 1, 15) + Int64(rng.int(in: 0...560)) * DemoTimeline.day
                + Int64(rng.int(in: 28...68)) * 900
            companies.append(Company(id: DemoUUID.next(&rng), spec: spec, createdAt: created, isSmall: isSmall))
            if !isSmall { openCompanies.append(index) }
        }
        for index in companies.indices { addStaffAndVolunteers(index, scale: options.scale, rng: &rng) }
        for index in companies.indices { addParticipants(index, scale: options.scale, rng: &rng) }
    }

    // MARK: People

    private mutating func nameForms(first: String, last: String) -> DemoTextComposer.NameForms {
        let cyrillic = DemoTransliteration.isCyrillic(first)
        func other(_ name: String) -> String {
            if let known = transliterated[name] { return known }
            let converted = cyrillic ? DemoTransliteration.toLatin(name) : DemoTransliteration.toCyrillic(name)
            transliterated[name] = converted
            return converted
        }
        return DemoTextComposer.NameForms(first: first, last: last, firstOtherScript: other(first),
                                          lastOtherScript: other(last), isCyrillic: cyrillic)
    }

    private mutating func addUser(role: Role, language: DemoLanguage, employer: Int?, domain: String?,
                                  createdAt: Int64, cyrillic: Bool = true, rng: inout SeededRandom) -> Int {
        let first = rng.pick(DemoVocabulary.firstNames(language))
        var last = DemoVocabulary.surname(rng.pick(DemoVocabulary.lastNames(language)), language: language, female: first.female)
        var firstName = first.text
        if language == .ukrainian && !cyrillic {
            firstName = DemoTransliteration.toLatin(firstName)
            last = DemoTransliteration.toLatin(last)
        }
        let names = nameForms(first: firstName, last: last)
        let firstPart = DemoTransliteration.emailPart(firstName), lastPart = DemoTransliteration.emailPart(last)
        let local: String = switch rng.int(in: 0...5) {
        case 0: "\(firstPart.prefix(1)).\(lastPart)"
        case 1: "\(firstPart)\(lastPart.prefix(1))"
        case 2: "\(firstPart)_\(lastPart)"
        default: "\(firstPart).\(lastPart)"
        }
        let host = domain ?? rng.pick(DemoVocabulary.emailDomains)
        var email = "\(local)@\(host)"
        if emails.contains(email) { email = "\(local)\(users.count)@\(host)" }
        emails.insert(email)
        users.append(User(id: DemoUUID.next(&rng), role: role, names: names, language: language, email: email,
                          createdAt: createdAt, employer: employer))
        return users.count - 1
    }

    private mutating func addStaffAndVolunteers(_ index: Int, scale: Double, rng: inout SeededRandom) {
        let company = companies[index]
        let domain = Self.domain(of: company.spec, index: index)
        let staffCount = company.isSmall ? 1 : max(2, Int((2 * scale.squareRoot()).rounded()))
        for _ in 0..<staffCount {
            let created = company.createdAt + Int64(rng.int(in: 1...200)) * DemoTimeline.day
            companies[index].staff.append(addUser(role: .companyUser, language: company.spec.language, employer: index,
                                                  domain: domain, createdAt: created, rng: &rng))
        }
        let volunteerCount = company.isSmall ? 2 : max(3, Int((Self.participantCount(company.spec, scale: scale) * 0.35).rounded()))
        for _ in 0..<volunteerCount {
            let language: DemoLanguage = rng.chance(0.8) ? company.spec.language : .english
            // Most volunteers signed up before the history starts; a fifth joins along the way.
            let joined = rng.chance(0.8)
                ? DemoTimestamp.seconds(2023, 1, 9) + Int64(rng.int(in: 0...260)) * DemoTimeline.day
                : DemoTimeline.historyStart + Int64(rng.int(in: 0...700)) * DemoTimeline.day
            let created = joined - Int64(rng.int(in: 0...30)) * DemoTimeline.day + Int64(rng.int(in: 28...76)) * 900
            let user = addUser(role: .volunteer, language: language, employer: index,
                               domain: rng.chance(0.6) ? domain : nil, createdAt: created, rng: &rng)
            companies[index].volunteers.append(user)
            companies[index].volunteerJoinedAt[user] = joined + Int64(rng.int(in: 28...76)) * 900
        }
    }

    static func participantCount(_ spec: DemoCompanySpec, scale: Double) -> Double {
        switch spec.size {
        case .small: Double(smallCompanyParticipants)
        case .regular(let weight): max(5, (300 * weight * scale).rounded())
        }
    }

    /// A mail domain for the company's staff: its name in ASCII, or `tenant<N>` for names with none.
    static func domain(of spec: DemoCompanySpec, index: Int) -> String {
        let words = spec.name.split(separator: " ").map { DemoTransliteration.emailPart(String($0)) }.filter { $0.count > 2 }
        let stem = words.prefix(2).joined(separator: "-")
        return (stem.isEmpty || !spec.hostileKinds.isEmpty ? "tenant\(index)" : stem) + ".example"
    }

    // MARK: Participants

    private mutating func addParticipants(_ index: Int, scale: Double, rng: inout SeededRandom) {
        let company = companies[index]
        let count = Int(Self.participantCount(company.spec, scale: scale))
        for local in 0..<count {
            let language = Self.participantLanguage(company.spec, &rng)
            let (activeFrom, activeUntil, joinedLate) = window(company: company, local: local, rng: &rng)
            let joinedAt: Int64 = joinedLate
                ? (rng.chance(0.3) ? DemoTimeline.reportEnd : DemoTimeline.reportEnd + Int64(rng.int(in: 1...150_000)))
                : activeFrom - Int64(rng.int(in: 0...21)) * DemoTimeline.day - Int64(rng.int(in: 0...86_399))
            let created = min(joinedAt, activeFrom) - Int64(rng.int(in: 0...20)) * DemoTimeline.day - Int64(rng.int(in: 0...40_000))
            let user = addUser(role: .participant, language: language, employer: nil, domain: nil,
                               createdAt: created, cyrillic: rng.chance(0.75), rng: &rng)

            var second: (company: Int, joinedAt: Int64)?
            if !company.isSmall, openCompanies.count > 1, local >= 3, !joinedLate, rng.chance(0.03) {
                var other = rng.pick(openCompanies)
                if other == index { other = openCompanies[(openCompanies.firstIndex(of: other)! + 1) % openCompanies.count] }
                second = (other, activeFrom + Int64(rng.int(in: 7...120)) * DemoTimeline.day)
            }

            let declining = rng.chance(0.15)
            var base: [Double] = [], gain: [Double] = []
            for _ in DemoOutcomes.dimensions {
                base.append(rng.double(in: 0.2...0.55))
                gain.append(declining ? rng.double(in: -0.25 ... -0.05) : rng.double(in: 0.1...0.45))
            }
            let host = company.spec.language
            let textLanguages: [DemoLanguage] = language == .ukrainian
                ? [.ukrainian, .ukrainian, .english, host]
                : (language == host ? [host, host, host, .english] : [language, language, host, .english])
            let longTerm = local < 3 && !company.isSmall
            participants.append(Participant(
                user: user, company: index, localIndex: local, secondCompany: second, joinedAt: joinedAt,
                activeFrom: activeFrom, activeUntil: activeUntil,
                engagement: longTerm ? 1.6 : exp(0.55 * rng.gaussian()),
                startLevel: rng.weightedIndex([0.35, 0.3, 0.2, 0.1, 0.05, 0]),
                levelGain: rng.double(in: 0...2.6),
                base: base, gain: gain, textLanguages: textLanguages,
                primaryVolunteer: pickVolunteer(for: index, ownShare: 0.55, rng: &rng),
                joinedLate: joinedLate))
            companies[index].participants.append(participants.count - 1)
        }
    }

    private static func participantLanguage(_ spec: DemoCompanySpec, _ rng: inout SeededRandom) -> DemoLanguage {
        if spec.language == .ukrainian { return rng.chance(0.85) ? .ukrainian : rng.pick([.english, .polish]) }
        let roll = rng.unit()
        if roll < 0.5 { return .ukrainian }
        if roll < 0.7 { return spec.language }
        return rng.pick(DemoLanguage.allCases)
    }

    /// When a participant is active. The small tenant's are fixed: three stay active through
    /// 2025-Q3, the others stop in mid-June 2025, so its report falls below k = 5.
    private func window(company: Company, local: Int, rng: inout SeededRandom) -> (Int64, Int64, Bool) {
        let day = DemoTimeline.day
        if company.isSmall {
            let from = DemoTimeline.historyStart + Int64(local * 23) * day + Int64(rng.int(in: 0...10)) * day
            let until = local < Self.smallCompanyActiveInReportPeriod
                ? DemoTimeline.exportedAt
                : DemoTimestamp.seconds(2025, 6, 1) + Int64(rng.int(in: 0...14)) * day
            return (from, until, false)
        }
        if local < 3 {
            return (DemoTimeline.historyStart - Int64(rng.int(in: 0...60)) * day, DemoTimeline.exportedAt, false)
        }
        if rng.chance(0.015) {
            // Started in September 2025, linked to the company only after the period ended.
            return (DemoTimestamp.seconds(2025, 9, 1) + Int64(rng.int(in: 0...20)) * day, DemoTimeline.exportedAt, true)
        }
        let from: Int64
        if rng.chance(0.15) {
            from = DemoTimestamp.seconds(2023, 7, 1) + Int64(rng.int(in: 0...91)) * day
        } else {
            // Density rising gently over time: the programme grows.
            let span = Double(DemoTimestamp.seconds(2025, 9, 25) - DemoTimeline.historyStart)
            from = DemoTimeline.historyStart + Int64(pow(rng.unit(), 0.85) * span)
        }
        let until = rng.chance(0.3) ? DemoTimeline.exportedAt
            : min(DemoTimeline.exportedAt, from + Int64(rng.int(in: 60...540)) * day)
        return (from, until, false)
    }

    /// A volunteer for someone of `company`: often a colleague, often from another tenant
    /// (cross-company sessions); the small tenant keeps to itself.
    func pickVolunteer(for company: Int, ownShare: Double, rng: inout SeededRandom) -> Int {
        if companies[company].isSmall || openCompanies.count < 2 || rng.chance(ownShare) {
            return rng.pick(companies[company].volunteers)
        }
        return rng.pick(companies[rng.pick(openCompanies)].volunteers)
    }
}

import Foundation
