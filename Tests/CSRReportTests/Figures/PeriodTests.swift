import Testing
@testable import CSRReport

@Suite struct PeriodTests {
    @Test func parsesEveryKind() throws {
        let q = try Period(parsing: "2025-Q3")
        #expect(q.start == CivilDate(year: 2025, month: 7, day: 1))
        #expect(q.end == CivilDate(year: 2025, month: 10, day: 1))
        #expect(try Period(parsing: "2025-h2").label == "2025-H2")
        #expect(try Period(parsing: "2024-02").end == CivilDate(year: 2024, month: 3, day: 1))
        #expect(try Period(parsing: "2025").days == 365)
        let range = try Period(from: "2025-07-01", to: "2025-09-30")
        #expect(range.endTime == Timestamp(parsing: "2025-10-01T00:00:00Z"))
        #expect(abs(range.months - 92 / 30.4375) < 1e-12)
    }

    @Test func rejectsWhatIsNotAPeriod() {
        #expect(throws: PeriodError.outOfRange("2025-Q5", "a quarter is Q1 to Q4")) { try Period(parsing: "2025-Q5") }
        #expect(throws: PeriodError.outOfRange("2025-13", "a month is 01 to 12")) { try Period(parsing: "2025-13") }
        #expect(throws: PeriodError.outOfRange("2025-H3", "a half is H1 or H2")) { try Period(parsing: "2025-H3") }
        #expect(throws: PeriodError.unrecognised("Q3-2025")) { try Period(parsing: "Q3-2025") }
        #expect(throws: PeriodError.reversed(from: "2025-09-30", to: "2025-07-01")) { try Period(from: "2025-09-30", to: "2025-07-01") }
        #expect(throws: PeriodError.badDate("2025-02-30")) { try Period(from: "2025-02-30", to: "2025-03-01") }
        #expect(PeriodError.outOfRange("2025-Q5", "a quarter is Q1 to Q4").description.contains("2025-Q5"))
    }

    @Test func previousAndLastYear() throws {
        #expect(try Period(parsing: "2025-Q1").previous.label == "2024-Q4")
        #expect(try Period(parsing: "2025-Q3").sameLastYear.label == "2024-Q3")
        #expect(try Period(parsing: "2025-01").previous.label == "2024-12")
        #expect(try Period(parsing: "2025-H1").previous.label == "2024-H2")
        let range = try Period(from: "2025-07-01", to: "2025-07-10")
        #expect(range.previous.label == "2025-06-21..2025-06-30")
        #expect(try Period(parsing: "2025-Q3").trailing(4).map(\.label) == ["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"])
    }

    @Test func defaultPeriodComesFromTheSnapshotNotTheClock() {
        let exported = Timestamp(parsing: "2025-10-03T06:00:00Z")
        #expect(Period.defaultPeriod(exportedAt: exported, newestSession: nil)?.label == "2025-Q3")
        #expect(Period.defaultPeriod(exportedAt: Timestamp(parsing: "2025-10-01T00:00:00Z"), newestSession: nil)?.label == "2025-Q3")
        #expect(Period.defaultPeriod(exportedAt: Timestamp(parsing: "2025-09-30T23:59:59Z"), newestSession: nil)?.label == "2025-Q2")
        #expect(Period.defaultPeriod(exportedAt: nil, newestSession: Timestamp(parsing: "2025-08-14T10:00:00Z"))?.label == "2025-Q3")
        #expect(Period.defaultPeriod(exportedAt: nil, newestSession: nil) == nil)
    }

    @Test func roundingIsHalfAwayFromZero() {
        #expect(roundHalfAwayFromZero(2.675, places: 2) == 2.68)
        #expect(roundHalfAwayFromZero(-2.675, places: 2) == -2.68)
        #expect(roundHalfAwayFromZero(0.0005, places: 3) == 0.001)
        #expect(roundHalfAwayFromZero(1.25, places: 1) == 1.3)
        #expect(roundHalfAwayFromZero(0.1234, places: 3) == 0.123)
        #expect(formatFixed(1234.5, places: 1) == "1234.5")
        #expect(formatFixed(0, places: 3) == "0.000")
        #expect(formatFixed(-0.0001, places: 3) == "0.000")
        #expect(formatFixed(4.265, places: 2) == "4.27")
        // Huge or non-finite values never trap.
        #expect(formatFixed(1e300, places: 2) == "1e+300")
        #expect(formatFixed(-.infinity, places: 1) == "-inf")
    }
}
