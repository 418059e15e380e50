import CSRSQLiteWriter
import Foundation

/// Writes the rows of the demo snapshot from a `DemoPopulation`: people and their links first,
/// then each participant's sessions, buddy matches and courses, with the outcome scores,
/// evidence snippets and safety flags on their texts. One instance per snapshot, used from one
/// thread; every draw comes from its own seeded stream so the output is reproducible.
final class DemoActivityWriter {
    let options: DemoDataOptions
    let writer: DemoTableWriter
    let population: DemoPopulation
    let composer = DemoTextComposer()
    let timeline = DemoTimeline()
    var rng: SeededRandom
    var tally: DemoMetricsTally
    /// First 16 bytes of every snippet hash written: `evidence_snippets.snippet_hash` is UNIQUE.
    var snippetHashes: Set<DemoOutcomes.HashKey> = []
    var sessionNumber = 0

    static let levels = ["A1", "A2", "B1", "B2", "C1", "C2"]

    init(options: DemoDataOptions, writer: DemoTableWriter) {
        self.options = options
        self.writer = writer
        var populationRandom = SeededRandom(seed: options.seed, stream: "population")
        population = DemoPopulation(options: options, rng: &populationRandom)
        rng = SeededRandom(seed: options.seed, stream: "activity")
        tally = DemoMetricsTally(companies: population.companies.count, participants: population.participants.count,
                                 users: population.users.count)
    }

    func ts(_ t: Int64) -> SQLiteValue { .text(DemoTimeline.text(t, &rng)) }
    func zulu(_ t: Int64) -> SQLiteValue { .text(DemoTimestamp.text(t)) }
    func optionalTs(_ t: Int64?) -> SQLiteValue { t.map { ts($0) } ?? .null }
    func rounded(_ value: Double, _ places: Double) -> Double { (value * places).rounded() / places }

    // MARK: Tenants and people

    func writeMeta() throws {
        try writer.insert(.snapshotMeta, ["schema_version", "1.0"])
        try writer.insert(.snapshotMeta, ["exported_at", .text(DemoTimeline.exportedAtText)])
        try writer.insert(.snapshotMeta, [
            "source", .text("csr-report demo-data seed=\(options.seed) scale=\(options.scaleText) companies=\(options.companies)"),
        ])
    }

    func writeCompanies() throws {
        for company in population.companies {
            try writer.insert(.companies, [.text(company.id), .text(company.spec.name), .text(company.spec.industry),
                                           .text(company.spec.country), ts(company.createdAt)])
        }
    }

    func writeUsers() throws {
        for user in population.users {
            // updated_at: most profiles were touched again after sign-up.
            let updated = rng.chance(0.3) ? user.createdAt
                : min(DemoTimeline.exportedAt, user.createdAt + Int64(rng.int(in: 1...600)) * DemoTimeline.day)
            try writer.insert(.users, [.text(user.id), .text(user.email), .text(user.role.rawValue),
                                       .text(user.names.first), .text(user.names.last), ts(user.createdAt), ts(updated)])
        }
    }

    func writeCompanyUsers() throws {
        for (index, company) in population.companies.enumerated() {
            for staff in company.staff {
                let joined = population.users[staff].createdAt + Int64(rng.int(in: 0...3_600))
                try writer.insert(.companyUsers, [.text(DemoUUID.next(&rng)), .text(company.id),
                                                  .text(population.users[staff].id), ts(joined)])
            }
            for volunteer in company.volunteers {
                try writer.insert(.companyUsers, [.text(DemoUUID.next(&rng)), .text(company.id),
                                                  .text(population.users[volunteer].id),
                                                  ts(company.volunteerJoinedAt[volunteer]!)])
            }
            for participantIndex in company.participants {
                let participant = population.participants[participantIndex]
                let user = population.users[participant.user]
                if index == 0 && participant.localIndex == PlantedProblemSite.nullJoinedAtParticipant {
                    try writer.insert(.companyUsers, [.text(DemoPlantedProblem.nullJoinedAt.rowID), .text(company.id),
                                                      .text(user.id), .null])
                    continue
                }
                try writer.insert(.companyUsers, [.text(DemoUUID.next(&rng)), .text(company.id), .text(user.id),
                                                  ts(participant.joinedAt)])
            }
        }
        // Second links last: a few participants belong to two tenants.
        for participant in population.participants {
            guard let second = participant.secondCompany else { continue }
            try writer.insert(.companyUsers, [.text(DemoUUID.next(&rng)), .text(population.companies[second.company].id),
                                              .text(population.users[participant.user].id), ts(second.joinedAt)])
        }
    }

