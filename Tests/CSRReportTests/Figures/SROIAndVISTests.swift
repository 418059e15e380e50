import Testing
@testable import CSRReport

/// Spec 5 and 6, worked by hand.
@Suite struct SROIAndVISTests {
    /// Round numbers for hand-working: well-being 1000 per point-year over 2 years with 50%
    /// drop-off, language 500 over 1 year; discount 10% (0% .. 25%); hour 20, Norway 50.
    static var handValuation: Valuation {
        var v = Valuation.builtIn
        v.outcomes = [.wellBeing: .init(valuePerPointYear: 1000, durationYears: 2, dropOff: 0.5),
                      .langLevelProxy: .init(valuePerPointYear: 500, durationYears: 1, dropOff: 0)]
        v.discountRate = .init(central: 0.10, low: 0, high: 0.25)
        v.deadweight = .init(central: 0.2, low: 0.1, high: 0.5)
        v.attribution = .init(central: 0.5, low: 0.25, high: 1.0)
        v.displacement = .init(central: 0, low: 0, high: 0.4)
        v.hourValue = 20
        v.hourValueByCountry = ["NO": 50]
        v.costPerParticipant = 0
        return v
    }

    /// well_being: p1 0.4 (May) -> 0.7 (+0.3), p2 first 0.8 -> 0.6 (-0.2), p3 one score (0): change 0.1.
    /// pv(10%) = 1/1.1 + 0.5/1.21 = 1.322314; value 0.1 x 1000 x 1.322314 = 132.2314.
    /// lang_level_proxy: p1 0.2 -> 0.6 (+0.4) x 500 / 1.1 = 181.8182. gross 314.0496.
    /// net = 314.0496 x 0.8 x 0.5 = 125.6198; investment 10 h x 50 (country "no" -> NO) = 500;
    /// ratio 0.251240 -> 0.25.
    /// low: dw 0.5, attr 0.25, disp 0.4, r 25%: gross 0.1 x 1000 x (0.8 + 0.32) + 0.4 x 500 x 0.8
    ///      = 112 + 160 = 272; net 272 x 0.5 x 0.25 x 0.6 = 20.4; 0.0408 -> 0.04.
    /// high: dw 0.1, attr 1, disp 0, r 0: gross 150 + 200 = 350; net 315; 0.63.
    @Test func sroiValuesPresentValueOverDurationAndShowsItsRange() throws {
        let b = try sroiSnapshot(country: "no")
        let tenant = try b.figures(k: 3, valuation: Self.handValuation).tenant("acme", "2025-Q3")
        let report = tenant.report
        let ratio = try #require(tenant.audit.raw(.sroiRatio))
        #expect(abs(ratio - 314.04958677685954 * 0.4 / 500) < 1e-12)
        let sroi = report.current.sroi
        #expect(sroi.ratio == .value(0.25))
        #expect(sroi.low == .value(0.04))
        #expect(sroi.high == .value(0.63))
        #expect(sroi.gross == .value(314.05))
        #expect(sroi.net == .value(125.62))
        #expect(sroi.investment == .value(500))
        #expect(sroi.hourValue == .value(50))
        #expect(sroi.hourValueCountry == "NO")
        // language has one participant: hidden, and well-being with it so gross cannot reveal it.
        #expect(sroi.dimensions.map(\.value) == [.suppressed, .suppressed])
    }

    /// Each assumption alone at its bounds, the others central (gross at 10% = 314.0496):
    /// deadweight 0.5 / 0.1: 314.0496 x 0.5 x 0.5 / 500 = 0.157 -> 0.16; x 0.9 x 0.5 / 500 = 0.283 -> 0.28.
    /// attribution 0.25 / 1: x 0.8 x 0.25 / 500 = 0.126 -> 0.13; x 0.8 / 500 = 0.502 -> 0.50.
    /// displacement 0.4 / 0: 125.6198 x 0.6 / 500 = 0.151 -> 0.15; 0.25.
    /// discount 25% / 0%: 272 x 0.4 / 500 = 0.2176 -> 0.22; 350 x 0.4 / 500 = 0.28.
    /// Swings 0.377, 0.126, 0.100, 0.062: attribution first.
    @Test func sensitivityMovesOneAssumptionAtATime() throws {
        let b = try sroiSnapshot(country: "NO")
        let sroi = try b.figures(k: 3, valuation: Self.handValuation).report("acme", "2025-Q3").current.sroi
        let pairs = Dictionary(uniqueKeysWithValues: sroi.sensitivity.map { ($0.assumption, [$0.leastFavourable, $0.mostFavourable]) })
        #expect(pairs[.deadweight] == [.value(0.16), .value(0.28)])
        #expect(pairs[.attribution] == [.value(0.13), .value(0.5)])
        #expect(pairs[.displacement] == [.value(0.15), .value(0.25)])
        #expect(pairs[.discountRate] == [.value(0.22), .value(0.28)])
        #expect(sroi.sensitivityBySwing.map(\.assumption) == [.attribution, .deadweight, .displacement, .discountRate])
    }

