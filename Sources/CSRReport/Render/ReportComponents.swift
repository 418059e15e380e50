/// The HTML of each `csr-component` of the full report (index.html): KPI cards, bars, data
/// tables and trend charts, built from the report's values. Every text goes through `htmlEscape`.
struct ReportComponents {
    let report: TenantReport
    let text: FigureText

    init(report: TenantReport) {
        self.report = report
        self.text = FigureText(k: report.settings.minGroupSize)
    }

    /// The figures on the KPI cards and in the headline of the email, in that order.
    static let headline: [MetricName] = [
        .participantsCount, .volunteersCount, .sessionsCount, .volunteerHours,
        .sroiRatio, .visScore, .avgIntegrationScore, .avgLanguageLevel,
    ]
    /// The counts drawn as bars (current vs previous vs last year).
    static let barMetrics: [MetricName] = [.participantsCount, .volunteersCount, .sessionsCount, .volunteerHours]

    func html(_ component: ReportComponent) -> String {
        switch component {
        case .kpiCards: kpiCards()
        case .kpiBars: kpiBars()
        case .metricsTable: metricsTable()
        case .sroiTable: SROIComponents(report: report).workingsHTML()
        case .sroiSensitivity: SROIComponents(report: report).sensitivityHTML()
        case .trendChart(let d): trendChart(d)
        case .trendTable(let d): trendTable(d)
        case .headlineFigures, .tenantTable: ""
        }
    }

    private func kpiCards() -> String {
        var html = "<div class=\"kpi-grid\">"
        for metric in Self.headline {
            let value = report.current.value(metric)
            var figure = htmlEscape(text.value(value, metric))
            if metric == .visScore, let band = report.current.visBand, value.number != nil {
                figure += " <span class=\"kpi-unit\">\(htmlEscape(band.rawValue))</span>"
            } else if metric == .avgLanguageLevel, let label = report.current.languageLevelLabel, value.number != nil {
                figure += " <span class=\"kpi-unit\">CEFR \(htmlEscape(label))</span>"
            }
            let state = value.number == nil ? " kpi-muted" : ""
            html += "<div class=\"kpi\(state)\"><div class=\"kpi-label\">\(htmlEscape(metric.title))</div><div class=\"kpi-value\">\(figure)</div>"
            if metric == .sroiRatio, value.number != nil, report.current.sroi.low.number != nil {
                html += "<div class=\"kpi-note\">range \(htmlEscape(text.value(report.current.sroi.low, .sroiRatio))) to \(htmlEscape(text.value(report.current.sroi.high, .sroiRatio)))</div>"
            }
            for other in [report.previous, report.lastYear] {
                let change = text.change(in: report, metric, from: other)
                let versus = "vs \(other.period.label)"
                let body = change.words.hasSuffix(versus)
                    ? htmlEscape(String(change.words.dropLast(versus.count))) + "<span class=\"nowrap\">\(htmlEscape(versus))</span>"
                    : htmlEscape(change.words)
                html += "<div class=\"kpi-change change-\(change.direction.rawValue)\">\(body)</div>"
            }
            html += "</div>"
        }
        return html + "</div>"
    }

    private func kpiBars() -> String {
        let groups = Self.barMetrics.map { metric in
            SVGChart.BarGroup(title: metric.title, bars: report.comparedPeriods.map { m in
                (label: m.period.label, value: m.value(metric), display: text.value(m.value(metric), metric))
            })
        }
        let description = Self.barMetrics.map { metric in
            "\(metric.title): " + report.comparedPeriods.map { "\($0.period.label) \(text.value($0.value(metric), metric))" }.joined(separator: ", ")
        }.joined(separator: ". ")
        let svg = SVGChart.kpiBars(id: "kpi-bars", title: "Activity in \(report.period.label) compared with \(report.previous.period.label) and \(report.lastYear.period.label)",
                                   description: description, groups: groups)
        var table = "<table class=\"data-table\"><caption>Activity by period</caption><thead><tr><th scope=\"col\">Figure</th>"
        for m in report.comparedPeriods { table += "<th scope=\"col\" class=\"num\">\(htmlEscape(m.period.label))</th>" }
        table += "</tr></thead><tbody>"
        for metric in Self.barMetrics {
            table += "<tr><th scope=\"row\">\(htmlEscape(metric.title))</th>"
            for m in report.comparedPeriods { table += cell(text.value(m.value(metric), metric), m.value(metric)) }
            table += "</tr>"
        }
        table += "</tbody></table>"
        return "<figure class=\"chart-block\"><div class=\"chart-area\">\(svg)</div><div class=\"chart-data\">\(table)</div></figure>"
    }