    func writeExternalIDs() throws {
        var kintellNumber = 100_000, buddyNumber = 5_000
        for (index, user) in population.users.enumerated() where user.role == .participant || user.role == .volunteer {
            let created = user.createdAt + Int64(rng.int(in: 60...86_400))
            kintellNumber += rng.int(in: 1...3)
            try writer.insert(.externalIDMappings, [.text(DemoUUID.next(&rng)), .text(user.id), "kintell",
                                                    .text("kt_usr_\(kintellNumber)"), ts(created)])
            if rng.chance(user.role == .volunteer ? 0.6 : 0.5) {
                buddyNumber += 1
                try writer.insert(.externalIDMappings, [.text(DemoUUID.next(&rng)), .text(user.id), "buddy",
                                                        .text("BDY-\(buddyNumber)"), ts(created + 3_600)])
            }
            if rng.chance(0.25) {
                // Discord snowflakes: disjoint ranges per user keep them unique.
                let snowflake = 1_000_000_000_000_000_00 as Int64 + Int64(index) * 7_919 + Int64(rng.int(in: 0...7_918))
                try writer.insert(.externalIDMappings, [.text(DemoUUID.next(&rng)), .text(user.id), "discord",
                                                        .text(String(snowflake)), ts(created + 7_200)])
            }
        }
    }

    // MARK: A participant's activity

    func writeActivity() throws {
        for index in population.participants.indices {
            try writeActivity(of: index)
        }
    }

    func companies(of participant: DemoPopulation.Participant, at t: Int64, volunteer: Int) -> [Int] {
        var result = [participant.company]
        if let second = participant.secondCompany, second.joinedAt <= t { result.append(second.company) }
        if let employer = population.users[volunteer].employer, !result.contains(employer) { result.append(employer) }
        return result
    }

    func textContext(_ participant: DemoPopulation.Participant, other: Int, level: String) -> DemoTextComposer.Context {
        DemoTextComposer.Context(
            language: rng.pick(participant.textLanguages),
            country: population.companies[participant.company].spec.country,
            other: population.users[other].names,
            participant: population.users[participant.user].names,
            level: level,
            course: rng.pick(DemoVocabulary.courses).name)
    }

    func level(of participant: DemoPopulation.Participant, at t: Int64) -> Int {
        let raw = Double(participant.startLevel) + participant.levelGain * participant.progress(at: t) + 0.25 * rng.gaussian()
        return min(5, max(0, Int(raw)))
    }

    private func writeActivity(of index: Int) throws {
        let participant = population.participants[index]
        let months = Double(participant.activeUntil - max(participant.activeFrom, DemoTimeline.historyStart)) / (30.44 * 86_400)
        let count = rng.poisson(mean: max(0.3, participant.engagement * months * Self.sessionsPerActiveMonth))
        var times: [Int64] = []
        for _ in 0..<count {
            if let t = timeline.sampleInstant(from: participant.activeFrom, to: participant.activeUntil, rng: &rng) {
                times.append(t)
            }
        }
        times.sort()
        var kinds: Set<String> = []
        for t in times {
            kinds.insert(try writeSession(participant: participant, index: index, at: t))
        }
        if try writeMatches(participant: participant, index: index) { kinds.insert("buddy") }
        if try writeLearning(participant: participant, index: index) { kinds.insert("upskilling") }
        try writeEnrollments(participant: participant, programmes: kinds)
    }

    /// Kintell sessions per active month for an engagement of 1 (calibrated to ~10,000
    /// sessions at scale 1 with six companies).
    static let sessionsPerActiveMonth = 0.6

