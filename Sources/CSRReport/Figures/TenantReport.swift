/// Everything one tenant's report shows, computed and privacy-checked: the renderer only
/// formats these values, it decides nothing.
///
/// ```swift
/// let reports = try ReportFigures(data: snapshotData, settings: settings).reports(for: period)
/// reports[0].current.values[.sessionsCount]        // .value(412)
/// reports[0].change(.sessionsCount, from: reports[0].previous)
/// ```
/// Closed by type: no snapshot row, no `UUIDKey`, no unsuppressed value and no finding's row id
/// is reachable from it (`ReportModelClosureTests` walks it). What only the operator needs
/// travels beside it in `TenantAudit`.
public struct TenantReport: Sendable {
    public let company: ReportedCompany
    public let period: Period
    /// `snapshot_meta.exported_at`, or SOURCE_DATE_EPOCH; never the wall clock.
    public let generatedAt: Timestamp?
    public let current: PeriodMetrics
    public let previous: PeriodMetrics
    public let lastYear: PeriodMetrics
    /// Trend periods, oldest first, ending with `period`.
    public let trendPeriods: [Period]
    /// One point per (trend period, dimension), periods oldest first, dimensions in report order.
    public let trends: [TrendPoint]
    public let evidence: EvidenceSummary
    /// Problems attributable to this tenant (counts only; no ids in a client bundle).
    public let findings: [ReportFinding]
    public let settings: ReportRules

    /// The change of a figure since another period, at the figure's own rounding; suppressed
    /// when either side is (spec 9), no data when either side has none.
    public func change(_ metric: MetricName, from other: PeriodMetrics) -> FigureValue {
        switch current.exact(metric).minus(other.exact(metric)) {
        case .value(let v): .value(roundHalfAwayFromZero(v, places: metric.places))
        case let other: other
        }
    }

    /// The figures of the three periods a report compares, current first.
    public var comparedPeriods: [PeriodMetrics] { [current, previous, lastYear] }
}

/// One period's figures for one tenant.
public struct PeriodMetrics: Sendable {
    public let period: Period
    /// Values at the spec's rounding, `.suppressed` or `.noData` where so decided.
    public let values: [MetricName: FigureValue]
    /// Unrounded values (suppression applied), for deltas.
    let exactValues: [MetricName: FigureValue]
    /// Suppressed figures, in column order.
    public let suppressed: [MetricName]
    /// Nearest CEFR label of the average language level, when shown.
    public let languageLevelLabel: String?
    public let visBand: VISBand?
    public let sroi: SROIResult

    public func value(_ metric: MetricName) -> FigureValue { values[metric] ?? .noData }
    func exact(_ metric: MetricName) -> FigureValue { exactValues[metric] ?? .noData }
}

/// SROI with its workings (spec 5, valuation v2), all hidden together when the ratio is
/// suppressed: range, sensitivity, improvers, hour value, per-dimension values.
public struct SROIResult: Sendable {
    public let ratio: FigureValue
    /// Every assumption at its least favourable bound.
    public let low: FigureValue
    /// Every assumption at its most favourable bound.
    public let high: FigureValue
    /// One entry per assumption, in `ValuationAssumption.allCases` order.
    public let sensitivity: [Sensitivity]
    /// Per valued dimension, in report order.
    public let dimensions: [SROIDimension]
    /// Per dimension, valued or not: participants whose score rose (spec 5), in report order.
    public let improvers: [(dimension: OutcomeDimension, count: FigureValue)]
    public let gross: FigureValue
    public let net: FigureValue
    public let investment: FigureValue
    /// The value of a volunteer hour used for this company.
    public let hourValue: FigureValue
    /// The country code (upper case) whose hour value was used; `nil` when the default was.
    public let hourValueCountry: String?
    public let valuation: Valuation

    public struct SROIDimension: Sendable {
        public let dimension: OutcomeDimension
        /// Sum of deltas on the 0-1 scale (may be negative; the value floors it at 0).
        public let totalChange: FigureValue
        public let valuePerPointYear: Double
        public let durationYears: Int
        public let dropOff: Double
        /// At the central discount rate.
        public let pvFactor: Double
        public let value: FigureValue
    }

    /// The ratio with one assumption at each of its bounds and the others central.
    public struct Sensitivity: Sendable {
        public let assumption: ValuationAssumption
        public let leastFavourable: FigureValue
        public let mostFavourable: FigureValue
        /// Width of the swing before rounding, for ordering; `nil` when not shown.
        let swing: Double?
    }

