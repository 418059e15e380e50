/// Spec 12: where the snapshot's own `metrics_company_period` rows cover the report period,
/// every figure that differs from the recomputed one by more than rounding. For the operator's
/// build summary only, never a client bundle.
public struct ReconciliationDifference: Sendable, Equatable {
    public let company: String
    public let period: String
    public let figure: String
    public let platformValue: Double
    /// The recomputed figure as the report shows it: a value, suppressed, or no data.
    public let recomputed: FigureValue

    public var description: String {
        let shown: String
        switch recomputed {
        case .value(let v): shown = formatFixed(v, places: 3)
        case .suppressed: shown = "suppressed (fewer than k contributors)"
        case .noData: shown = "no data"
        }
        return "\(company) \(period) \(figure): platform \(formatFixed(platformValue, places: 3)), recomputed \(shown)"
    }
}

public enum Reconciliation {
    /// The figures `metrics_company_period` holds, and the recomputed figure each is compared with.
    static let compared: [MetricName] = [.participantsCount, .volunteersCount, .sessionsCount, .avgIntegrationScore,
                                         .avgLanguageLevel, .avgJobReadiness, .sroiRatio, .visScore]

    public static func differences(tenants: [TenantFigures], platform: [PlatformMetricsRow], companies: [CompanyRow]) -> [ReconciliationDifference] {
        var result: [ReconciliationDifference] = []
        for (report, audit) in tenants.map({ ($0.report, $0.audit) }) {
            let period = report.period
            // period_end may be stored as the last day or the first day after: accept both.
            let rows = platform.filter { row in
                companies[Int(row.company)].id == audit.companyID && row.periodStart == period.start
                    && (row.periodEnd == period.lastDay || row.periodEnd == period.end)
            }
            for row in rows {
                for metric in compared {
                    guard let platformValue = row.values[metric.rawValue] else { continue }
                    let recomputed = audit.rawValues[metric]?.number
                    // "More than rounding": half a unit of the figure's last shown decimal.
                    var tolerance = 0.5
                    for _ in 0..<metric.places { tolerance /= 10 }
                    if let recomputed, abs(recomputed - platformValue) <= tolerance + 1e-9 { continue }
                    // Unrounded where shown, so the operator sees the size of the gap.
                    let shown: FigureValue = report.current.value(metric).number != nil ? recomputed.map(FigureValue.value) ?? .noData
                        : report.current.value(metric)
                    result.append(ReconciliationDifference(company: report.company.displayName, period: period.label, figure: metric.rawValue,
                                                           platformValue: platformValue, recomputed: shown))
                }
            }
        }
        return result
    }
}
