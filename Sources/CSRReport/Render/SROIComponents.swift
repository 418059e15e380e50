/// The SROI components (spec 5): the workings table (`sroi-table`) and the sensitivity
/// (`sroi-sensitivity`: an SVG swing chart with its table in the report, coloured table cells in
/// the email, lines in email.txt). Every text goes through `htmlEscape`; values that are
/// suppressed read "not shown (fewer than k people)" ("fewer than k" for the improvers, who
/// are people) and are never drawn.
struct SROIComponents {
    let report: TenantReport
    let text: FigureText

    init(report: TenantReport, text: FigureText) {
        self.report = report
        self.text = text
    }

    private var sroi: SROIResult { report.current.sroi }
    private var valuation: Valuation { sroi.valuation }

    // MARK: index.html

    /// What was valued per dimension, the totals, the improvers, the adjustments.
    func workingsHTML() -> String {
        let currency = valuation.currency
        let period = text.period(report.period)
        let valuedCaption = text.text(.sroiTableCaption, ["period": period])
        var html = "<table class=\"data-table sroi-table\"><caption>\(htmlEscape(valuedCaption))</caption><thead><tr>"
        html += "<th scope=\"col\">\(words(.sroiTableOutcome))</th><th scope=\"col\" class=\"num\">\(words(.sroiTableSummedChange))</th><th scope=\"col\" class=\"num\">\(words(.sroiTableValuePerPointYear))</th>"
        html += "<th scope=\"col\" class=\"num\">\(words(.sroiTableDuration))</th><th scope=\"col\" class=\"num\">\(words(.sroiTableDropOff))</th><th scope=\"col\" class=\"num\">\(words(.sroiTablePresentValueFactor))</th><th scope=\"col\" class=\"num\">\(words(.sroiTableValue))</th></tr></thead><tbody>"
        if sroi.dimensions.isEmpty {
            html += "<tr><td colspan=\"7\">\(words(.sroiTableNothingValued))</td></tr>"
        }
        for d in sroi.dimensions {
            html += "<tr><th scope=\"row\">\(htmlEscape(text.name(d.dimension)))</th>"
            html += cell(text.plain(d.totalChange, places: 3, .other), d.totalChange)
            html += numberCell(text.money(d.valuePerPointYear, currency))
            html += numberCell(text.text(.valueYears, ["count": text.count(d.durationYears)], count: d.durationYears))
            html += numberCell(text.percent(d.dropOff))
            html += numberCell(text.number(d.pvFactor, places: 4))
            html += cell(text.money(d.value, currency), d.value) + "</tr>"
        }
        html += "</tbody><tbody class=\"totals\">"
        let blank = "<td></td><td></td><td></td><td></td><td></td>"
        html += "<tr><th scope=\"row\">\(words(.sroiTableGross))</th>\(blank)\(cell(text.money(sroi.gross, currency), sroi.gross))</tr>"
        html += "<tr><th scope=\"row\">\(words(.sroiTableNet))</th>\(blank)\(cell(text.money(sroi.net, currency), sroi.net))</tr>"
        html += "<tr><th scope=\"row\">\(words(.sroiTableInvestment))</th>\(blank)\(cell(text.money(sroi.investment, currency), sroi.investment))</tr>"
        html += "<tr><th scope=\"row\">\(htmlEscape(text.name(.sroiRatio)))</th>\(blank)\(cell(text.value(sroi.ratio, .sroiRatio), sroi.ratio))</tr>"
        html += "</tbody></table>"
        var tables = scrollableTable(label: valuedCaption, html)

        let improversCaption = text.text(.sroiTableImproversCaption, ["period": period])
        html = "<table class=\"data-table sroi-improvers\"><caption>\(htmlEscape(improversCaption))</caption><thead><tr>"
        html += "<th scope=\"col\">\(words(.sroiTableOutcome))</th><th scope=\"col\" class=\"num\">\(words(.sroiTableImprovers))</th><th scope=\"col\">\(words(.sroiTableInSROIValue))</th></tr></thead><tbody>"
        for (dimension, count) in sroi.improvers {
            html += "<tr><th scope=\"row\">\(htmlEscape(text.name(dimension)))</th>\(cell(text.plain(count, places: 0, .headCount), count))"
            html += "<td>\(words(valuation.outcomes[dimension] != nil ? .sroiTableValued : .sroiTableNotValued))</td></tr>"
        }
        html += "</tbody></table>"
        tables += scrollableTable(label: improversCaption, html)

        let adjustmentsCaption = text.text(.sroiTableAdjustmentsCaption)
        html = "<table class=\"data-table sroi-adjustments\"><caption>\(htmlEscape(adjustmentsCaption))</caption><thead><tr>"
        html += "<th scope=\"col\">\(words(.sroiTableAssumption))</th><th scope=\"col\" class=\"num\">\(words(.sroiTableUsed))</th><th scope=\"col\" class=\"num\">\(words(.sroiTableLeastFavourable))</th><th scope=\"col\" class=\"num\">\(words(.sroiTableMostFavourable))</th></tr></thead><tbody>"
        for assumption in ValuationAssumption.allCases {
            html += "<tr><th scope=\"row\">\(htmlEscape(text.name(assumption)))</th>"
            html += numberCell(text.percent(assumption.bounds(in: valuation).central))
            html += numberCell(text.percent(assumption.leastFavourable(in: valuation)))
            html += numberCell(text.percent(assumption.mostFavourable(in: valuation))) + "</tr>"
        }
        return tables + scrollableTable(label: adjustmentsCaption, html + "</tbody></table>")
    }