    @discardableResult
    func writeSession(participant: DemoPopulation.Participant, index: Int, at t: Int64,
                      id fixedID: String? = nil, volunteer fixedVolunteer: Int? = nil) throws -> String {
        let id = fixedID ?? DemoUUID.next(&rng)
        let mentorship = rng.chance(0.3)
        let volunteer = fixedVolunteer ?? (rng.chance(0.7) ? participant.primaryVolunteer
            : population.pickVolunteer(for: participant.company, ownShare: 0.5, rng: &rng))
        let plannedDuration = rng.pick([30, 45, 45, 60, 60, 60, 75, 90])
        var completed: Int64? = rng.chance(0.07) ? nil : t + Int64(plannedDuration * 60 + rng.int(in: 0...300))
        if let done = completed, done > DemoTimeline.exportedAt { completed = nil }
        let duration: Int? = completed != nil ? (rng.chance(0.04) ? nil : plannedDuration)
                                              : (rng.chance(0.5) ? plannedDuration : nil)
        let rating: Double? = completed != nil && rng.chance(0.85)
            ? rounded(min(1, max(0, 0.6 + 0.4 * rng.unit() + 0.1 * rng.gaussian())), 100) : nil
        let levelIndex = level(of: participant, at: t)
        var levelText: String? = rng.chance(mentorship ? 0.15 : 0.8) ? Self.levels[levelIndex] : nil
        if let text = levelText, rng.chance(0.1) { levelText = text.lowercased() }

        var feedback: DemoTextComposer.Text?
        if completed != nil, rng.chance(0.45) {
            let declining = participant.gain[0] < 0 && participant.progress(at: t) > 0.5
            let positive = declining ? rng.chance(0.4) : !rng.chance(0.08)
            feedback = composer.compose(mentorship ? .mentorshipFeedback : .kintellFeedback,
                                        context: textContext(participant, other: volunteer, level: Self.levels[levelIndex]),
                                        positive: positive, rng: &rng)
        }
        sessionNumber += 1
        let topicCount = rng.int(in: 1...3)
        var topics: [String] = []
        while topics.count < topicCount {
            let topic = rng.pick(DemoVocabulary.sessionTopics)
            if !topics.contains(topic) { topics.append(topic) }
        }
        let topicsJSON = "[" + topics.map { "\"\($0)\"" }.joined(separator: ",") + "]"
        let metadata = "{\"platform\":\"kintell\",\"mode\":\"\(rng.chance(0.8) ? "video" : "in_person")\",\"booking_ref\":\"BK-\(700_000 + sessionNumber)\",\"lang\":\"\(population.companies[participant.company].spec.language.code)\"}"
        let created = t - Int64(rng.int(in: 1...14)) * DemoTimeline.day - Int64(rng.int(in: 0...40_000))

        try writer.insert(.kintellSessions, [
            .text(id), .text("KS-\(10_000_000 + sessionNumber)"), .text(mentorship ? "mentorship" : "language"),
            .text(population.users[participant.user].id), .text(population.users[volunteer].id),
            ts(t), optionalTs(completed), SQLiteValue(duration), SQLiteValue(rating),
            SQLiteValue(feedback?.text), SQLiteValue(levelText), .text(topicsJSON), .text(metadata), ts(created),
        ])
        if let done = completed {
            tally.session(at: done, companies: companies(of: participant, at: done, volunteer: volunteer),
                          participant: index, volunteer: volunteer, level: levelText == nil ? nil : levelIndex)
            if let feedback {
                try writeOutcomes(for: feedback, textID: id, textType: "kintell_feedback", contentType: "feedback_text",
                                  participant: participant, writtenAt: done)
            }
        }
        return mentorship ? "mentorship" : "language"
    }

    // MARK: Buddy programme