    /// Improvers count every dimension, valued or not; 1..k-1 is hidden, 0 is shown.
    @Test func improversPerDimensionValuedOrNot() throws {
        let b = try sroiSnapshot(country: nil)
        for p in ["p1", "p2", "p3"] {   // three confidence improvers (not valued)
            try b.score(text: "s\(p == "p1" ? 0 : p == "p2" ? 2 : 4)", dimension: "confidence", score: 0.2, created: "2025-07-03T00:00:00Z")
            try b.score(text: "s\(p == "p1" ? 1 : p == "p2" ? 3 : 4)", dimension: "confidence", score: 0.6, created: "2025-09-03T00:00:00Z")
        }
        let sroi = try b.figures(k: 3, valuation: Self.handValuation).report("acme", "2025-Q3").current.sroi
        #expect(sroi.improvers(.confidence) == .value(3))
        #expect(sroi.improvers(.wellBeing) == .suppressed)        // p1 only
        #expect(sroi.improvers(.langLevelProxy) == .suppressed)   // p1 only
        #expect(sroi.improvers(.jobReadiness) == .value(0))       // p1 fell
        #expect(sroi.improvers(.belonging) == .value(0))
        // No country: the default hour value, 10 h x 20.
        #expect(sroi.hourValueCountry == nil)
        #expect(sroi.investment == .value(200))
    }

    /// Two participants with valued scores and k = 3: every SROI output is hidden together.
    @Test func everySROIOutputIsSuppressedWithTheRatio() throws {
        let b = try SnapshotBuilder()
        try b.company("acme", country: "NO")
        try b.member("v1", of: "acme", role: "volunteer")
        for p in 1...2 {
            try b.member("p\(p)", of: "acme", role: "participant")
            try b.session("s\(p)", participant: "p\(p)", volunteer: "v1", completed: "2025-08-0\(p)T10:00:00Z", minutes: 60)
            try b.score(text: "s\(p)", dimension: "well_being", score: 0.3, created: "2025-08-0\(p)T11:00:00Z")
            try b.score(text: "s\(p)", dimension: "well_being", score: 0.6, created: "2025-08-0\(p)T12:00:00Z")
        }
        let report = try b.figures(k: 3).report("acme", "2025-Q3")
        let sroi = report.current.sroi
        #expect(sroi.ratio == .suppressed)
        #expect(sroi.low == .suppressed && sroi.high == .suppressed)
        #expect(sroi.sensitivity.allSatisfy { $0.leastFavourable == .suppressed && $0.mostFavourable == .suppressed })
        #expect(sroi.improvers.allSatisfy { $0.count == .suppressed })
        #expect(sroi.hourValue == .suppressed && sroi.investment == .suppressed && sroi.gross == .suppressed)
        let json = FiguresJSON.company(report).serialized()
        for key in ["\"sroi_ratio\":null", "\"sroi_low\":null", "\"sroi_high\":null", "\"hour_value\":null",
                    "\"deadweight\":[null,null]", "\"discount_rate\":[null,null]", "\"well_being\":null", "\"confidence\":null"] {
            #expect(json.replacingOccurrences(of: " ", with: "").contains(key), "\(key)")
        }
        let row = MetricsCSV.render(report).split(separator: "\r\n")[1]
        #expect(row.hasSuffix(",,,EUR,"))   // sroi_low, sroi_high empty; currency; hour_value empty
    }

    private func sroiSnapshot(country: String?) throws -> SnapshotBuilder {
        let b = try SnapshotBuilder(file: "sroi-\(country ?? "none")")
        try b.company("acme", country: country)
        try b.member("p1", of: "acme", role: "participant")
        try b.member("p2", of: "acme", role: "participant")
        try b.member("p3", of: "acme", role: "participant")
        try b.member("v1", of: "acme", role: "volunteer")
        try b.session("old", participant: "p1", volunteer: "v1", completed: "2025-05-01T10:00:00Z")
        for (i, p) in ["p1", "p1", "p2", "p2", "p3"].enumerated() {
            try b.session("s\(i)", participant: p, volunteer: "v1", completed: "2025-08-0\(i + 1)T10:00:00Z", minutes: 120)
        }
        try b.score(text: "old", dimension: "well_being", score: 0.4, created: "2025-05-01T12:00:00Z")
        try b.score(text: "s1", dimension: "well_being", score: 0.7, created: "2025-08-10T12:00:00Z")
        try b.score(text: "s2", dimension: "well_being", score: 0.8, created: "2025-07-05T12:00:00Z")
        try b.score(text: "s3", dimension: "well_being", score: 0.6, created: "2025-09-01T12:00:00Z")
        try b.score(text: "s4", dimension: "well_being", score: 0.5, created: "2025-09-30T00:00:00Z")   // one score: delta 0
        try b.score(text: "s4", dimension: "well_being", score: 0.9, created: "2025-10-01T00:00:00Z")   // next period
        try b.score(text: "old", dimension: "lang_level_proxy", score: 0.2, created: "2025-05-01T12:00:00Z")
        try b.score(text: "s1", dimension: "lang_level_proxy", score: 0.6, created: "2025-08-10T12:00:00Z")
        try b.score(text: "old", dimension: "job_readiness", score: 0.5, created: "2025-05-01T12:00:00Z")
        try b.score(text: "s0", dimension: "job_readiness", score: 0.3, created: "2025-07-10T12:00:00Z")
        return b
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
        let tenant = try b.figures(k: 3).tenant("acme", "2025-Q3")
        let m = tenant.report.current
        #expect(tenant.audit.raw(.volunteerHours) == 0)
        #expect(tenant.audit.rawValues[.sroiRatio] == .noData)
        // No ratio, but nothing hidden: the hour value used is still shown, the range is no data.
        #expect(m.sroi.hourValue == .value(33.5))
        #expect(m.sroi.low == .noData && m.sroi.sensitivity.allSatisfy { $0.leastFavourable == .noData })
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
        let tenant = try b.figures(k: 3).tenant("acme", "2025-Q3")
        let report = tenant.report
        let vis = try #require(tenant.audit.raw(.visScore))
        #expect(abs(vis - 41.975) < 1e-9)
        #expect(report.current.value(.visScore) == .value(42.0))
        #expect(report.current.visBand == .contributing)
    }
}
