/// The HTML of each `csr-component` of the full report (index.html): KPI cards, bars, data
/// tables and trend charts, built from the report's values. Every text goes through `htmlEscape`.
struct ReportComponents {
    let report: TenantReport
    let text: FigureText

    init(report: TenantReport, text: FigureText) {
        self.report = report
        self.text = text
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
        case .sroiTable: SROIComponents(report: report, text: text).workingsHTML()
        case .sroiSensitivity: SROIComponents(report: report, text: text).sensitivityHTML()
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
                figure += " <span class=\"kpi-unit\">\(htmlEscape(text.name(band)))</span>"
            } else if metric == .avgLanguageLevel, let label = report.current.languageLevelLabel, value.number != nil {
                figure += " <span class=\"kpi-unit\">\(htmlEscape(text.text(.valueCEFRLevel, ["level": label])))</span>"
            }
            let state = value.number == nil ? " kpi-muted" : ""
            html += "<div class=\"kpi\(state)\"><div class=\"kpi-label\">\(htmlEscape(text.name(metric)))</div><div class=\"kpi-value\">\(figure)</div>"
            if metric == .sroiRatio, value.number != nil, report.current.sroi.low.number != nil {
                let range = text.text(.kpiRange, ["low": text.value(report.current.sroi.low, .sroiRatio), "high": text.value(report.current.sroi.high, .sroiRatio)])
                html += "<div class=\"kpi-note\">\(htmlEscape(range))</div>"
            }
            for other in [report.previous, report.lastYear] {
                let change = text.change(in: report, metric, from: other)
                html += "<div class=\"kpi-change change-\(change.direction.rawValue)\">\(change.html)</div>"
            }
            html += "</div>"
        }
        return html + "</div>"
    }

    private func kpiBars() -> String {
        let groups = Self.barMetrics.map { metric in
            SVGChart.BarGroup(title: text.name(metric), bars: report.comparedPeriods.map { m in
                (label: text.period(m.period), value: m.value(metric), display: text.value(m.value(metric), metric))
            })
        }
        let description = Self.barMetrics.map { metric in
            text.text(.activityChartFigure, ["figure": text.name(metric), "values": text.facts.joined(report.comparedPeriods.map {
                text.text(.activityChartValue, ["period": text.period($0.period), "value": text.value($0.value(metric), metric)])
            })])
        }.joined(separator: " ")  // each figure is a sentence of the catalog's, ending in its own full stop
        let title = text.text(.activityChartTitle, ["period": text.period(report.period), "previous": text.period(report.previous.period),
                                                    "last_year": text.period(report.lastYear.period)])
        let svg = SVGChart.kpiBars(id: "kpi-bars", title: title, description: description, groups: groups)
        var table = "<table class=\"data-table\"><caption>\(htmlEscape(text.text(.activityTableCaption)))</caption><thead><tr><th scope=\"col\">\(htmlEscape(text.text(.metricsTableFigure)))</th>"
        for m in report.comparedPeriods { table += "<th scope=\"col\" class=\"num\">\(htmlEscape(text.period(m.period)))</th>" }
        table += "</tr></thead><tbody>"
        for metric in Self.barMetrics {
            table += "<tr><th scope=\"row\">\(htmlEscape(text.name(metric)))</th>"
            for m in report.comparedPeriods { table += cell(text.value(m.value(metric), metric), m.value(metric)) }
            table += "</tr>"
        }
        table += "</tbody></table>"
        return "<figure class=\"chart-block\"><div class=\"chart-area\">\(svg)</div><div class=\"chart-data\">\(table)</div></figure>"
    }

    private func metricsTable() -> String {
        let current = text.period(report.period), p = text.period(report.previous.period), y = text.period(report.lastYear.period)
        func header(_ key: CatalogKey, _ values: [String: String] = [:]) -> String { htmlEscape(text.text(key, values)) }
        let caption = text.text(.metricsTableCaption, ["period": current])
        var html = "<table class=\"data-table metrics-table\"><caption>\(htmlEscape(caption))</caption><thead><tr>"
        html += "<th scope=\"col\">\(header(.metricsTableFigure))</th><th scope=\"col\" class=\"num\">\(htmlEscape(current))</th>"
        html += "<th scope=\"col\" class=\"num\">\(htmlEscape(p))</th><th scope=\"col\">\(header(.metricsTableChangeVersus, ["period": p]))</th>"
        html += "<th scope=\"col\" class=\"num\">\(htmlEscape(y))</th><th scope=\"col\">\(header(.metricsTableChangeVersus, ["period": y]))</th></tr></thead><tbody>"
        for metric in MetricName.allCases {
            html += "<tr><th scope=\"row\">\(htmlEscape(text.name(metric)))</th>"
            html += cell(text.valueWithLabel(report.current, metric), report.current.value(metric))
            html += cell(text.valueWithLabel(report.previous, metric), report.previous.value(metric))
            html += changeCell(text.change(in: report, metric, from: report.previous))
            html += cell(text.valueWithLabel(report.lastYear, metric), report.lastYear.value(metric))
            html += changeCell(text.change(in: report, metric, from: report.lastYear))
            html += "</tr>"
        }
        return scrollableTable(label: caption, html + "</tbody></table>")
    }

    func trendPoints(_ dimension: OutcomeDimension) -> [TrendPoint] {
        report.trends.filter { $0.dimension == dimension }.sorted { $0.period < $1.period }
    }

    private func trendChart(_ dimension: OutcomeDimension) -> String {
        let points = trendPoints(dimension)
        let described = text.facts.joined(points.map { text.text(.trendChartPoint, ["period": text.period($0.period), "value": text.plain($0.mean, places: 3, .other)]) })
        let svg = SVGChart.trendLine(
            id: "trend-\(dimension.rawValue)",
            title: text.text(.trendChartTitle, ["dimension": text.name(dimension)]),
            description: text.text(.trendChartDescription, ["first": points.first.map { text.period($0.period) } ?? "",
                                                             "last": points.last.map { text.period($0.period) } ?? "", "points": described]),
            seriesName: text.text(.trendSeriesName),
            points: points.map { SVGChart.Point(label: text.period($0.period), value: $0.mean) },
            text: text)
        let hidden = points.contains { $0.mean == .suppressed }
        let note = hidden ? "<figcaption class=\"chart-note\">\(htmlEscape(text.text(.trendGapNote, ["k": text.count(text.k)])))</figcaption>" : ""
        return "<figure class=\"chart-block\"><div class=\"chart-area\">\(svg)</div><div class=\"chart-data\">\(trendTableHTML(dimension, points))</div>\(note)</figure>"
    }

    private func trendTable(_ dimension: OutcomeDimension) -> String {
        scrollableTable(label: trendTableCaption(dimension), trendTableHTML(dimension, trendPoints(dimension)))
    }

    private func trendTableCaption(_ dimension: OutcomeDimension) -> String {
        text.text(.trendTableCaption, ["dimension": text.name(dimension)])
    }

    private func trendTableHTML(_ dimension: OutcomeDimension, _ points: [TrendPoint]) -> String {
        func header(_ key: CatalogKey) -> String { htmlEscape(text.text(key)) }
        var html = "<table class=\"data-table\"><caption>\(htmlEscape(trendTableCaption(dimension)))</caption><thead><tr>"
        html += "<th scope=\"col\">\(header(.trendPeriod))</th><th scope=\"col\" class=\"num\">\(header(.trendScores))</th><th scope=\"col\" class=\"num\">\(header(.trendParticipants))</th>"
        html += "<th scope=\"col\" class=\"num\">\(header(.trendMean))</th><th scope=\"col\" class=\"num\">\(header(.trendChange))</th></tr></thead><tbody>"
        for p in points {
            html += "<tr><th scope=\"row\">\(htmlEscape(text.period(p.period)))</th>"
            // Scores are answers, not people: only the participants column is a head count.
            html += cell(text.plain(p.scores, places: 0, .other), p.scores) + cell(text.plain(p.participants, places: 0, .headCount), p.participants)
            html += cell(text.plain(p.mean, places: 3, .other), p.mean)
            html += cell(text.trendChange(p.change), p.change) + "</tr>"
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
