import Testing
@testable import CSRReport

/// Spec 5 and 6, worked by hand.
@Suite struct SROIAndVISTests {
    /// confidence: p1 0.4 -> 0.7 (+0.3), p2 first 0.8 -> 0.6 (-0.2): sum 0.1 x 100 = 10.
    /// lang_level_proxy: p1 0.2 -> 0.6 (+0.4) x 500 = 200. job_readiness: p1 0.5 -> 0.3: -0.2, floored at 0.
    /// gross 210, net 210 x 0.9 x 0.85 = 160.65; investment 10 h x 29.95 = 299.5; ratio 0.5364 -> 0.54.
    /// low 210 x 0.75 x 0.70 x 0.90 / 299.5 = 0.3313; high 210 x 0.95 x 0.95 / 299.5 = 0.6328.
    @Test func sroiNetsNegativeDeltasAndShowsItsRange() throws {
        let b = try SnapshotBuilder()
        try b.company("acme")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("p2", of: "acme", role: "participant")
        try b.member("p3", of: "acme", role: "participant")
        try b.member("v1", of: "acme", role: "volunteer")
        try b.session("old", participant: "p1", volunteer: "v1", completed: "2025-05-01T10:00:00Z")
        for (i, p) in ["p1", "p1", "p2", "p2", "p3"].enumerated() {
            try b.session("s\(i)", participant: p, volunteer: "v1", completed: "2025-08-0\(i + 1)T10:00:00Z", minutes: 120)
        }
        try b.score(text: "old", dimension: "confidence", score: 0.4, created: "2025-05-01T12:00:00Z")
        try b.score(text: "s0", dimension: "confidence", score: 0.5, created: "2025-07-10T12:00:00Z")
        try b.score(text: "s1", dimension: "confidence", score: 0.7, created: "2025-08-10T12:00:00Z")
        try b.score(text: "s2", dimension: "confidence", score: 0.8, created: "2025-07-05T12:00:00Z")
        try b.score(text: "s3", dimension: "confidence", score: 0.6, created: "2025-09-01T12:00:00Z")
        try b.score(text: "old", dimension: "lang_level_proxy", score: 0.2, created: "2025-05-01T12:00:00Z")
        try b.score(text: "s1", dimension: "lang_level_proxy", score: 0.6, created: "2025-08-10T12:00:00Z")
        try b.score(text: "old", dimension: "job_readiness", score: 0.5, created: "2025-05-01T12:00:00Z")
        try b.score(text: "s0", dimension: "job_readiness", score: 0.3, created: "2025-07-10T12:00:00Z")
        try b.score(text: "s4", dimension: "well_being", score: 0.5, created: "2025-09-30T00:00:00Z")   // one score: delta 0
        try b.score(text: "s4", dimension: "well_being", score: 0.9, created: "2025-10-01T00:00:00Z")   // next period
        let report = try b.figures(k: 3).report("acme", "2025-Q3")
        let ratio = try #require(report.current.raw(.sroiRatio))
        #expect(abs(ratio - 160.65 / 299.5) < 1e-12)
        #expect(report.current.value(.sroiRatio) == .value(0.54))
        #expect(report.current.sroi.low == .value(0.33))
        #expect(report.current.sroi.high == .value(0.63))
        // Every dimension has fewer than 3 participants, but together they have 3: the total may show.
        #expect(report.current.sroi.dimensions.filter { $0.value == .suppressed }.count == 4)
        #expect(report.current.sroi.gross == .value(210))
    }

    @Test func sroiRangeAndWorkingsWhenShown() throws {
        let b = try SnapshotBuilder()
        try b.company("acme")
        try b.member("v1", of: "acme", role: "volunteer")
        // Three participants, each +0.2 in belonging over one 100-minute session: 0.6 x 150 = 90 gross.
        for p in 1...3 {
            try b.member("p\(p)", of: "acme", role: "participant")
            try b.session("s\(p)", participant: "p\(p)", volunteer: "v1", completed: "2025-08-0\(p)T10:00:00Z", minutes: 100)
            try b.score(text: "s\(p)", dimension: "belonging", score: 0.3, created: "2025-08-0\(p)T11:00:00Z")
            try b.score(text: "s\(p)", dimension: "belonging", score: 0.5, created: "2025-08-0\(p)T12:00:00Z")
        }
        let sroi = try b.figures(k: 3).report("acme", "2025-Q3").current.sroi
        let investment = 5 * 29.95   // 300 minutes
        #expect(sroi.ratio == .value(roundHalfAwayFromZero(90 * 0.9 * 0.85 / investment, places: 2)))
        #expect(sroi.low == .value(roundHalfAwayFromZero(90 * 0.75 * 0.70 * 0.90 / investment, places: 2)))
        #expect(sroi.high == .value(roundHalfAwayFromZero(90 * 0.95 * 0.95 / investment, places: 2)))
        #expect(sroi.gross == .value(90))
        #expect(sroi.investment == .value(149.75))
        let belonging = try #require(sroi.dimensions.first { $0.dimension == .belonging })
        #expect(belonging.totalChange == .value(0.6))
        #expect(belonging.value == .value(90))
    }