    /// The swing chart and its table, widest swing first.
    func sensitivityHTML() -> String {
        let rows = sroi.sensitivityBySwing
        let caption = text.text(.sensitivityTableCaption)
        var table = "<table class=\"data-table sroi-sensitivity\"><caption>\(htmlEscape(caption))</caption><thead><tr>"
        table += "<th scope=\"col\">\(words(.sroiTableAssumption))</th><th scope=\"col\" class=\"num\">\(words(.sroiTableLeastFavourable))</th><th scope=\"col\" class=\"num\">\(words(.sensitivityRatio))</th>"
        table += "<th scope=\"col\" class=\"num\">\(words(.sroiTableMostFavourable))</th><th scope=\"col\" class=\"num\">\(words(.sensitivityRatio))</th><th scope=\"col\" class=\"num\">\(words(.sensitivitySwing))</th></tr></thead><tbody>"
        for row in rows {
            table += "<tr><th scope=\"row\">\(htmlEscape(text.name(row.assumption)))</th>"
            table += numberCell(text.percent(row.assumption.leastFavourable(in: valuation)))
            table += cell(text.value(row.leastFavourable, .sroiRatio), row.leastFavourable)
            table += numberCell(text.percent(row.assumption.mostFavourable(in: valuation)))
            table += cell(text.value(row.mostFavourable, .sroiRatio), row.mostFavourable)
            let swing = swingValue(row)
            table += cell(text.plain(swing, places: 2, .other), swing) + "</tr>"
        }
        table += "</tbody></table>"
        guard let central = sroi.ratio.number else {
            return scrollableTable(label: caption, table)
        }
        let bars = rows.compactMap { row -> SVGChart.SwingBar? in
            guard let least = row.leastFavourable.number, let most = row.mostFavourable.number else { return nil }
            let bounds = text.text(.valueRange, ["low": text.percent(row.assumption.leastFavourable(in: valuation)),
                                                 "high": text.percent(row.assumption.mostFavourable(in: valuation))])
            return SVGChart.SwingBar(label: text.name(row.assumption), detail: bounds, least: least, most: most,
                                     leastText: text.value(row.leastFavourable, .sroiRatio), mostText: text.value(row.mostFavourable, .sroiRatio))
        }
        let ratio = text.value(sroi.ratio, .sroiRatio)
        // The rows form one sentence: the first name opens it, the others stand inside it.
        let description = text.text(.sensitivityChartDescription, ["ratio": ratio, "rows": text.facts.joined(rows.enumerated().map { index, row in
            text.text(.sensitivityChartRow, ["assumption": index == 0 ? text.name(row.assumption) : text.nameInSentence(row.assumption),
                                              "least": text.value(row.leastFavourable, .sroiRatio),
                                              "most": text.value(row.mostFavourable, .sroiRatio)])
        }, clauses: true)])
        let svg = SVGChart.swingBars(id: "sroi-sensitivity", title: text.text(.sensitivityChartTitle, ["period": text.period(report.period)]),
                                     description: description, central: central, centralText: text.text(.sensitivityCentral, ["ratio": ratio]), bars: bars)
        return "<figure class=\"chart-block\"><div class=\"chart-area\">\(svg)</div><div class=\"chart-data\">\(table)</div></figure>"
    }

