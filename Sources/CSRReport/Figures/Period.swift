/// A reporting period: the half-open UTC interval [start, end) of spec 2.
///
/// ```swift
/// let q3 = try Period(parsing: "2025-Q3")      // [2025-07-01, 2025-10-01)
/// q3.previous.label                            // "2025-Q2"
/// q3.sameLastYear.label                        // "2024-Q3"
/// ```
public struct Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case quarter, half, month, year
        /// `--from/--to`: any run of whole days.
        case range
    }

    public let kind: Kind
    /// First day in the period.
    public let start: CivilDate
    /// First day after the period.
    public let end: CivilDate

    public var startTime: Timestamp { Timestamp(date: start) }
    public var endTime: Timestamp { Timestamp(date: end) }
    public var description: String { label }

    init(kind: Kind, start: CivilDate, end: CivilDate) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    public static func quarter(_ year: Int, _ q: Int) -> Period {
        let start = CivilDate(year: year, month: (q - 1) * 3 + 1, day: 1)
        return Period(kind: .quarter, start: start, end: start.adding(months: 3))
    }

    /// The quarter holding `date`.
    public static func quarter(containing date: CivilDate) -> Period {
        quarter(date.year, (date.month - 1) / 3 + 1)
    }

    /// Parses `YYYY-Qn`, `YYYY-Hn`, `YYYY-MM` and `YYYY` (case-insensitive Q/H).
    public init(parsing text: String) throws(PeriodError) {
        let s = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText), year >= 1 else {
            throw .unrecognised(text)
        }
        if parts.count == 1 {
            let start = CivilDate(year: year, month: 1, day: 1)
            self.init(kind: .year, start: start, end: start.adding(months: 12))
            return
        }
        guard parts.count == 2 else { throw .unrecognised(text) }
        let rest = parts[1]
        if rest.first == "Q" || rest.first == "H" {
            let isQuarter = rest.first == "Q"
            guard rest.count == 2, let n = Int(rest.dropFirst()) else { throw .unrecognised(text) }
            guard (1...(isQuarter ? 4 : 2)).contains(n) else {
                throw .outOfRange(text, isQuarter ? "a quarter is Q1 to Q4" : "a half is H1 or H2")
            }
            let months = isQuarter ? 3 : 6
            let start = CivilDate(year: year, month: (n - 1) * months + 1, day: 1)
            self.init(kind: isQuarter ? .quarter : .half, start: start, end: start.adding(months: months))
            return
        }
        guard rest.count == 2, let month = Int(rest) else { throw .unrecognised(text) }
        guard (1...12).contains(month) else { throw .outOfRange(text, "a month is 01 to 12") }
        let start = CivilDate(year: year, month: month, day: 1)
        self.init(kind: .month, start: start, end: start.adding(months: 1))
    }

    /// `--from DATE --to DATE`, both days included.
    public init(from: String, to: String) throws(PeriodError) {
        guard let first = CivilDate(parsing: from) else { throw .badDate(from) }
        guard let last = CivilDate(parsing: to) else { throw .badDate(to) }
        guard first <= last else { throw .reversed(from: from, to: to) }
        self.init(kind: .range, start: first, end: last.adding(days: 1))
    }

    /// The period of the same kind just before (for a range: the same number of days).
    public var previous: Period {
        switch kind {
        case .quarter: Period(kind: kind, start: start.adding(months: -3), end: start)
        case .half: Period(kind: kind, start: start.adding(months: -6), end: start)
        case .month: Period(kind: kind, start: start.adding(months: -1), end: start)
        case .year: Period(kind: kind, start: start.adding(months: -12), end: start)
        case .range: Period(kind: kind, start: start.adding(days: -days), end: start)
        }
    }

    /// The same period one year earlier.
    public var sameLastYear: Period {
        Period(kind: kind, start: start.adding(months: -12), end: end.adding(months: -12))
    }

    public var days: Int { end.daysSinceEpoch - start.daysSinceEpoch }

    /// Months in the period, as VIS counts them: calendar months, or days / 30.4375 for a range.
    public var months: Double {
        switch kind {
        case .quarter: 3
        case .half: 6
        case .month: 1
        case .year: 12
        case .range: Double(days) / 30.4375
        }
    }

    /// `2025-Q3`, `2025-H1`, `2025-07`, `2025`, or `2025-07-01..2025-09-30` for a range.
    public var label: String {
        switch kind {
        case .quarter: "\(pad4(start.year))-Q\((start.month - 1) / 3 + 1)"
        case .half: "\(pad4(start.year))-H\(start.month <= 6 ? 1 : 2)"
        case .month: "\(pad4(start.year))-\(pad2(start.month))"
        case .year: pad4(start.year)
        case .range: "\(start.iso8601)..\(end.adding(days: -1).iso8601)"
        }
    }

    /// The last day in the period (inclusive), for people.
    public var lastDay: CivilDate { end.adding(days: -1) }

    /// Throws `PeriodError.notOver` when the period runs past the snapshot's export: its
    /// figures would count only part of it, and a mistyped `--period 2031-Q1` would publish
    /// empty reports with exit 0. No export time (an old snapshot) means nothing to check against.
    public func requireOver(exportedAt: Timestamp?) throws {
        guard let exportedAt, endTime > exportedAt else { return }
        throw PeriodError.notOver(label, lastDay: lastDay.iso8601, exportedAt: exportedAt.iso8601)
    }

    public func contains(_ time: Timestamp) -> Bool { time >= startTime && time < endTime }

    public static func < (a: Period, b: Period) -> Bool { (a.start, a.end) < (b.start, b.end) }

    /// Checks that every period a report with `trendPeriods` trend periods looks at (the trends,
    /// the previous period, the same period last year) starts in year 1 or later: a 10,000-year
    /// range reaches so far back that its times no longer fit a timestamp.
    public func checkReach(trendPeriods: Int) throws(PeriodError) {
        var earliest = min(previous.start, sameLastYear.start)
        var period = self
        for _ in 0..<max(trendPeriods, 1) {
            period = period.previous
            earliest = min(earliest, period.start)
            if earliest.year < 1 { break }
        }
        if earliest.year < 1 { throw .reachesBeforeYearOne(label, trendPeriods: trendPeriods) }
    }

    /// The `count` periods ending with this one, oldest first (trends, spec 7).
    public func trailing(_ count: Int) -> [Period] {
        var periods = [self]
        while periods.count < count { periods.insert(periods[0].previous, at: 0) }
        return periods
    }

    /// Spec 2: the latest calendar quarter that ends on or before `exported_at`; without it, the
    /// quarter holding the newest completed session. Never the wall clock.
    public static func defaultPeriod(exportedAt: Timestamp?, newestSession: Timestamp?) -> Period? {
        if let exportedAt {
            // The quarter holding the export has not ended yet (or ends exactly at its start).
            return quarter(containing: exportedAt.date).previous
        }
        return newestSession.map { quarter(containing: $0.date) }
    }
}