    private func writeMatches(participant: DemoPopulation.Participant, index: Int) throws -> Bool {
        let matchCount = rng.chance(0.45) ? 0 : (rng.chance(0.85) ? 1 : 2)
        var start = participant.activeFrom
        var wrote = false
        for _ in 0..<matchCount {
            guard let matched = timeline.sampleInstant(from: start, to: participant.activeUntil - 14 * DemoTimeline.day, rng: &rng) else { break }
            let planned = matched + Int64(rng.int(in: 45...300)) * DemoTimeline.day
            let end = min(planned, participant.activeUntil)
            let ended: Int64? = end >= DemoTimeline.exportedAt ? nil : end
            let status: String = ended == nil ? (rng.chance(0.15) ? "inactive" : "active") : (rng.chance(0.85) ? "ended" : "inactive")
            let buddy = rng.chance(0.6) ? participant.primaryVolunteer
                : population.pickVolunteer(for: participant.company, ownShare: 0.5, rng: &rng)
            try writeMatch(participant: participant, index: index, buddy: buddy, matched: matched, ended: ended,
                           status: status, id: DemoUUID.next(&rng))
            wrote = true
            start = (ended ?? DemoTimeline.exportedAt) + DemoTimeline.day
        }
        return wrote
    }

    func writeMatch(participant: DemoPopulation.Participant, index: Int, buddy: Int, matched: Int64, ended: Int64?,
                    status: String, id: String, matchedText: String? = nil, endedText: String? = nil) throws {
        try writer.insert(.buddyMatches, [
            .text(id), .text(population.users[participant.user].id), .text(population.users[buddy].id),
            matchedText.map { .text($0) } ?? ts(matched), .text(status), endedText.map { .text($0) } ?? optionalTs(ended),
        ])
        let until = ended ?? DemoTimeline.exportedAt
        tally.active(participant: index, from: matched, until: until)
        tally.volunteered(user: buddy, from: matched, until: until)
        let months = Double(until - matched) / (30.44 * 86_400)

        for _ in 0..<rng.poisson(mean: months * 0.8) {
            guard let date = timeline.sampleInstant(from: matched, to: until, rng: &rng) else { break }
            let description: String? = rng.chance(0.85) ? rng.pick(DemoVocabulary.eventDescriptions) : nil
            try writer.insert(.buddyEvents, [
                .text(DemoUUID.next(&rng)), .text(id), .text(rng.pick(DemoVocabulary.eventTypes)), ts(date),
                SQLiteValue(description), .text(rng.pick(DemoVocabulary.eventLocations)),
                ts(date - Int64(rng.int(in: 1...10)) * DemoTimeline.day),
            ])
        }
        for _ in 0..<rng.poisson(mean: months * 1.5) {
            guard let date = timeline.sampleInstant(from: matched, to: until, rng: &rng) else { break }
            let positive = participant.gain[4] >= 0 ? !rng.chance(0.15) : rng.chance(0.45)
            let mood = positive ? rng.pick(["great", "good", "good", "okay"]) : rng.pick(["okay", "struggling", "difficult"])
            var notes: DemoTextComposer.Text?
            if rng.chance(0.75) {
                notes = composer.compose(.checkin, context: textContext(participant, other: buddy, level: Self.levels[level(of: participant, at: date)]),
                                         positive: positive, rng: &rng)
            }
            let checkinID = DemoUUID.next(&rng)
            try writer.insert(.buddyCheckins, [.text(checkinID), .text(id), ts(date), .text(mood), SQLiteValue(notes?.text)])
            if let notes, rng.chance(0.4) {
                try writeOutcomes(for: notes, textID: checkinID, textType: "checkin_note", contentType: "checkin_note",
                                  participant: participant, writtenAt: date)
            }
        }
        for _ in 0..<(1 + rng.poisson(mean: months * 0.3)) {
            guard let date = timeline.sampleInstant(from: matched + 7 * DemoTimeline.day, to: until + 3 * DemoTimeline.day, rng: &rng) else { break }
            let fromParticipant = rng.chance(0.6)
            let positive = !rng.chance(0.1)
            let context = textContext(participant, other: buddy, level: Self.levels[level(of: participant, at: date)])
            let text = composer.compose(fromParticipant ? .participantFeedback : .buddyFeedback, context: context,
                                        positive: positive, rng: &rng)
            let feedbackID = DemoUUID.next(&rng)
            let rating = rounded(min(1, max(0, (positive ? 0.75 : 0.4) + 0.2 * rng.gaussian())), 100)
            try writer.insert(.buddyFeedback, [.text(feedbackID), .text(id), .text(fromParticipant ? "participant" : "buddy"),
                                               rng.chance(0.9) ? .real(rating) : .null, .text(text.text), ts(date)])
            if rng.chance(0.7) {
                try writeOutcomes(for: text, textID: feedbackID, textType: "buddy_feedback", contentType: "feedback_text",
                                  participant: participant, writtenAt: date)
            }
        }
    }

