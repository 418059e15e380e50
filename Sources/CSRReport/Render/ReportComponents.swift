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
        case .sroiTable: sroiTable()
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

    private func sroiTable() -> String {
        let sroi = report.current.sroi
        let valuation = sroi.valuation
        let money = { (v: FigureValue) -> String in
            v.number.map { "\(formatFixed($0, places: 2)) \(valuation.currency)" } ?? (v == .suppressed ? text.suppressed : FigureText.noData)
        }
        var html = "<div class=\"table-wrap\"><table class=\"data-table\"><caption>Value by outcome (\(htmlEscape(report.period.label)))</caption><thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\" class=\"num\">Summed change (0–1)</th><th scope=\"col\" class=\"num\">Proxy per 1.0</th><th scope=\"col\" class=\"num\">Value</th></tr></thead><tbody>"
        for d in sroi.dimensions {
            html += "<tr><th scope=\"row\">\(htmlEscape(d.dimension.title))</th>"
            html += cell(text.plain(d.totalChange, places: 3), d.totalChange)
            html += "<td class=\"num\">\(htmlEscape("\(formatFixed(d.proxy, places: 2)) \(valuation.currency)"))</td>"
            html += cell(money(d.value), d.value) + "</tr>"
        }
        html += "</tbody><tbody class=\"totals\">"
        html += "<tr><th scope=\"row\">Gross value</th><td></td><td></td>\(cell(money(sroi.gross), sroi.gross))</tr>"
        html += "<tr><th scope=\"row\">Net value after adjustments</th><td></td><td></td>\(cell(money(sroi.net), sroi.net))</tr>"
        html += "<tr><th scope=\"row\">Investment (volunteer time and programme cost)</th><td></td><td></td>\(cell(money(sroi.investment), sroi.investment))</tr>"
        html += "<tr><th scope=\"row\">SROI ratio</th><td></td><td></td>\(cell(text.value(sroi.ratio, .sroiRatio), sroi.ratio))</tr>"
        html += "</tbody></table></div>"
        html += "<div class=\"table-wrap\"><table class=\"data-table\"><caption>Adjustments</caption><thead><tr><th scope=\"col\">Adjustment</th><th scope=\"col\" class=\"num\">Used</th><th scope=\"col\" class=\"num\">Low estimate</th><th scope=\"col\" class=\"num\">High estimate</th></tr></thead><tbody>"
        for (name, a) in [("Deadweight", valuation.deadweight), ("Attribution", valuation.attribution), ("Displacement", valuation.displacement)] {
            html += "<tr><th scope=\"row\">\(name)</th><td class=\"num\">\(percent(a.value))</td><td class=\"num\">\(percent(a.least))</td><td class=\"num\">\(percent(a.most))</td></tr>"
        }
        html += "</tbody></table></div>"
        return html
    }

    private func percent(_ v: Double) -> String {
        let s = formatFixed(v * 100, places: 1)
        return (s.hasSuffix(".0") ? String(s.dropLast(2)) : s) + "%"
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

    private func cell(_ display: String, _ value: FigureValue) -> String {
        let cls = value.number == nil ? "num muted" : "num"
        return "<td class=\"\(cls)\">\(htmlEscape(display))</td>"
    }

    private func changeCell(_ change: ChangeText) -> String {
        "<td class=\"change change-\(change.direction.rawValue)\">\(htmlEscape(change.short))</td>"
    }
}
