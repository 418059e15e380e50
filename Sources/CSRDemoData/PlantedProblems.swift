import CSRSQLiteWriter

/// A data-quality problem the demo generator plants on purpose, so that `csr-report validate`
/// and the figures' exclusion rules have something real to find.
///
/// ```swift
/// for problem in DemoPlantedProblem.all {
///     print(problem.table, problem.column, problem.rowID)   // outcome_scores text_id badda7a0-...-000000000001
/// }
/// ```
/// Row ids are fixed (`badda7a0-0000-4000-8000-0000000000NN`) and do not depend on the seed.
/// `check` is SQL that returns 1 on a demo snapshot when the problem is there.
public struct DemoPlantedProblem: Sendable, Hashable {
    /// A short stable name, e.g. `outcome-score-orphan-kintell`.
    public let code: String
    public let table: String
    public let column: String
    public let rowID: String
    /// What is wrong, in words.
    public let summary: String
    public let check: String

    static func rowID(_ number: UInt64) -> String { DemoUUID.fixed(prefix: 0xBADD_A7A0, number: number) }
    /// Ids that planted rows point to and that exist nowhere.
    static func missingID(_ number: UInt64) -> String { DemoUUID.fixed(prefix: 0xBADD_A7A0, number: 100 + number) }

    private init(_ number: UInt64, _ code: String, _ table: String, _ column: String, _ summary: String, where condition: String) {
        let id = Self.rowID(number)
        self.code = code
        self.table = table
        self.column = column
        self.rowID = id
        self.summary = summary
        self.check = "SELECT count(*) FROM \(table) WHERE id = '\(id)' AND \(condition)"
    }

    public static let orphanKintellScore = DemoPlantedProblem(
        1, "outcome-score-orphan-kintell", "outcome_scores", "text_id",
        "kintell_feedback score whose text_id matches no kintell_sessions row",
        where: "text_type = 'kintell_feedback' AND text_id NOT IN (SELECT id FROM kintell_sessions)")
    public static let orphanBuddyScore = DemoPlantedProblem(
        2, "outcome-score-orphan-buddy", "outcome_scores", "text_id",
        "buddy_feedback score whose text_id matches no buddy_feedback row",
        where: "text_type = 'buddy_feedback' AND text_id NOT IN (SELECT id FROM buddy_feedback)")
    public static let unknownTextType = DemoPlantedProblem(
        3, "outcome-score-unknown-text-type", "outcome_scores", "text_type",
        "text_type 'chat_message' (not buddy_feedback, kintell_feedback or checkin_note)",
        where: "text_type = 'chat_message'")
    public static let sessionMissingVolunteer = DemoPlantedProblem(
        4, "kintell-session-missing-volunteer", "kintell_sessions", "volunteer_id",
        "volunteer_id points to no user (completed 2025-08-05, participant of the first company)",
        where: "volunteer_id NOT IN (SELECT id FROM users)")
    public static let membershipMissingUser = DemoPlantedProblem(
        5, "company-user-missing-user", "company_users", "user_id",
        "company link whose user_id points to no user",
        where: "user_id NOT IN (SELECT id FROM users)")
    public static let nullJoinedAt = DemoPlantedProblem(
        6, "company-user-null-joined-at", "company_users", "joined_at",
        "company link with NULL joined_at (counts as always joined)",
        where: "joined_at IS NULL")
    public static let snippetMissingScore = DemoPlantedProblem(
        7, "evidence-snippet-missing-score", "evidence_snippets", "outcome_score_id",
        "snippet whose outcome_score_id matches no outcome score",
        where: "outcome_score_id NOT IN (SELECT id FROM outcome_scores)")
    public static let scoreOutOfRange = DemoPlantedProblem(
        8, "outcome-score-out-of-range", "outcome_scores", "score",
        "job_readiness score 1.25, outside 0..1 (created 2025-07-02)",
        where: "score = 1.25")
    public static let levelB3 = DemoPlantedProblem(
        9, "language-level-b3", "kintell_sessions", "language_level",
        "language_level 'B3', not a CEFR level",
        where: "language_level = 'B3'")
    public static let levelNative = DemoPlantedProblem(
        10, "language-level-native", "kintell_sessions", "language_level",
        "language_level 'native', not a CEFR level",
        where: "language_level = 'native'")
    public static let invalidTopicsJSON = DemoPlantedProblem(
        11, "kintell-topics-invalid-json", "kintell_sessions", "topics",
        "topics holds invalid JSON (an unclosed array)",
        where: "json_valid(topics) = 0")
    public static let feedbackRatingOutOfRange = DemoPlantedProblem(
        12, "buddy-feedback-rating-out-of-range", "buddy_feedback", "rating",
        "rating 1.4, outside 0..1",
        where: "rating = 1.4")
    public static let progressOutOfRange = DemoPlantedProblem(
        13, "learning-progress-over-100", "learning_progress", "progress_percent",
        "progress_percent 140, outside 0..100",
        where: "progress_percent = 140")
    public static let unknownMatchStatus = DemoPlantedProblem(
        14, "buddy-match-unknown-status", "buddy_matches", "status",
        "status 'paused' (not active, inactive or ended)",
        where: "status = 'paused'")
    public static let unknownMood = DemoPlantedProblem(
        15, "buddy-checkin-unknown-mood", "buddy_checkins", "mood",
        "mood 'meh' (not great, good, okay, struggling or difficult)",
        where: "mood = 'meh'")
    public static let duplicateEmail = DemoPlantedProblem(
        16, "user-duplicate-email-case", "users", "email",
        "email equal to another user's except for letter case",
        where: "lower(email) IN (SELECT lower(email) FROM users WHERE id <> '\(rowID(16))')")
    public static let unparseableUpdatedAt = DemoPlantedProblem(
        17, "user-unparseable-updated-at", "users", "updated_at",
        "updated_at 'yesterday', not a timestamp (no figure reads this column)",
        where: "updated_at = 'yesterday'")