    private func metricsTable() -> String {
        let p = report.previous.period.label, y = report.lastYear.period.label
        var html = "<div class=\"table-wrap\"><table class=\"data-table metrics-table\"><caption>All figures for \(htmlEscape(report.period.label))</caption><thead><tr>"
        html += "<th scope=\"col\">Figure</th><th scope=\"col\" class=\"num\">\(htmlEscape(report.period.label))</th>"
        html += "<th scope=\"col\" class=\"num\">\(htmlEscape(p))</th><th scope=\"col\">Change vs \(htmlEscape(p))</th>"
        html += "<th scope=\"col\" class=\"num\">\(htmlEscape(y))</th><th scope=\"col\">Change vs \(htmlEscape(y))</th></tr></thead><tbody>"
        for metric in MetricName.allCases {
            html += "<tr><th scope=\"row\">\(htmlEscape(metric.title))</th>"
            html += cell(text.valueWithLabel(report.current, metric), report.current.value(metric))
            html += cell(text.valueWithLabel(report.previous, metric), report.previous.value(metric))
            html += changeCell(text.change(in: report, metric, from: report.previous))
            html += cell(text.valueWithLabel(report.lastYear, metric), report.lastYear.value(metric))
            html += changeCell(text.change(in: report, metric, from: report.lastYear))
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    func trendPoints(_ dimension: OutcomeDimension) -> [TrendPoint] {
        report.trends.filter { $0.dimension == dimension }.sorted { $0.period < $1.period }
    }

    private func trendChart(_ dimension: OutcomeDimension) -> String {
        let points = trendPoints(dimension)
        let described = points.map { "\($0.period.label) \(text.plain($0.mean, places: 3))" }.joined(separator: ", ")
        let svg = SVGChart.trendLine(
            id: "trend-\(dimension.rawValue)",
            title: "\(dimension.title): mean outcome score by period",
            description: "Mean score on a 0 to 1 scale, \(points.first?.period.label ?? "") to \(points.last?.period.label ?? ""): \(described).",
            seriesName: "mean score",
            points: points.map { SVGChart.Point(label: $0.period.label, value: $0.mean) },
            text: text)
        let hidden = points.contains { $0.mean == .suppressed }
        let note = hidden ? "<figcaption class=\"chart-note\">Gaps mark periods with \(htmlEscape(text.suppressed)) participants: those values are not shown.</figcaption>" : ""
        return "<figure class=\"chart-block\"><div class=\"chart-area\">\(svg)</div><div class=\"chart-data\">\(trendTableHTML(dimension, points))</div>\(note)</figure>"
    }

    private func trendTable(_ dimension: OutcomeDimension) -> String {
        "<div class=\"table-wrap\">\(trendTableHTML(dimension, trendPoints(dimension)))</div>"
    }

    private func trendTableHTML(_ dimension: OutcomeDimension, _ points: [TrendPoint]) -> String {
        var html = "<table class=\"data-table\"><caption>\(htmlEscape(dimension.title)) by period</caption><thead><tr><th scope=\"col\">Period</th><th scope=\"col\" class=\"num\">Scores</th><th scope=\"col\" class=\"num\">Participants</th><th scope=\"col\" class=\"num\">Mean</th><th scope=\"col\" class=\"num\">Change</th></tr></thead><tbody>"
        for p in points {
            html += "<tr><th scope=\"row\">\(htmlEscape(p.period.label))</th>"
            html += cell(text.plain(p.scores, places: 0), p.scores) + cell(text.plain(p.participants, places: 0), p.participants)
            html += cell(text.plain(p.mean, places: 3), p.mean)
            let change: String
            switch p.change {
            case .value(let v): change = v > 0 ? "▲ +\(formatFixed(v, places: 3))" : v < 0 ? "▼ \(formatFixed(v, places: 3))" : "= 0.000"
            default: change = text.plain(p.change, places: 3)
            }
            html += cell(change, p.change) + "</tr>"
        }
        return html + "</tbody></table>"
    }

    private func cell(_ display: String, _ value: FigureValue) -> String { Self.cell(display, value) }

    /// A numeric table cell; muted when the figure is hidden or missing.
    static func cell(_ display: String, _ value: FigureValue) -> String {
        let cls = value.number == nil ? "num muted" : "num"
        return "<td class=\"\(cls)\">\(htmlEscape(display))</td>"
    }

    private func changeCell(_ change: ChangeText) -> String {
        "<td class=\"change change-\(change.direction.rawValue)\">\(htmlEscape(change.short))</td>"
    }
}
