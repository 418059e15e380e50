import Testing
@testable import CSRReport

/// Spec 3 and 4: who belongs to a company, and which rows fall in a period.
@Suite struct MembershipAndPeriodEdgeTests {
    @Test func joinedAfterThePeriodEndIsNotAMember() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("p1", of: "acme", role: "participant", joined: "2025-07-01T00:00:00Z")
        try b.member("p2", of: "acme", role: "participant", joined: "2025-10-15T09:00:00Z")   // after Q3
        try b.member("p3", of: "acme", role: "participant", joined: "2025-10-01T00:00:00Z")   // exactly the end
        try b.member("v1", of: "other", role: "volunteer")
        for p in ["p1", "p2", "p3"] { try b.session(participant: p, volunteer: "v1", completed: "2025-08-01T10:00:00Z") }
        let q3 = try b.figures(k: 3).tenant("acme", "2025-Q3").audit
        #expect(q3.raw(.sessionsCount) == 1)
        #expect(q3.raw(.participantsCount) == 1)
        // In Q4 all three are members; their Q3 sessions still are not in Q4.
        let q4 = try b.figures(k: 3).tenant("acme", "2025-Q4").audit
        #expect(q4.raw(.sessionsCount) == 0)
    }

    @Test func periodsAreHalfOpenInUTC() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("v1", of: "other", role: "volunteer")
        let times = [
            "2025-07-01T00:00:00Z",           // start: in
            "2025-09-30 23:59:59",            // no offset means UTC: in
            "2025-10-01T01:30:00+02:00",      // 2025-09-30T23:30Z: in
            "2025-10-01T00:00:00Z",           // end: out
            "2025-06-30T23:59:59.999Z",       // before: out
            "2025-07-01T01:00:00+02:00",      // 2025-06-30T23:00Z: out
        ]
        for t in times { try b.session(participant: "p1", volunteer: "v1", completed: t) }
        try b.session(participant: "p1", volunteer: "v1", completed: nil)   // never completed
        #expect(try b.figures(k: 3).tenant("acme", "2025-Q3").audit.raw(.sessionsCount) == 3)
        #expect(try b.figures(k: 3).tenant("acme", "2025-Q2").audit.raw(.sessionsCount) == 2)
    }

    @Test func aSessionIsCountedOnceForACompanyOwningBothPeople() throws {
        let b = try SnapshotBuilder()
        try b.company("acme")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("v1", of: "acme", role: "volunteer")
        try b.session(participant: "p1", volunteer: "v1", completed: "2025-08-01T10:00:00Z", minutes: 90)
        let m = try b.figures(k: 3).tenant("acme", "2025-Q3").audit
        #expect(m.raw(.sessionsCount) == 1)
        #expect(m.raw(.volunteerHours) == 1.5)
        #expect(m.raw(.participantsCount) == 1)
        #expect(m.raw(.volunteersCount) == 1)
    }

    @Test func hoursCountOnlySessionsOfTheCompanysVolunteers() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("v1", of: "other", role: "volunteer")
        try b.member("v2", of: "acme", role: "volunteer")
        try b.session(participant: "p1", volunteer: "v1", completed: "2025-08-01T10:00:00Z", minutes: 60)
        try b.session(participant: "p1", volunteer: "v2", completed: "2025-08-02T10:00:00Z", minutes: nil)   // NULL adds 0
        try b.session(participant: "p1", volunteer: "v2", completed: "2025-08-03T10:00:00Z", minutes: 45)
        let acme = try b.figures(k: 3).tenant("acme", "2025-Q3").audit
        #expect(acme.raw(.sessionsCount) == 3)
        #expect(acme.raw(.volunteerHours) == 0.75)
        let other = try b.figures(k: 3).tenant("other", "2025-Q3").audit
        #expect(other.raw(.sessionsCount) == 1)
        #expect(other.raw(.volunteerHours) == 1)
        #expect(other.raw(.participantsCount) == 0)   // p1 is not other's participant
    }

    /// Spec 4: beyond 1440 minutes a duration counts as missing; nothing overflows either way.
    @Test func absurdDurationsDoNotOverflow() throws {
        let b = try SnapshotBuilder()
        try b.company("acme")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("v1", of: "acme", role: "volunteer")
        for _ in 0..<3 { try b.session(participant: "p1", volunteer: "v1", completed: "2025-08-01T10:00:00Z", minutes: 900_000_000_000_000) }
        let m = try b.figures(k: 3).tenant("acme", "2025-Q3").audit
        #expect(m.raw(.volunteerHours) == 0)
        #expect(m.raw(.sessionsCount) == 3)
    }

    @Test func activeMatchesIgnoreStatusAndUseTheirDates() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("b1", of: "other", role: "volunteer")
        try b.match("m1", participant: "p1", buddy: "b1", matched: "2025-01-01T00:00:00Z", ended: "2025-07-01T00:00:00Z", status: "ended")
        try b.match("m2", participant: "p1", buddy: "b1", matched: "2025-09-30T23:59:59Z", status: "inactive")
        try b.match("m3", participant: "p1", buddy: "b1", matched: "2025-01-01T00:00:00Z", ended: "2025-06-30T23:59:59Z")
        try b.match("m4", participant: "p1", buddy: "b1", matched: "2025-10-01T00:00:00Z")
        try b.match("m5", participant: "p1", buddy: "b1", matched: nil)   // never active, and counted as a finding
        try b.event(match: "m3", date: "2025-08-01T00:00:00Z")   // an event on a match that is not active still counts
        try b.event(match: "m1", date: "2025-10-01T00:00:00Z")   // outside
        let figures = try b.figures(k: 3)
        #expect(figures.data.findings.contains { $0.table == "buddy_matches" && $0.column == "matched_at" && $0.count == 1 })
        let m = try figures.tenant("acme", "2025-Q3").audit
        #expect(m.raw(.buddyMatchesActive) == 2)
        #expect(m.raw(.buddyEventsCount) == 1)
        #expect(m.raw(.participantsCount) == 1)
        let other = try b.figures(k: 3).tenant("other", "2025-Q3").audit
        #expect(other.raw(.volunteersCount) == 1)
    }

    @Test func coursesCompletedCountRowsOfAllParticipants() throws {
        let b = try SnapshotBuilder()
        try b.company("acme")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("p2", of: "acme", role: "participant")
        try b.course(user: "p1", status: "completed", started: "2025-01-01T00:00:00Z", completed: "2025-08-01T00:00:00Z")
        try b.course(user: "p1", status: "completed", started: "2025-01-01T00:00:00Z", completed: "2025-09-01T00:00:00Z")
        try b.course(user: "p2", status: "completed", completed: "2025-10-01T00:00:00Z")   // next quarter
        try b.course(user: "p2", status: "in_progress", updated: "2025-07-05T00:00:00Z")   // makes p2 active
        let m = try b.figures(k: 3).tenant("acme", "2025-Q3").audit
        #expect(m.raw(.coursesCompleted) == 2)
        #expect(m.raw(.participantsCount) == 2)
    }

    @Test func aScoreWithADanglingTextIDIsExcludedAndCounted() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("v1", of: "other", role: "volunteer")
        try b.session("s1", participant: "p1", volunteer: "v1", completed: "2025-08-01T10:00:00Z")
        try b.score(text: "s1", dimension: "job_readiness", score: 0.6, created: "2025-08-02T00:00:00Z")
        try b.score(text: "no-such-session", dimension: "job_readiness", score: 0.0, created: "2025-08-02T00:00:00Z")
        try b.score(text: "s1", type: "chat_message", dimension: "job_readiness", score: 0.0, created: "2025-08-02T00:00:00Z")
        let figures = try b.figures(k: 3)
        #expect(try figures.tenant("acme", "2025-Q3").audit.raw(.avgJobReadiness) == 0.6)
        let problems = figures.data.findings.filter { $0.table == "outcome_scores" }
        #expect(problems.map(\.column).sorted() == ["text_id", "text_type"])
        #expect(problems.allSatisfy { $0.count == 1 && $0.severity == .error })
    }

    @Test func countsAreZeroAndMeansAreNoDataWhenNothingHappened() throws {
        let b = try SnapshotBuilder()
        try b.company("acme")
        let m = try b.figures().report("acme", "2025-Q3").current
        #expect(m.value(.sessionsCount) == .value(0))
        #expect(m.value(.avgLanguageLevel) == .noData)
        #expect(m.value(.sroiRatio) == .noData)
        #expect(m.value(.visScore) == .noData)
        #expect(m.suppressed.isEmpty)
    }
}