    /// Every planted problem, in row-id order.
    public static let all: [DemoPlantedProblem] = [
        orphanKintellScore, orphanBuddyScore, unknownTextType, sessionMissingVolunteer, membershipMissingUser,
        nullJoinedAt, snippetMissingScore, scoreOutOfRange, levelB3, levelNative, invalidTopicsJSON,
        feedbackRatingOutOfRange, progressOutOfRange, unknownMatchStatus, unknownMood, duplicateEmail,
        unparseableUpdatedAt,
    ]
}

/// Where in the population the planted problems and period-edge rows sit: all in the first
/// company, which is always a regular tenant with at least three long-term participants.
enum PlantedProblemSite {
    static let company = 0
    /// Local index of the participant whose only company link has a NULL joined_at.
    static let nullJoinedAtParticipant = 2
}

extension DemoActivityWriter {
    /// Writes the rows of `DemoPlantedProblem.all` (except the NULL joined_at link, written
    /// with the company links).
    func writePlantedProblems() throws {
        let company = population.companies[PlantedProblemSite.company]
        let p0 = population.participants[company.participants[0]]
        let volunteer = company.volunteers[0]
        let edgeSession = DemoEdgeRow.sessionAtQuarterStart.rowID
        let edgeMatch = DemoEdgeRow.matchEndingAtQuarterStart.rowID
        func t(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Int64 {
            DemoTimestamp.seconds(year, month, day, hour, minute, second)
        }

        try writeScore(id: DemoPlantedProblem.orphanKintellScore.rowID, textID: DemoPlantedProblem.missingID(1),
                       textType: "kintell_feedback", dimension: "job_readiness", score: 0.62, created: t(2025, 8, 14, 9, 0, 0))
        try writeScore(id: DemoPlantedProblem.orphanBuddyScore.rowID, textID: DemoPlantedProblem.missingID(2),
                       textType: "buddy_feedback", dimension: "belonging", score: 0.55, created: t(2025, 8, 20, 11, 0, 0))
        try writeScore(id: DemoPlantedProblem.unknownTextType.rowID, textID: edgeSession, textType: "chat_message",
                       dimension: "confidence", score: 0.7, created: t(2025, 7, 3, 12, 0, 0))
        try writeFixedSession(id: DemoPlantedProblem.sessionMissingVolunteer.rowID, participant: p0,
                              volunteerID: DemoPlantedProblem.missingID(4), scheduled: t(2025, 8, 5, 14, 0, 0),
                              completed: DemoTimestamp.text(t(2025, 8, 5, 14, 45, 0)), level: "B1")
        try writer.insert(.companyUsers, [.text(DemoPlantedProblem.membershipMissingUser.rowID), .text(company.id),
                                          .text(DemoPlantedProblem.missingID(5)), zulu(t(2024, 2, 1, 9, 0, 0))])
        let orphanSnippet = "After six months I read my first Norwegian novel, slowly but without a dictionary."
        let (hash, key) = DemoOutcomes.sha256(orphanSnippet)
        snippetHashes.insert(key)
        try writer.insert(.evidenceSnippets, [.text(DemoPlantedProblem.snippetMissingScore.rowID),
                                              .text(DemoPlantedProblem.missingID(7)), .text(orphanSnippet), .text(hash),
                                              .null, zulu(t(2025, 8, 30, 10, 0, 0))])
        try writeScore(id: DemoPlantedProblem.scoreOutOfRange.rowID, textID: edgeSession, textType: "kintell_feedback",
                       dimension: "job_readiness", score: 1.25, created: t(2025, 7, 2, 8, 0, 0))
        try writeFixedSession(id: DemoPlantedProblem.levelB3.rowID, participant: p0, volunteerID: population.users[volunteer].id,
                              scheduled: t(2025, 9, 12, 10, 0, 0), completed: DemoTimestamp.text(t(2025, 9, 12, 11, 0, 0)), level: "B3")
        try writeFixedSession(id: DemoPlantedProblem.levelNative.rowID, participant: p0, volunteerID: population.users[volunteer].id,
                              scheduled: t(2025, 9, 18, 10, 0, 0), completed: DemoTimestamp.text(t(2025, 9, 18, 11, 0, 0)), level: "native")
        try writeFixedSession(id: DemoPlantedProblem.invalidTopicsJSON.rowID, participant: p0, volunteerID: population.users[volunteer].id,
                              scheduled: t(2025, 8, 21, 16, 0, 0), completed: DemoTimestamp.text(t(2025, 8, 21, 17, 0, 0)), level: "B1",
                              topics: "[\"grammar\", \"small talk\"")
        try writer.insert(.buddyFeedback, [.text(DemoPlantedProblem.feedbackRatingOutOfRange.rowID), .text(edgeMatch),
                                           "participant", .real(1.4), "Best buddy ever, 14 out of 10!", zulu(t(2025, 6, 20, 18, 0, 0))])
        try writeLearningRow(id: DemoPlantedProblem.progressOutOfRange.rowID, participant: p0,
                             course: DemoVocabulary.courses[1], status: "in_progress", progress: 140,
                             started: zulu(t(2025, 5, 5, 9, 0, 0)), completed: .null, credential: .null,
                             created: zulu(t(2025, 5, 1, 9, 0, 0)), updated: zulu(t(2025, 9, 1, 9, 0, 0)))
        try writer.insert(.buddyMatches, [.text(DemoPlantedProblem.unknownMatchStatus.rowID), .text(population.users[p0.user].id),
                                          .text(population.users[volunteer].id), zulu(t(2025, 5, 12, 15, 0, 0)), "paused", .null])
        try writer.insert(.buddyCheckins, [.text(DemoPlantedProblem.unknownMood.rowID), .text(edgeMatch),
                                           zulu(t(2025, 6, 10, 17, 30, 0)), "meh", "Tired after exams, but fine."])
        let original = population.users[p0.user]
        try writer.insert(.users, [.text(DemoPlantedProblem.duplicateEmail.rowID), .text(Self.caseVariant(original.email)),
                                   "participant", .text(original.names.first), .text(original.names.last),
                                   zulu(t(2025, 3, 3, 12, 0, 0)), zulu(t(2025, 3, 3, 12, 0, 0))])
        try writer.insert(.users, [.text(DemoPlantedProblem.unparseableUpdatedAt.rowID), "ops.admin@csr-platform.example",
                                   "admin", "Kari", "Nordmann", zulu(t(2023, 5, 2, 8, 0, 0)), "yesterday"])
    }

    /// `ingrid.hansen@online.no` -> `Ingrid.Hansen@Online.no`: the same address for a person,
    /// a different one for a case-sensitive UNIQUE index.
    static func caseVariant(_ email: String) -> String {
        var out = ""
        var capitalizeNext = true
        for character in email {
            out += capitalizeNext ? character.uppercased() : String(character)
            capitalizeNext = character == "." || character == "@" || character == "_"
        }
        return out == email ? email.uppercased() : out
    }

    /// A kintell session written with exact values, for the planted problems and period edges.
    func writeFixedSession(id: String, participant: DemoPopulation.Participant, volunteerID: String, scheduled: Int64,
                           completed: String?, level: String?, topics: String = "[\"grammar\"]",
                           feedback: String? = nil, duration: Int? = 60) throws {
        sessionNumber += 1
        try writer.insert(.kintellSessions, [
            .text(id), .text("KS-\(10_000_000 + sessionNumber)"), "language", .text(population.users[participant.user].id),
            .text(volunteerID), zulu(scheduled), SQLiteValue(completed), SQLiteValue(duration),
            completed == nil ? .null : .real(0.9), SQLiteValue(feedback), SQLiteValue(level), .text(topics),
            "{\"platform\":\"kintell\",\"mode\":\"video\"}", zulu(scheduled - 5 * DemoTimeline.day),
        ])
    }
}
