import Foundation

/// Computes every tenant's report for a period: the library API behind `figures` and `build`.
///
/// ```swift
/// let figures = ReportFigures(data: try Snapshot.open(path).load(), settings: ReportSettings())
/// let reports = figures.reports(for: try Period(parsing: "2025-Q3"))
/// ```
/// All companies are computed together: each period is one pass over its rows (see
/// `PeriodComputation`), so the cost grows with rows + companies, not their product.
public struct ReportFigures: Sendable {
    public let data: SnapshotData
    public let settings: ReportSettings
    let index: ActivityIndex
    let redactor: Redactor
    /// Overrides the snapshot's export time as the "generated" date (SOURCE_DATE_EPOCH).
    public var generatedAt: Timestamp?

    public init(data: SnapshotData, settings: ReportSettings, generatedAt: Timestamp? = nil) {
        self.data = data
        self.settings = settings
        self.index = ActivityIndex(data)
        self.redactor = Redactor(names: NameDictionary(names: data.personNames), referenceYear: data.redactionYear)
        self.generatedAt = generatedAt ?? data.meta.exportedAt
    }

    /// The default period of spec 2 for this snapshot.
    public func defaultPeriod() throws(PeriodError) -> Period {
        guard let period = Period.defaultPeriod(exportedAt: data.meta.exportedAt, newestSession: data.newestSessionCompletion) else {
            throw .noDefault
        }
        return period
    }

    /// One report per company (all, or those listed by index in `data.companies`), ordered
    /// by company name then id: what a client may see.
    public func reports(for period: Period, companies selected: [Int32]? = nil) -> [TenantReport] {
        tenants(for: period, companies: selected).map(\.report)
    }

    /// One tenant per company, as `reports(for:companies:)`, each with its operator-only audit.
    public func tenants(for period: Period, companies selected: [Int32]? = nil) -> [TenantFigures] {
        let wanted = selected ?? data.companies.indices.map(Int32.init)
        guard !wanted.isEmpty else { return [] }
        let trendPeriods = period.trailing(max(settings.trendPeriods, 1) + 1)
        // Five independent passes over the same rows: run them side by side.
        let (index, settings, data, generatedAt) = (self.index, self.settings, self.data, self.generatedAt)
        let passes = parallelMap(5) { i -> FigurePass in
            switch i {
            case 0: .period(PeriodComputation(index: index, period: period, settings: settings))
            case 1: .period(PeriodComputation(index: index, period: period.previous, settings: settings))
            case 2: .period(PeriodComputation(index: index, period: period.sameLastYear, settings: settings))
            case 3: .trends(TrendComputation(index: index, periods: trendPeriods))
            default: .candidates(EvidenceSelection.candidates(index: index, period: period))
            }
        }
        guard case .period(let current) = passes[0], case .period(let previous) = passes[1], case .period(let lastYear) = passes[2],
              case .trends(let trends) = passes[3], case .candidates(let candidates) = passes[4] else {
            preconditionFailure("parallelMap returns results in order")
        }
        let evidence = EvidenceSelection(index: index, settings: settings, redactor: redactor)
        let rule = SmallNumberRule(k: settings.minGroupSize)
        let findings = tenantFindings()
        let ordered = wanted.sorted { (data.companies[Int($0)].name, data.companies[Int($0)].id) < (data.companies[Int($1)].name, data.companies[Int($1)].id) }
        return parallelMap(ordered.count) { i in
            let company = ordered[i]
            let row = data.companies[Int(company)]
            let (metrics, raw) = current.metricsAndRawValues(for: company)
            let (summary, quotes) = evidence.summary(for: candidates[Int(company)])
            let report = TenantReport(company: ReportedCompany(row), period: period, generatedAt: generatedAt,
                                      current: metrics, previous: previous.metrics(for: company),
                                      lastYear: lastYear.metrics(for: company), trendPeriods: Array(trendPeriods.dropFirst()),
                                      trends: trends.points(for: company, rule: rule),
                                      evidence: summary,
                                      findings: findings[company] ?? [], settings: ReportRules(settings))
            return TenantFigures(report: report, audit: TenantAudit(companyID: row.id, rawValues: raw, quotes: quotes))
        }
    }

    private enum FigurePass: Sendable {
        case period(PeriodComputation)
        case trends(TrendComputation)
        case candidates([[Int32]])
    }

    /// Findings that belong to one tenant: its own memberships with NULL `joined_at`.
    /// Platform-wide findings stay in the build summary; a client sees only its own.
    private func tenantFindings() -> [Int32: [ReportFinding]] {
        var result: [Int32: [ReportFinding]] = [:]
        for membership in data.memberships where membership.joinedAt == nil {
            var list = result[membership.company] ?? [ReportFinding(severity: .warning, table: "company_users", column: "joined_at",
                                                                  problem: ReportedProblem.membershipWithoutJoinDate.rawValue, count: 0)]
            list[0].count += 1
            result[membership.company] = list
        }
        return result
    }

    /// Resolves `--company` values (a company id, or a tenant slug) to company indexes.
    public func companyIndexes(matching selectors: [String], slug: (CompanyRow) -> String) throws(CompanySelectionError) -> [Int32]? {
        guard !selectors.isEmpty else { return nil }
        var result: [Int32] = []
        for selector in selectors {
            let key = UUIDKey(parsing: selector)
            let matches = data.companies.indices.filter { i in
                let company = data.companies[i]
                return company.id == key || slug(company) == selector.lowercased()
            }
            guard !matches.isEmpty else {
                let candidates = data.companies.map { CompanySuggestions.Candidate(folder: slug($0), name: $0.name, id: $0.id.description) }
                throw .unknown(selector, suggestions: CompanySuggestions.nearest(to: selector, among: candidates))
            }
            result += matches.map(Int32.init).filter { !result.contains($0) }
        }
        return result
    }
}

/// The data-quality problems a client's own report can list, by machine name: the `problem` of
/// a tenant's findings. Their words are the catalog's `problem.<raw value>`; the loader's and
/// validator's findings stay in the operator's English (build summary, `validate`).
public enum ReportedProblem: String, CaseIterable, Sendable {
    case membershipWithoutJoinDate = "membership_without_join_date"
}

extension SnapshotData {
    /// The year the redactor reads this snapshot's texts in: `textYear`, or the current year
    /// for a snapshot that dates itself by neither an export time nor a session.
    public var redactionYear: Int {
        textYear ?? Self.currentYear
    }

    /// The current calendar year (UTC), for texts that come without a snapshot.
    public static var currentYear: Int { Timestamp(microseconds: Int64(Date().timeIntervalSince1970 * 1_000_000)).date.year }
}
