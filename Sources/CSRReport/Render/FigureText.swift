/// How a figure reads in every output of one report (HTML, email, plain text, Markdown), in the
/// report's language: one place, so the report and the email never disagree about rounding or
/// wording. Words come from the language's catalog, numbers from `formatFixed` written with the
/// language's facts; no Foundation locale, so the output does not depend on LANG or TZ.
///
/// ```swift
/// let text = FigureText(k: 5, catalog: english)
/// text.value(.value(4.2666), .sroiRatio)    // "4.27 : 1"
/// text.value(.suppressed, .participantsCount)   // "fewer than 5"
/// text.value(.suppressed, .volunteerHours)      // "not shown (fewer than 5 people)"
/// ```
struct FigureText: Sendable {
    /// The small-number threshold, for "fewer than k".
    let k: Int
    let catalog: Catalog

    var facts: LanguageFacts { catalog.facts }

    // MARK: words

    func text(_ key: CatalogKey, _ values: [String: String] = [:], count: Int? = nil) -> String {
        catalog.text(key, values, count: count)
    }

    func name(_ metric: MetricName) -> String { text(.metric(metric)) }
    func name(_ dimension: OutcomeDimension) -> String { text(.dimension(dimension)) }
    func name(_ band: VISBand) -> String { text(.visBand(band)) }
    func name(_ assumption: ValuationAssumption) -> String { text(.assumption(assumption)) }

    /// The name inside a sentence ("job readiness" in en, "Arbeitsmarktnähe" in de).
    func nameInSentence(_ dimension: OutcomeDimension) -> String { facts.nameInSentence(name(dimension)) }
    func nameInSentence(_ assumption: ValuationAssumption) -> String { facts.nameInSentence(name(assumption)) }

    /// What a held-back figure reads: "fewer than 5" for a head count, where it is literally
    /// true; "not shown (fewer than 5 people)" for anything else, since "SROI ratio: fewer
    /// than 5" or "Volunteer hours: fewer than 5" would read as a figure below 5.
    func suppressed(_ kind: FigureKind) -> String {
        switch kind {
        case .headCount: text(.valueSuppressed, ["k": count(k)])
        case .other: text(.valueSuppressedFewPeople, ["k": count(k)], count: k)
        }
    }
    var noData: String { text(.valueNoData) }

    // MARK: numbers, dates, periods

    /// A whole number as the language writes it ("1,234", "1 234").
    func count(_ n: Int) -> String { facts.number(Double(n), places: 0) }

    func number(_ value: Double, places: Int) -> String { facts.number(value, places: places) }

    /// A share as a percentage, one decimal only when needed ("25%", "3,5 %").
    func percent(_ share: Double) -> String { facts.percent(share) }

    func date(_ date: CivilDate) -> String { facts.date(date) }

    /// A period in a table, chart axis or card ("Q3 2025").
    func period(_ period: Period) -> String { facts.periodName(period) }

    /// A period in a heading or running text ("3. Quartal 2025").
    func periodInText(_ period: Period) -> String { facts.periodNameInText(period) }

    // MARK: figures

    /// The bare number at the metric's rounding ("412", "37.5", "0.583", "4.27", "67.3").
    func number(_ value: FigureValue, _ metric: MetricName) -> String? {
        value.number.map { number($0, places: metric.places) }
    }

    /// The figure as a sentence would show it, with the unit SROI needs.
    func value(_ value: FigureValue, _ metric: MetricName) -> String {
        switch value {
        case .value(let v):
            let text = number(v, places: metric.places)
            return metric == .sroiRatio ? self.text(.valueRatio, ["value": text]) : text
        case .suppressed: return suppressed(metric.figureKind)
        case .noData: return noData
        }
    }

    /// An amount of money with its currency ("53.70 EUR"), or why it is not shown.
    func money(_ value: FigureValue, _ currency: String) -> String {
        value.number.map { money($0, currency) } ?? plain(value, places: 2, .other)
    }

    func money(_ amount: Double, _ currency: String) -> String {
        text(.valueMoney, ["amount": number(amount, places: 2), "currency": currency])
    }

    /// A plain figure that is not a metric (trend rows): `places` decimals; `kind` says which
    /// wording a held-back value takes.
    func plain(_ value: FigureValue, places: Int, _ kind: FigureKind) -> String {
        switch value {
        case .value(let v): number(v, places: places)
        case .suppressed: suppressed(kind)
        case .noData: noData
        }
    }