    // MARK: email.html and email.txt

    func sensitivityEmailHTML() -> String {
        let rows = sroi.sensitivityBySwing
        let widest = rows.compactMap { swingValue($0).number }.max() ?? 0
        let font = EmailComponents.font
        var html = "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;border-collapse:collapse;margin:0 0 20px;\">"
        html += "<tr><td colspan=\"3\" style=\"\(font)padding:6px 0;font-size:12px;color:#5b6675;\">\(words(.sensitivityEmailIntro))</td></tr>"
        for row in rows {
            let swing = swingValue(row)
            html += "<tr><td style=\"\(font)width:120px;padding:4px 8px 4px 0;font-size:13px;color:#1d2733;white-space:nowrap;\">\(htmlEscape(text.name(row.assumption)))</td><td style=\"padding:4px 0;\">"
            if let s = swing.number, widest > 0, s > 0 {
                let percent = max(1, min(100, Int((s / widest * 100).rounded())))
                html += "<table role=\"presentation\" width=\"\(percent)%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:\(percent)%;border-collapse:collapse;\"><tr><td height=\"14\" bgcolor=\"#7d9fb8\" style=\"height:14px;background-color:#7d9fb8;font-size:1px;line-height:1px;\">&nbsp;</td></tr></table>"
            }
            html += "</td><td style=\"\(font)width:190px;padding:4px 0 4px 8px;font-size:13px;color:#1d2733;text-align:right;white-space:nowrap;\">"
            html += "\(htmlEscape(range(row)))</td></tr>"
        }
        return html + "</table>"
    }

    func sensitivityText() -> String {
        sroi.sensitivityBySwing.map { row in
            "  " + text.text(.valueLabelValue, ["label": text.name(row.assumption), "value": range(row)])
        }.joined(separator: "\n")
    }

    // MARK: helpers

    /// "3.10 : 1 to 5.42 : 1": the ratio at the least and at the most favourable bound.
    private func range(_ row: SROIResult.Sensitivity) -> String {
        text.text(.valueRange, ["low": text.value(row.leastFavourable, .sroiRatio), "high": text.value(row.mostFavourable, .sroiRatio)])
    }

    /// A catalog text, escaped for HTML.
    private func words(_ key: CatalogKey, _ values: [String: String] = [:]) -> String {
        htmlEscape(text.text(key, values))
    }

    /// The width of the swing at the shown rounding (most favourable minus least favourable).
    private func swingValue(_ row: SROIResult.Sensitivity) -> FigureValue {
        switch (row.leastFavourable, row.mostFavourable) {
        case (.value(let l), .value(let m)): .value(roundHalfAwayFromZero(abs(m - l), places: 2))
        case (.suppressed, _), (_, .suppressed): .suppressed
        default: .noData
        }
    }

    private func cell(_ display: String, _ value: FigureValue) -> String { ReportComponents.cell(display, value) }

    private func numberCell(_ display: String) -> String {
        "<td class=\"num\">\(htmlEscape(display))</td>"
    }
}
