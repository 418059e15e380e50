import Testing
@testable import CSRReport

/// Spec 4: language level and integration score, worked by hand.
@Suite struct ParticipantScoreTests {
    @Test func averageLanguageLevelUsesTheLatestValidLevelBeforeTheEnd() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("p2", of: "acme", role: "participant")
        try b.member("v1", of: "other", role: "volunteer")
        try b.session(participant: "p1", volunteer: "v1", completed: "2025-05-01T10:00:00Z", level: "B1")
        try b.session(participant: "p1", volunteer: "v1", completed: "2025-07-10T10:00:00Z", level: "A2")
        try b.session(participant: "p1", volunteer: "v1", completed: "2025-08-10T10:00:00Z", level: "b2")    // lower case is fine
        try b.session(participant: "p1", volunteer: "v1", completed: "2025-09-10T10:00:00Z", level: "B3")    // not CEFR: skipped
        try b.session(participant: "p1", volunteer: "v1", completed: "2025-10-10T10:00:00Z", level: "C2")    // after the end
        try b.session(participant: "p2", volunteer: "v1", completed: "2025-08-10T10:00:00Z", level: nil)     // no level: left out
        let m = try b.figures(k: 3).tenant("acme", "2025-Q3").audit
        #expect(m.raw(.avgLanguageLevel) == 4.0 / 6.0)
        #expect(m.raw(.participantsCount) == 2)
    }

    @Test func cefrLevelsMapToSixthsAndBack() {
        #expect(CEFR.level("a1") == 1)
        #expect(CEFR.level(" C2 ") == 6)
        #expect(CEFR.level("native") == nil)
        #expect(roundHalfAwayFromZero(1.0 / 6.0, places: 3) == 0.167)
        #expect(roundHalfAwayFromZero(5.0 / 6.0, places: 3) == 0.833)
        #expect(CEFR.nearestLabel(0.667) == "B2")
        #expect(CEFR.nearestLabel(0.58) == "B1")   // 3.48 sixths
        #expect(CEFR.nearestLabel(0.59) == "B2")   // 3.54 sixths
    }

    /// L = 0.5 (B1); S = 0.4 + 0.3 * 3/5 + 0.3 * 1 = 0.88; J = min(0.15 * 2, 0.6) + min(0.1 * 2, 0.4) = 0.5;
    /// 0.4 * 0.5 + 0.3 * 0.88 + 0.3 * 0.5 = 0.614.
    @Test func integrationScoreParts() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("v1", of: "other", role: "volunteer")
        try b.session(participant: "p1", volunteer: "v1", completed: "2025-08-10T10:00:00Z", level: "B1")
        try b.match("m1", participant: "p1", buddy: "v1", matched: "2025-01-01T00:00:00Z")
        for day in 1...3 { try b.event(match: "m1", date: "2025-08-0\(day)T18:00:00Z") }
        try b.event(match: "m1", date: "2025-06-01T18:00:00Z")   // before: not in P
        for day in 10...21 { try b.checkin(match: "m1", date: "2025-09-\(day)T08:00:00Z") }   // 12, capped at 10
        try b.course(user: "p1", status: "completed", started: "2025-01-01T00:00:00Z", completed: "2025-03-01T00:00:00Z")
        try b.course(user: "p1", status: "completed", started: "2025-06-01T00:00:00Z", completed: "2025-08-01T00:00:00Z")
        try b.course(user: "p1", status: "in_progress", started: "2025-06-01T00:00:00Z")
        try b.course(user: "p1", status: "completed", started: "2025-09-01T00:00:00Z", completed: "2025-11-01T00:00:00Z")   // in progress at the end
        try b.course(user: "p1", status: "in_progress", created: "2025-10-02T00:00:00Z")   // starts after the end
        try b.course(user: "p1", status: "enrolled", started: "2025-02-01T00:00:00Z")
        let m = try b.figures(k: 3).tenant("acme", "2025-Q3").audit
        let score = try #require(m.raw(.avgIntegrationScore))
        #expect(abs(score - 0.614) < 1e-12)
    }

    @Test func integrationScoreOfAParticipantWithNothingButACourseUpdate() throws {
        let b = try SnapshotBuilder()
        try b.company("acme")
        try b.member("p1", of: "acme", role: "participant")
        try b.course(user: "p1", status: "in_progress", started: "2025-05-01T00:00:00Z", updated: "2025-08-01T00:00:00Z")
        let m = try b.figures(k: 3).tenant("acme", "2025-Q3").audit
        // L = 0, S = 0, J = 0.1: 0.3 * 0.1 = 0.03
        let score = try #require(m.raw(.avgIntegrationScore))
        #expect(abs(score - 0.03) < 1e-12)
    }
}