    /// The figure with its CEFR label or VIS band where it has one ("0.583 (CEFR B1)", "67.3 (High impact)").
    func valueWithLabel(_ metrics: PeriodMetrics, _ metric: MetricName) -> String {
        let base = value(metrics.value(metric), metric)
        switch metric {
        case .avgLanguageLevel:
            if let label = metrics.languageLevelLabel, metrics.value(metric).number != nil { return text(.valueWithCEFR, ["value": base, "level": label]) }
        case .visScore:
            if let band = metrics.visBand, metrics.value(metric).number != nil { return text(.valueWithBand, ["value": base, "band": name(band)]) }
        default: break
        }
        return base
    }

    /// A change in words and arrows, never colour alone: "▲ up 12 (+8.1%) vs 2025-Q2".
    func change(in report: TenantReport, _ metric: MetricName, from other: PeriodMetrics) -> ChangeText {
        let period = self.period(other.period)
        switch report.change(metric, from: other) {
        case .suppressed:
            return ChangeText(direction: .hidden, short: text(.changeHidden), versusKey: .changeHiddenVersus, period: period, catalog: catalog)
        case .noData:
            return ChangeText(direction: .none, short: text(.changeNoComparison), versusKey: .changeNoComparisonVersus, period: period, catalog: catalog)
        case .value(let d):
            let amount = number(abs(d), places: metric.places)
            if amount == number(0, places: metric.places) {
                return ChangeText(direction: .same, short: text(.changeUnchanged), versusKey: .changeVersus, period: period, catalog: catalog)
            }
            let up = d > 0
            var short = text(up ? .changeUp : .changeDown, ["amount": amount])
            if let base = other.value(metric).number, base != 0 {
                let percent = facts.signedPercent(d / abs(base) * 100)
                short = text(up ? .changeUpWithPercent : .changeDownWithPercent, ["amount": amount, "percent": percent])
            }
            return ChangeText(direction: up ? .up : .down, short: short, versusKey: .changeVersus, period: period, catalog: catalog)
        }
    }

    /// The change of a trend's mean since the period before: "▲ +0.012".
    func trendChange(_ change: FigureValue) -> String {
        guard case .value(let v) = change else { return plain(change, places: 3, .other) }
        let signed = facts.signedNumber(v, places: 3)
        let rounded = roundHalfAwayFromZero(v, places: 3)
        return text(rounded > 0 ? .changeTrendUp : rounded < 0 ? .changeTrendDown : .changeTrendUnchanged, ["signed": signed])
    }
}

/// Whether a figure counts people, which decides how it reads when held back.
enum FigureKind: Sendable {
    /// A number of people (participants, volunteers, improvers): "fewer than 5" is true of it.
    case headCount
    /// Hours, sessions, events, averages, ratios, amounts, changes.
    case other
}

extension MetricName {
    /// Spec 9 shows a suppressed figure as "fewer than 5"; that reads right only where the
    /// figure is itself a number of people.
    var figureKind: FigureKind {
        switch self {
        case .participantsCount, .volunteersCount: .headCount
        // Sessions, matches, events and courses count things, not the people behind them.
        case .sessionsCount, .volunteerHours, .buddyMatchesActive, .buddyEventsCount, .coursesCompleted,
             .avgLanguageLevel, .avgIntegrationScore, .avgJobReadiness, .sroiRatio, .visScore: .other
        }
    }
}

/// A change in words: `short` ("▲ up 12 (+8.1%)") for table cells, `words` adds the period
/// ("▲ up 12 (+8.1%) vs 2025-Q2"), `html` is `words` with the period kept on one line.
struct ChangeText: Sendable {
    enum Direction: String, Sendable { case up, down, same, hidden, none }
    let direction: Direction
    let short: String
    let words: String
    let html: String

    init(direction: Direction, short: String, versusKey: CatalogKey, period: String, catalog: Catalog) {
        self.direction = direction
        self.short = short
        self.words = catalog.text(versusKey, ["change": short, "period": period])
        self.html = catalog.html(versusKey, ["change": short], trusted: ["period": "<span class=\"nowrap\">\(htmlEscape(period))</span>"])
    }
}

extension Period {
    /// The last day included, as machines write it ("2025-09-30"): CSV, JSON, manifest.
    var lastDayISO: String { lastDay.iso8601 }
}
