import Testing
@testable import CSRReport

/// Spec 9: small numbers.
@Suite struct SuppressionTests {
    private func company(participants: Int, previous: Int = 6) throws -> TenantReport {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("v1", of: "other", role: "volunteer")
        for p in 0..<max(participants, previous) {
            try b.member("p\(p)", of: "acme", role: "participant")
            if p < participants { try b.session(participant: "p\(p)", volunteer: "v1", completed: "2025-08-01T10:00:00Z", level: "B1") }
            if p < previous { try b.session(participant: "p\(p)", volunteer: "v1", completed: "2025-05-01T10:00:00Z", level: "A2") }
        }
        return try b.figures(k: 5).report("acme", "2025-Q3")
    }

    @Test func fewerThanKContributorsAreSuppressed() throws {
        let report = try company(participants: 4)
        #expect(report.current.value(.participantsCount) == .suppressed)
        #expect(report.current.value(.sessionsCount) == .suppressed)
        #expect(report.current.value(.avgLanguageLevel) == .suppressed)
        #expect(report.current.suppressed.first == .participantsCount)
        #expect(report.current.suppressed == report.current.suppressed.sorted())
        // A change computed from a suppressed figure is suppressed too.
        #expect(report.change(.participantsCount, from: report.previous) == .suppressed)
        #expect(report.previous.value(.participantsCount) == .value(6))
    }

    @Test func exactlyKContributorsAreShown() throws {
        let report = try company(participants: 5)
        #expect(report.current.value(.participantsCount) == .value(5))
        #expect(report.current.value(.avgLanguageLevel) == .value(0.5))
        #expect(report.change(.participantsCount, from: report.previous) == .value(-1))
        #expect(report.current.languageLevelLabel == "B1")
    }

    @Test func zeroContributorsIsNoDataNotSuppressed() throws {
        let report = try company(participants: 0, previous: 0)
        #expect(report.current.value(.participantsCount) == .value(0))
        #expect(report.current.value(.avgLanguageLevel) == .noData)
        #expect(report.current.suppressed.isEmpty)
    }

    @Test func kIsNeverBelowThree() {
        #expect(SmallNumberRule(k: 1).k == 3)
        #expect(SmallNumberRule(k: 1).hides(contributors: 2))
    }

    @Test func aSingleHiddenPartIsProtectedByHidingTheNextSmallest() {
        let rule = SmallNumberRule(k: 5)
        let parts: [(contributors: Set<Int32>, hidden: Bool)] = [
            (Set(0..<10), false), (Set(10..<12), true), (Set(20..<27), false), (Set(30..<36), false),
        ]
        let result = rule.protectTotal(parts: parts, totalHidden: false)
        // 2 hidden alone is recoverable; hiding the next smallest (6) pools 8 >= 5.
        #expect(result.hidden == [false, true, false, true])
        #expect(result.totalHidden == false)
        // With nothing else to hide, the total goes.
        let lonely = rule.protectTotal(parts: [(Set(0..<2), true)], totalHidden: false)
        #expect(lonely.totalHidden)
    }

    @Test func trendRowsBelowKAreSuppressedWithTheirChange() throws {
        let b = try SnapshotBuilder()
        try b.company("acme"); try b.company("other")
        try b.member("v1", of: "other", role: "volunteer")
        for p in 0..<5 {
            try b.member("p\(p)", of: "acme", role: "participant")
            try b.session("q2-\(p)", participant: "p\(p)", volunteer: "v1", completed: "2025-05-01T10:00:00Z")
            try b.score(text: "q2-\(p)", dimension: "confidence", score: 0.4, confidence: nil, created: "2025-05-02T10:00:00Z")
            if p < 4 {
                try b.session("q3-\(p)", participant: "p\(p)", volunteer: "v1", completed: "2025-08-01T10:00:00Z")
                try b.score(text: "q3-\(p)", dimension: "confidence", score: 0.6, created: "2025-08-02T10:00:00Z")
            }
        }
        let report = try b.figures(k: 5, trendPeriods: 2).report("acme", "2025-Q3")
        #expect(report.trendPeriods.map(\.label) == ["2025-Q2", "2025-Q3"])
        let q2 = try #require(report.trends.first { $0.period.label == "2025-Q2" && $0.dimension == .confidence })
        #expect(q2.mean == .value(0.4))
        #expect(q2.participants == .value(5))
        #expect(q2.meanConfidence == .noData)
        let q3 = try #require(report.trends.first { $0.period.label == "2025-Q3" && $0.dimension == .confidence })
        #expect(q3.isSuppressed)
        #expect(q3.mean == .suppressed)
        #expect(q3.change == .suppressed)
        #expect(report.trends.count == 2 * OutcomeDimension.allCases.count)
    }
}