    // MARK: Upskilling and programmes

    private func writeLearning(participant: DemoPopulation.Participant, index: Int) throws -> Bool {
        guard rng.chance(0.6) else { return false }
        for _ in 0..<rng.int(in: 1...3) {
            guard let started = timeline.sampleInstant(from: participant.activeFrom, to: participant.activeUntil - DemoTimeline.day, rng: &rng) else { break }
            let course = rng.pick(DemoVocabulary.courses)
            var status = ["completed", "completed", "in_progress", "in_progress", "enrolled", "dropped"][rng.index(6)]
            var completed: Int64?
            if status == "completed" {
                let done = started + Int64(rng.int(in: 21...120)) * DemoTimeline.day + Int64(rng.int(in: 0...30_000))
                if done < participant.activeUntil { completed = done } else { status = "in_progress" }
            }
            let progress: Int = switch status {
            case "completed": 100
            case "in_progress": rng.int(in: 5...95)
            case "enrolled": 0
            default: rng.int(in: 5...60)
            }
            let updated = completed ?? min(participant.activeUntil - 3_600,
                                           started + Int64(rng.int(in: 0...90)) * DemoTimeline.day + Int64(rng.int(in: 0...40_000)))
            let startedValue: SQLiteValue = status == "enrolled" && rng.chance(0.5) ? .null : ts(started)
            let credential: SQLiteValue = completed != nil ? .text("cred-\(course.provider)-\(rng.int(in: 100_000...999_999))") : .null
            try writeLearningRow(id: DemoUUID.next(&rng), participant: participant, course: course, status: status,
                                 progress: progress, started: startedValue, completed: optionalTs(completed),
                                 credential: credential, created: ts(started - Int64(rng.int(in: 0...10)) * DemoTimeline.day),
                                 updated: ts(max(updated, started)))
            tally.active(participant: index, from: started, until: max(updated, started))
        }
        return true
    }

    func writeLearningRow(id: String, participant: DemoPopulation.Participant, course: (provider: String, id: String, name: String),
                          status: String, progress: Int, started: SQLiteValue, completed: SQLiteValue,
                          credential: SQLiteValue, created: SQLiteValue, updated: SQLiteValue) throws {
        let metadata = "{\"source\":\"\(course.provider)-webhook\",\"cohort\":\"\(rng.pick(DemoTimeline.quarterLabels))\"}"
        try writer.insert(.learningProgress, [
            .text(id), .text(population.users[participant.user].id), .text(course.provider), .text(course.id),
            .text(course.name), .text(status), .int(Int64(progress)), started, completed, credential, .text(metadata),
            created, updated,
        ])
    }

    private func writeEnrollments(participant: DemoPopulation.Participant, programmes: Set<String>) throws {
        for programme in ["language", "mentorship", "buddy", "upskilling"] where programmes.contains(programme) {
            let enrolled = participant.activeFrom - Int64(rng.int(in: 0...14)) * DemoTimeline.day - Int64(rng.int(in: 0...40_000))
            let finished = participant.activeUntil < DemoTimeline.exportedAt
            let status = finished ? (rng.chance(0.6) ? "completed" : "dropped") : "active"
            try writer.insert(.programEnrollments, [
                .text(DemoUUID.next(&rng)), .text(population.users[participant.user].id), .text(programme), ts(enrolled),
                .text(status), status == "completed" ? ts(participant.activeUntil) : .null,
            ])
        }
    }
}
