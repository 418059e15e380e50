/// The JSON that `csr-report figures` prints: one object per company with every
/// `metrics.csv` figure of the period, the previous period and the same period last year,
/// and the trends. Suppressed and no-data figures are `null`; `suppressed` says which are hidden
/// (`sroi_ratio` there hides every SROI output: range, sensitivity, hour value, improvers).
public enum FiguresJSON {
    public static func document(_ reports: [TenantReport]) -> JSONValue {
        .array(reports.map(company))
    }

    static func company(_ report: TenantReport) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("company_id", .string(report.company.publishedID)),
            ("company_name", .string(report.company.name)),
        ]
        members += periodMembers(report.current)
        members.append(("previous", .object(periodMembers(report.previous))))
        members.append(("last_year", .object(periodMembers(report.lastYear))))
        members.append(("trends", .array(report.trends.map(trend))))
        return .object(members)
    }

    static func periodMembers(_ metrics: PeriodMetrics) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("period", .string(metrics.period.label)),
            ("period_start", .string(metrics.period.start.iso8601)),
            ("period_end", .string(metrics.period.lastDay.iso8601)),
        ]
        for metric in MetricName.allCases {
            members.append((metric.rawValue, .figure(metrics.value(metric), places: metric.places)))
        }
        members.append(("suppressed", .array(metrics.suppressed.map { .string($0.rawValue) })))
        members.append(("language_level_cefr", metrics.languageLevelLabel.map(JSONValue.string) ?? .null))
        members.append(("vis_band", metrics.visBand.map { .string($0.rawValue) } ?? .null))
        members.append(("sroi_low", .figure(metrics.sroi.low, places: 2)))
        members.append(("sroi_high", .figure(metrics.sroi.high, places: 2)))
        // Spec 5: assumption -> [at least favourable, at most favourable], in a fixed order.
        members.append(("sroi_sensitivity", .object(metrics.sroi.sensitivity.map {
            ($0.assumption.rawValue, .array([.figure($0.leastFavourable, places: 2), .figure($0.mostFavourable, places: 2)]))
        })))
        members.append(("hour_value", .figure(metrics.sroi.hourValue, places: 2)))
        members.append(("improvers", .object(metrics.sroi.improvers.map { ($0.dimension.rawValue, .figure($0.count, places: 0)) })))
        return members
    }

    static func trend(_ point: TrendPoint) -> JSONValue {
        .object([
            ("period", .string(point.period.label)),
            ("dimension", .string(point.dimension.rawValue)),
            ("n", .figure(point.scores, places: 0)),
            ("participants", .figure(point.participants, places: 0)),
            ("mean", .figure(point.mean, places: 3)),
            ("mean_confidence", .figure(point.meanConfidence, places: 3)),
            ("change", .figure(point.change, places: 3)),
            ("suppressed", .bool(point.isSuppressed)),
        ])
    }
}
