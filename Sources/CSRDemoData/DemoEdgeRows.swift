/// A row the demo generator places exactly on (or a second beside) a period boundary, or
/// writes in one of the rarer timestamp forms, so the figures' half-open intervals and the
/// timestamp parser are exercised. All belong to the first company; ids are fixed
/// (`ed9e0000-0000-4000-8000-0000000000NN`).
///
/// ```swift
/// DemoEdgeRow.sessionOffsetInsideQ3.value        // "2025-10-01T01:30:00+02:00"
/// DemoEdgeRow.sessionOffsetInsideQ3.inReportPeriod // true: it is 2025-09-30T23:30:00Z
/// ```
public struct DemoEdgeRow: Sendable, Hashable {
    public let table: String
    public let column: String
    public let rowID: String
    /// The value as stored.
    public let value: String
    /// Whether the row falls in the default report period 2025-Q3 by that column.
    public let inReportPeriod: Bool
    public let note: String

    static func rowID(_ number: UInt64) -> String { DemoUUID.fixed(prefix: 0xED9E_0000, number: number) }

    private init(_ number: UInt64, _ table: String, _ column: String, _ value: String, _ inReportPeriod: Bool, _ note: String) {
        self.table = table
        self.column = column
        self.rowID = Self.rowID(number)
        self.value = value
        self.inReportPeriod = inReportPeriod
        self.note = note
    }

    public static let sessionAtQuarterStart = DemoEdgeRow(1, "kintell_sessions", "completed_at", "2025-07-01T00:00:00Z", true, "first instant of 2025-Q3; has feedback and scores")
    public static let sessionAtQuarterEnd = DemoEdgeRow(2, "kintell_sessions", "completed_at", "2025-10-01T00:00:00Z", false, "first instant of 2025-Q4")
    public static let sessionLastSecondOfQ3 = DemoEdgeRow(3, "kintell_sessions", "completed_at", "2025-09-30T23:59:59Z", true, "last second of 2025-Q3")
    public static let sessionOffsetInsideQ3 = DemoEdgeRow(4, "kintell_sessions", "completed_at", "2025-10-01T01:30:00+02:00", true, "local October, UTC 2025-09-30T23:30:00Z")
    public static let sessionOffsetInsideQ2 = DemoEdgeRow(5, "kintell_sessions", "completed_at", "2025-07-01T01:30:00+02:00", false, "local July, UTC 2025-06-30T23:30:00Z (2025-Q2)")
    public static let sessionFractionalEndOfQ2 = DemoEdgeRow(6, "kintell_sessions", "completed_at", "2025-06-30T23:59:59.999Z", false, "last millisecond of 2025-Q2")
    public static let sessionSpaceFormAtQuarterStart = DemoEdgeRow(7, "kintell_sessions", "completed_at", "2025-07-01 00:00:00", true, "space form, no offset = UTC")
    public static let sessionNotCompleted = DemoEdgeRow(8, "kintell_sessions", "completed_at", "NULL", false, "scheduled 2025-09-15, never completed: counts nowhere")
    public static let matchEndingAtQuarterStart = DemoEdgeRow(9, "buddy_matches", "ended_at", "2025-07-01T00:00:00Z", true, "ended_at >= start of 2025-Q3, so active in it")
    public static let matchStartingAtQuarterEnd = DemoEdgeRow(10, "buddy_matches", "matched_at", "2025-10-01T00:00:00Z", false, "matched_at = end of 2025-Q3, so not active in it")
    public static let eventAtQuarterStart = DemoEdgeRow(11, "buddy_events", "event_date", "2025-07-01T00:00:00Z", true, "on match 9")
    public static let eventLastSecondOfQ2 = DemoEdgeRow(12, "buddy_events", "event_date", "2025-06-30T23:59:59Z", false, "on match 9")
    public static let checkinAtQuarterStart = DemoEdgeRow(13, "buddy_checkins", "checkin_date", "2025-07-01T00:00:00Z", true, "on match 9")
    public static let courseCompletedLastSecondOfQ3 = DemoEdgeRow(14, "learning_progress", "completed_at", "2025-09-30T23:59:59Z", true, "completed course in 2025-Q3")
    public static let courseCompletedAtQuarterEnd = DemoEdgeRow(15, "learning_progress", "completed_at", "2025-10-01T00:00:00Z", false, "completed after 2025-Q3: in progress at its end")
    public static let scoreAtQuarterEnd = DemoEdgeRow(16, "outcome_scores", "created_at", "2025-10-01T00:00:00Z", false, "job_readiness score on session 1, created in 2025-Q4")
    public static let scoreAtQuarterStart = DemoEdgeRow(17, "outcome_scores", "created_at", "2025-07-01T00:00:00Z", true, "confidence score on session 1")
    public static let lateJoiner = DemoEdgeRow(18, "users", "created_at", "2025-08-25T12:00:00Z", false, "participant linked to the first company only after 2025-Q3")
    public static let lateJoinerLink = DemoEdgeRow(19, "company_users", "joined_at", "2025-10-01T00:00:00Z", false, "joined_at = end of 2025-Q3: not a member in it")
    public static let lateJoinerSession = DemoEdgeRow(20, "kintell_sessions", "completed_at", "2025-09-20T11:00:00Z", true, "in scope through the volunteer only; its participant is not the company's in 2025-Q3")