    @Test func sroiIsNoDataWithoutInvestment() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("p1", of: "acme", role: "participant")
        try b.member("v1", of: "other", role: "volunteer")
        try b.match("m1", participant: "p1", buddy: "v1", matched: "2025-01-01T00:00:00Z")
        try b.feedback("f1", match: "m1")
        try b.score(text: "f1", type: "buddy_feedback", dimension: "confidence", score: 0.4, created: "2025-07-02T00:00:00Z")
        try b.score(text: "f1", type: "buddy_feedback", dimension: "confidence", score: 0.9, created: "2025-08-02T00:00:00Z")
        let m = try b.figures(k: 3).report("acme", "2025-Q3").current
        #expect(m.raw(.volunteerHours) == 0)
        #expect(m.rawValues[.sroiRatio] == .noData)
    }

    @Test func visStepsForSessionsPerMonth() {
        #expect(PeriodComputation.consistencyPoints(sessionsPerMonth: 8) == 100)
        #expect(PeriodComputation.consistencyPoints(sessionsPerMonth: 23.0 / 3) == 75)
        #expect(PeriodComputation.consistencyPoints(sessionsPerMonth: 4) == 75)
        #expect(PeriodComputation.consistencyPoints(sessionsPerMonth: 11.0 / 3) == 50)
        #expect(PeriodComputation.consistencyPoints(sessionsPerMonth: 2) == 50)
        #expect(PeriodComputation.consistencyPoints(sessionsPerMonth: 1.99) == 25)
        #expect(PeriodComputation.consistencyPoints(sessionsPerMonth: 0.01) == 25)
        #expect(PeriodComputation.consistencyPoints(sessionsPerMonth: 0) == 0)
    }

    @Test func visBandsUseTheRoundedScore() {
        #expect(VISBand(roundedScore: roundHalfAwayFromZero(75.96, places: 1)) == .exceptional)
        #expect(VISBand(roundedScore: 75.9) == .highImpact)
        #expect(VISBand(roundedScore: 51) == .highImpact)
        #expect(VISBand(roundedScore: 50.9) == .contributing)
        #expect(VISBand(roundedScore: 26) == .contributing)
        #expect(VISBand(roundedScore: 25.9) == .emerging)
    }

    /// Participant scores in Q3 average 0.55, so O = (0.55 - 0.1) / 0.9 x 100 = 50 for everyone.
    /// v1: 24 sessions, 24 h: 0.3 x 24 + 0.3 x 100 + 0.4 x 50 = 57.2
    /// v2: 12 sessions: 3.6 + 22.5 + 20 = 46.1; v3: 6: 1.8 + 15 + 20 = 36.8; v4: 1: 0.3 + 7.5 + 20 = 27.8
    /// mean 41.975 -> 42.0, Contributing.
    @Test func visPerVolunteerAndCompanyMean() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("p1", of: "other", role: "participant")   // whichever company they belong to
        var n = 0
        for (v, sessions) in [("v1", 24), ("v2", 12), ("v3", 6), ("v4", 1)] {
            try b.member(v, of: "acme", role: "volunteer")
            for _ in 0..<sessions {
                n += 1
                try b.session("s\(n)", participant: "p1", volunteer: v,
                              completed: "2025-08-\(String(n % 28 + 1).leftPadded(2))T10:00:00Z", minutes: 60)
            }
        }
        try b.score(text: "s1", dimension: "confidence", score: 0.5, created: "2025-08-01T12:00:00Z")
        try b.score(text: "s2", dimension: "belonging", score: 0.6, created: "2025-08-02T12:00:00Z")
        try b.score(text: "s2", dimension: "belonging", score: 0.9, created: "2025-06-02T12:00:00Z")   // before P: not in O
        let report = try b.figures(k: 3).report("acme", "2025-Q3")
        let vis = try #require(report.current.raw(.visScore))
        #expect(abs(vis - 41.975) < 1e-9)
        #expect(report.current.value(.visScore) == .value(42.0))
        #expect(report.current.visBand == .contributing)
    }
}