/// A period the user typed that is not one.
public enum PeriodError: Error, Equatable, Sendable, CustomStringConvertible {
    case unrecognised(String)
    case outOfRange(String, String)
    case badDate(String)
    case reversed(from: String, to: String)
    case noDefault
    case reachesBeforeYearOne(String, trendPeriods: Int)
    /// The period ends after the snapshot was exported: its figures would be incomplete.
    case notOver(String, lastDay: String, exportedAt: String)

    public var description: String {
        switch self {
        case .unrecognised(let text):
            "period \"\(text)\" is not one of YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY (e.g. 2025-Q3)"
        case .outOfRange(let text, let rule):
            "period \"\(text)\" does not exist: \(rule)"
        case .badDate(let text):
            "\"\(text)\" is not a date of the form YYYY-MM-DD"
        case .reversed(let from, let to):
            "--from \(from) is after --to \(to)"
        case .reachesBeforeYearOne(let label, let trendPeriods):
            "period \(label) with \(trendPeriods) trend periods reaches back before the year 1: choose a shorter period or fewer --trend-periods"
        case .notOver(let label, let lastDay, let exportedAt):
            "period \(label) is not over: it runs to \(lastDay) but the snapshot was exported at \(exportedAt), so its figures would be incomplete; choose an earlier period or pass --allow-incomplete"
        case .noDefault:
            "the snapshot has no snapshot_meta.exported_at and no completed session, so there is no default period: pass --period"
        }
    }
}
