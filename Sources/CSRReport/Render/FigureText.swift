/// How a figure reads in every output (HTML, email, plain text, Markdown): one place, so the
/// report, the email and the CSV never disagree about rounding or wording. No locale, no
/// Foundation formatters: numbers go through `formatFixed`.
///
/// ```swift
/// FigureText(k: 5).value(.value(4.2666), .sroiRatio)    // "4.27 : 1"
/// FigureText(k: 5).value(.suppressed, .sessionsCount)   // "fewer than 5"
/// ```
struct FigureText: Sendable {
    /// The small-number threshold, for "fewer than k".
    let k: Int

    var suppressed: String { "fewer than \(k)" }
    static let noData = "no data"

    /// The bare number at the metric's rounding ("412", "37.5", "0.583", "4.27", "67.3").
    func number(_ value: FigureValue, _ metric: MetricName) -> String? {
        value.number.map { formatFixed($0, places: metric.places) }
    }

    /// The figure as a sentence would show it, with the unit SROI needs.
    func value(_ value: FigureValue, _ metric: MetricName) -> String {
        switch value {
        case .value(let v):
            let text = formatFixed(v, places: metric.places)
            return metric == .sroiRatio ? "\(text) : 1" : text
        case .suppressed: return suppressed
        case .noData: return Self.noData
        }
    }

    /// A share as a percentage, one decimal only when needed ("25%", "3.5%").
    static func percent(_ v: Double) -> String {
        let s = formatFixed(v * 100, places: 1)
        return (s.hasSuffix(".0") ? String(s.dropLast(2)) : s) + "%"
    }

    /// An amount of money with its currency ("53.70 EUR"), or why it is not shown.
    func money(_ value: FigureValue, _ currency: String) -> String {
        value.number.map { "\(formatFixed($0, places: 2)) \(currency)" } ?? plain(value, places: 2)
    }

    /// A plain figure that is not a metric (trend rows): `places` decimals.
    func plain(_ value: FigureValue, places: Int) -> String {
        switch value {
        case .value(let v): formatFixed(v, places: places)
        case .suppressed: suppressed
        case .noData: Self.noData
        }
    }

    /// The figure with its CEFR label or VIS band where it has one ("0.583 (B1)", "67.3 (High impact)").
    func valueWithLabel(_ metrics: PeriodMetrics, _ metric: MetricName) -> String {
        let base = value(metrics.value(metric), metric)
        switch metric {
        case .avgLanguageLevel:
            if let label = metrics.languageLevelLabel, metrics.value(metric).number != nil { return "\(base) (CEFR \(label))" }
        case .visScore:
            if let band = metrics.visBand, metrics.value(metric).number != nil { return "\(base) (\(band.rawValue))" }
        default: break
        }
        return base
    }

    /// A change in words and arrows, never colour alone: "▲ up 12 (+8.1%) vs 2025-Q2".
    func change(in report: TenantReport, _ metric: MetricName, from other: PeriodMetrics) -> ChangeText {
        let label = other.period.label
        let delta = report.change(metric, from: other)
        switch delta {
        case .suppressed:
            return ChangeText(direction: .hidden, short: "not shown", words: "change not shown vs \(label)")
        case .noData:
            return ChangeText(direction: .none, short: "no comparison", words: "no comparison with \(label) (no data)")
        case .value(let d):
            let amount = formatFixed(abs(d), places: metric.places)
            if amount == formatFixed(0, places: metric.places) {
                return ChangeText(direction: .same, short: "= unchanged", words: "= unchanged vs \(label)")
            }
            var percent = ""
            if let base = other.value(metric).number, base != 0 {
                let p = d / abs(base) * 100
                percent = " (\(p >= 0 ? "+" : "")\(formatFixed(p, places: 1))%)"
            }
            let up = d > 0
            let short = "\(up ? "▲ up" : "▼ down") \(amount)\(percent)"
            return ChangeText(direction: up ? .up : .down, short: short, words: "\(short) vs \(label)")
        }
    }
}

/// A change in words: `short` ("▲ up 12 (+8.1%)") for cards, `words` adds the period.
struct ChangeText: Sendable, Equatable {
    enum Direction: String, Sendable { case up, down, same, hidden, none }
    let direction: Direction
    let short: String
    let words: String
}

extension Period {
    /// The last day included, as people write it ("2025-09-30").
    var lastDayISO: String { lastDay.iso8601 }
}