    public static let all: [DemoEdgeRow] = [
        sessionAtQuarterStart, sessionAtQuarterEnd, sessionLastSecondOfQ3, sessionOffsetInsideQ3, sessionOffsetInsideQ2,
        sessionFractionalEndOfQ2, sessionSpaceFormAtQuarterStart, sessionNotCompleted, matchEndingAtQuarterStart,
        matchStartingAtQuarterEnd, eventAtQuarterStart, eventLastSecondOfQ2, checkinAtQuarterStart,
        courseCompletedLastSecondOfQ3, courseCompletedAtQuarterEnd, scoreAtQuarterEnd, scoreAtQuarterStart,
        lateJoiner, lateJoinerLink, lateJoinerSession,
    ]
}

extension DemoActivityWriter {
    func writePeriodEdges() throws {
        let company = population.companies[PlantedProblemSite.company]
        let p0 = population.participants[company.participants[0]]
        let p1Index = company.participants[1]
        let p1 = population.participants[p1Index]
        let volunteer = company.volunteers[0]
        let volunteerID = population.users[volunteer].id
        func t(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Int64 {
            DemoTimestamp.seconds(year, month, day, hour, minute, second)
        }

        // Session 1 carries a real feedback text, so scores (and planted problems) can point at it.
        var context = textContext(p0, other: volunteer, level: "B2")
        context.language = .english
        let feedback = composer.compose(.kintellFeedback, context: context, positive: true, rng: &rng)
        let sessions: [(DemoEdgeRow, Int64)] = [
            (.sessionAtQuarterStart, t(2025, 6, 30, 23, 0, 0)), (.sessionAtQuarterEnd, t(2025, 9, 30, 23, 0, 0)),
            (.sessionLastSecondOfQ3, t(2025, 9, 30, 23, 0, 0)), (.sessionOffsetInsideQ3, t(2025, 9, 30, 22, 30, 0)),
            (.sessionOffsetInsideQ2, t(2025, 6, 30, 22, 30, 0)), (.sessionFractionalEndOfQ2, t(2025, 6, 30, 23, 0, 0)),
            (.sessionSpaceFormAtQuarterStart, t(2025, 6, 30, 23, 0, 0)), (.sessionNotCompleted, t(2025, 9, 15, 9, 0, 0)),
        ]
        for (row, scheduled) in sessions {
            let completed = row == .sessionNotCompleted ? nil : row.value
            try writeFixedSession(id: row.rowID, participant: p0, volunteerID: volunteerID, scheduled: scheduled,
                                  completed: completed, level: "B2",
                                  feedback: row == .sessionAtQuarterStart ? feedback.text : nil,
                                  duration: completed == nil ? nil : 60)
        }
        try writeScore(id: DemoEdgeRow.scoreAtQuarterEnd.rowID, textID: DemoEdgeRow.sessionAtQuarterStart.rowID,
                       textType: "kintell_feedback", dimension: "job_readiness", score: 0.58, created: t(2025, 10, 1),
                       createdText: DemoEdgeRow.scoreAtQuarterEnd.value)
        try writeScore(id: DemoEdgeRow.scoreAtQuarterStart.rowID, textID: DemoEdgeRow.sessionAtQuarterStart.rowID,
                       textType: "kintell_feedback", dimension: "confidence", score: 0.66, created: t(2025, 7, 1),
                       createdText: DemoEdgeRow.scoreAtQuarterStart.value)

        try writer.insert(.buddyMatches, [.text(DemoEdgeRow.matchEndingAtQuarterStart.rowID), .text(population.users[p1.user].id),
                                          .text(volunteerID), zulu(t(2024, 11, 4, 10, 0, 0)), "ended",
                                          .text(DemoEdgeRow.matchEndingAtQuarterStart.value)])
        try writer.insert(.buddyMatches, [.text(DemoEdgeRow.matchStartingAtQuarterEnd.rowID), .text(population.users[p1.user].id),
                                          .text(volunteerID), .text(DemoEdgeRow.matchStartingAtQuarterEnd.value), "active", .null])
        tally.active(participant: p1Index, from: t(2024, 11, 4), until: t(2025, 7, 1))
        for row in [DemoEdgeRow.eventAtQuarterStart, .eventLastSecondOfQ2] {
            try writer.insert(.buddyEvents, [.text(row.rowID), .text(DemoEdgeRow.matchEndingAtQuarterStart.rowID), "activity",
                                             .text(row.value), "Farewell picnic", "Frognerparken", zulu(t(2025, 6, 20, 9, 0, 0))])
        }
        try writer.insert(.buddyCheckins, [.text(DemoEdgeRow.checkinAtQuarterStart.rowID), .text(DemoEdgeRow.matchEndingAtQuarterStart.rowID),
                                           .text(DemoEdgeRow.checkinAtQuarterStart.value), "good", "Last check-in before the summer break."])
        try writeLearningRow(id: DemoEdgeRow.courseCompletedLastSecondOfQ3.rowID, participant: p0, course: DemoVocabulary.courses[0],
                             status: "completed", progress: 100, started: zulu(t(2025, 6, 2, 8, 0, 0)),
                             completed: .text(DemoEdgeRow.courseCompletedLastSecondOfQ3.value), credential: "cred-ecornell-424242",
                             created: zulu(t(2025, 6, 1, 8, 0, 0)), updated: .text(DemoEdgeRow.courseCompletedLastSecondOfQ3.value))
        try writeLearningRow(id: DemoEdgeRow.courseCompletedAtQuarterEnd.rowID, participant: p0, course: DemoVocabulary.courses[2],
                             status: "completed", progress: 100, started: zulu(t(2025, 8, 1, 9, 0, 0)),
                             completed: .text(DemoEdgeRow.courseCompletedAtQuarterEnd.value), credential: "cred-ecornell-434343",
                             created: zulu(t(2025, 7, 28, 9, 0, 0)), updated: .text(DemoEdgeRow.courseCompletedAtQuarterEnd.value))

        // A participant who joined after the period but met a volunteer of the company in it.
        try writer.insert(.users, [.text(DemoEdgeRow.lateJoiner.rowID), "mariia.savchenko.late@ukr.net", "participant",
                                   "Марія", "Савченко", .text(DemoEdgeRow.lateJoiner.value), .text(DemoEdgeRow.lateJoiner.value)])
        try writer.insert(.companyUsers, [.text(DemoEdgeRow.lateJoinerLink.rowID), .text(company.id),
                                          .text(DemoEdgeRow.lateJoiner.rowID), .text(DemoEdgeRow.lateJoinerLink.value)])
        try writer.insert(.kintellSessions, [
            .text(DemoEdgeRow.lateJoinerSession.rowID), "KS-LATE-0001", "language", .text(DemoEdgeRow.lateJoiner.rowID),
            .text(volunteerID), zulu(t(2025, 9, 20, 10, 0, 0)), .text(DemoEdgeRow.lateJoinerSession.value), 60, 0.95,
            "Перше заняття, дуже сподобалось!", "A2", "[\"small talk\"]", "{\"platform\":\"kintell\",\"mode\":\"video\"}",
            zulu(t(2025, 9, 1, 10, 0, 0)),
        ])
    }
}