    /// The sensitivity ordered by the width of the swing, widest first (ties in assumption order).
    public var sensitivityBySwing: [Sensitivity] {
        sensitivity.enumerated().sorted { a, b in
            let wa = a.element.swing ?? -1, wb = b.element.swing ?? -1
            return wa != wb ? wa > wb : a.offset < b.offset
        }.map(\.element)
    }

    /// The improvers of one dimension (`.noData` for a dimension nobody has a score in).
    public func improvers(_ dimension: OutcomeDimension) -> FigureValue {
        improvers.first { $0.dimension == dimension }?.count ?? .noData
    }
}

/// One point of an outcome-dimension trend (spec 7).
public struct TrendPoint: Sendable {
    public let period: Period
    public let dimension: OutcomeDimension
    public let scores: FigureValue
    public let participants: FigureValue
    public let mean: FigureValue
    public let meanConfidence: FigureValue
    /// Change of the unrounded mean since the period before, 3 decimals.
    public let change: FigureValue
    public var isSuppressed: Bool { participants == .suppressed }
}

/// The evidence excerpts of a report and what was held back (spec 8).
public struct EvidenceSummary: Sendable {
    public let excerpts: [EvidenceExcerpt]
    /// Candidates never quoted because their source text carries a safety flag.
    public let withheldForSafety: Int
    /// Copies dropped because the same text was already quoted.
    public let duplicatesRemoved: Int
    /// True when the candidates came from fewer than k participants, so none is quoted.
    public let withheldForSmallNumbers: Bool
    /// Candidates that ranked high enough to be quoted but were not worth sending, by reason
    /// (`QuoteFitness`): the next candidates were quoted instead.
    public var withheldAsUnfit: [QuoteFitness.Unfit: Int] = [:]
    /// Candidates left out because the account manager listed them (`--exclude-evidence`).
    public var excludedAtReview = 0
}

/// A quoted excerpt, already redacted and cut: safe to show.
public struct EvidenceExcerpt: Sendable, Equatable {
    public let dimension: OutcomeDimension
    public let text: String
    public let score: Double
    public let confidence: Double?
    public let sourceType: SourceTextType
    public let relevance: Double
    /// How many matches of each kind were replaced by a placeholder.
    public var redactedKinds: [PIIKind: Int] = [:]
    /// BCP 47 code of the language the text is written in ("nb"), or nil when the word lists
    /// cannot tell: pages mark the quote with it so a screen reader reads it in that language.
    public var language: String? = nil
}

/// The company a report is about, as its reader may see it: no snapshot row, no key into the
/// snapshot.
public struct ReportedCompany: Sendable, Equatable {
    /// The name as the snapshot holds it: CSV cells and the `figures` JSON keep it whole.
    public let name: String
    /// The name as pages, emails and messages show it (`CompanyRow.displayName`).
    public let displayName: String
    /// `companies.country` as stored (ISO 3166-1 alpha-2 expected).
    public let country: String?
    /// The company's own id as text: spec 11 puts it in `metrics.csv`'s `company_id`, the one id
    /// a client bundle carries (the client's own). Text, not a `UUIDKey`: nothing downstream can
    /// look a snapshot row up with it.
    public let publishedID: String

    init(name: String, country: String?, publishedID: String) {
        self.name = name
        self.displayName = CompanyRow.displayName(of: name)
        self.country = country
        self.publishedID = publishedID
    }

    init(_ row: CompanyRow) {
        self.init(name: row.name, country: row.country, publishedID: row.id.description)
    }
}

/// A data-quality problem that affected one tenant's figures, as its report states it: a count
/// per table and column, with no field that could hold a row id (those stay in the operator's
/// `DataQualityFinding`).
public struct ReportFinding: Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning }
    public let severity: Severity
    public let table: String
    public let column: String
    public let problem: String
    public var count: Int

    public init(severity: Severity, table: String, column: String, problem: String, count: Int) {
        self.severity = severity
        self.table = table
        self.column = column
        self.problem = problem
        self.count = count
    }
}

/// The rules a report states to its reader: k of spec 9 and K of spec 8. The rest of
/// `ReportSettings` (the valuation travels in `SROIResult`, the operator's `--exclude-evidence`
/// list never leaves the figures stage) is not part of the report.
public struct ReportRules: Sendable, Equatable {
    public let minGroupSize: Int
    public let excerptsPerDimension: Int

    public init(minGroupSize: Int, excerptsPerDimension: Int) {
        self.minGroupSize = minGroupSize
        self.excerptsPerDimension = excerptsPerDimension
    }

    init(_ settings: ReportSettings) {
        self.init(minGroupSize: settings.minGroupSize, excerptsPerDimension: settings.excerptsPerDimension)
    }
}
