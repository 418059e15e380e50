/// The SROI components (spec 5): the workings table (`sroi-table`) and the sensitivity
/// (`sroi-sensitivity`: an SVG swing chart with its table in the report, coloured table cells in
/// the email, lines in email.txt). Every text goes through `htmlEscape`; values that are
/// suppressed read "fewer than k" and are never drawn.
struct SROIComponents {
    let report: TenantReport
    let text: FigureText

    init(report: TenantReport) {
        self.report = report
        self.text = FigureText(k: report.settings.minGroupSize)
    }

    private var sroi: SROIResult { report.current.sroi }
    private var valuation: Valuation { sroi.valuation }

    // MARK: index.html

    /// What was valued per dimension, the totals, the improvers, the adjustments.
    func workingsHTML() -> String {
        let currency = valuation.currency
        var html = "<div class=\"table-wrap\"><table class=\"data-table sroi-table\"><caption>What was valued in \(htmlEscape(report.period.label))</caption><thead><tr>"
        html += "<th scope=\"col\">Outcome</th><th scope=\"col\" class=\"num\">Summed change (0–1)</th><th scope=\"col\" class=\"num\">Value per point-year</th>"
        html += "<th scope=\"col\" class=\"num\">Duration</th><th scope=\"col\" class=\"num\">Drop-off</th><th scope=\"col\" class=\"num\">Present-value factor</th><th scope=\"col\" class=\"num\">Value</th></tr></thead><tbody>"
        if sroi.dimensions.isEmpty {
            html += "<tr><td colspan=\"7\">No outcome is valued in this valuation.</td></tr>"
        }
        for d in sroi.dimensions {
            html += "<tr><th scope=\"row\">\(htmlEscape(d.dimension.title))</th>"
            html += cell(text.plain(d.totalChange, places: 3), d.totalChange)
            html += numberCell("\(formatFixed(d.valuePerPointYear, places: 2)) \(currency)")
            html += numberCell(d.durationYears == 1 ? "1 year" : "\(d.durationYears) years")
            html += numberCell(FigureText.percent(d.dropOff))
            html += numberCell(formatFixed(d.pvFactor, places: 4))
            html += cell(text.money(d.value, currency), d.value) + "</tr>"
        }
        html += "</tbody><tbody class=\"totals\">"
        let blank = "<td></td><td></td><td></td><td></td><td></td>"
        html += "<tr><th scope=\"row\">Gross present value</th>\(blank)\(cell(text.money(sroi.gross, currency), sroi.gross))</tr>"
        html += "<tr><th scope=\"row\">Net value after deadweight, attribution and displacement</th>\(blank)\(cell(text.money(sroi.net, currency), sroi.net))</tr>"
        html += "<tr><th scope=\"row\">Investment (volunteer hours × hour value + participants × cost per participant)</th>\(blank)\(cell(text.money(sroi.investment, currency), sroi.investment))</tr>"
        html += "<tr><th scope=\"row\">SROI ratio</th>\(blank)\(cell(text.value(sroi.ratio, .sroiRatio), sroi.ratio))</tr>"
        html += "</tbody></table></div>"

        html += "<div class=\"table-wrap\"><table class=\"data-table sroi-improvers\"><caption>Participants whose score rose in \(htmlEscape(report.period.label)), by outcome</caption><thead><tr>"
        html += "<th scope=\"col\">Outcome</th><th scope=\"col\" class=\"num\">Improvers</th><th scope=\"col\">In the SROI value</th></tr></thead><tbody>"
        for (dimension, count) in sroi.improvers {
            html += "<tr><th scope=\"row\">\(htmlEscape(dimension.title))</th>\(cell(text.plain(count, places: 0), count))"
            html += "<td>\(valuation.outcomes[dimension] != nil ? "valued" : "counted, not valued")</td></tr>"
        }
        html += "</tbody></table></div>"

        html += "<div class=\"table-wrap\"><table class=\"data-table sroi-adjustments\"><caption>Adjustments and discount rate</caption><thead><tr>"
        html += "<th scope=\"col\">Assumption</th><th scope=\"col\" class=\"num\">Used</th><th scope=\"col\" class=\"num\">Least favourable</th><th scope=\"col\" class=\"num\">Most favourable</th></tr></thead><tbody>"
        for assumption in ValuationAssumption.allCases {
            html += "<tr><th scope=\"row\">\(htmlEscape(assumption.title))</th>"
            html += numberCell(FigureText.percent(assumption.bounds(in: valuation).central))
            html += numberCell(FigureText.percent(assumption.leastFavourable(in: valuation)))
            html += numberCell(FigureText.percent(assumption.mostFavourable(in: valuation))) + "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// The swing chart and its table, widest swing first.
    func sensitivityHTML() -> String {
        let rows = sroi.sensitivityBySwing
        var table = "<table class=\"data-table sroi-sensitivity\"><caption>The ratio with one assumption moved, widest swing first</caption><thead><tr>"
        table += "<th scope=\"col\">Assumption</th><th scope=\"col\" class=\"num\">Least favourable</th><th scope=\"col\" class=\"num\">Ratio</th>"
        table += "<th scope=\"col\" class=\"num\">Most favourable</th><th scope=\"col\" class=\"num\">Ratio</th><th scope=\"col\" class=\"num\">Swing</th></tr></thead><tbody>"
        for row in rows {
            table += "<tr><th scope=\"row\">\(htmlEscape(row.assumption.title))</th>"
            table += numberCell(FigureText.percent(row.assumption.leastFavourable(in: valuation)))
            table += cell(text.value(row.leastFavourable, .sroiRatio), row.leastFavourable)
            table += numberCell(FigureText.percent(row.assumption.mostFavourable(in: valuation)))
            table += cell(text.value(row.mostFavourable, .sroiRatio), row.mostFavourable)
            let swing = swingValue(row)
            table += cell(text.plain(swing, places: 2), swing) + "</tr>"
        }
        table += "</tbody></table>"
        guard let central = sroi.ratio.number else {
            return "<div class=\"table-wrap\">\(table)</div>"
        }
        let bars = rows.compactMap { row -> SVGChart.SwingBar? in
            guard let least = row.leastFavourable.number, let most = row.mostFavourable.number else { return nil }
            let bounds = "\(FigureText.percent(row.assumption.leastFavourable(in: valuation))) to \(FigureText.percent(row.assumption.mostFavourable(in: valuation)))"
            return SVGChart.SwingBar(label: row.assumption.title, detail: bounds, least: least, most: most,
                                     leastText: text.value(row.leastFavourable, .sroiRatio), mostText: text.value(row.mostFavourable, .sroiRatio))
        }
        let description = "SROI ratio \(text.value(sroi.ratio, .sroiRatio)) at the central assumptions. " + rows.map { row in
            "\(row.assumption.title): \(text.value(row.leastFavourable, .sroiRatio)) at its least favourable bound, \(text.value(row.mostFavourable, .sroiRatio)) at its most favourable"
        }.joined(separator: "; ") + "."
        let svg = SVGChart.swingBars(id: "sroi-sensitivity", title: "How far the SROI ratio moves with each assumption (\(report.period.label))",
                                     description: description, central: central, centralText: "central \(text.value(sroi.ratio, .sroiRatio))", bars: bars)
        return "<figure class=\"chart-block\"><div class=\"chart-area\">\(svg)</div><div class=\"chart-data\">\(table)</div></figure>"
    }

    // MARK: email.html and email.txt

    func sensitivityEmailHTML() -> String {
        let rows = sroi.sensitivityBySwing
        let widest = rows.compactMap { swingValue($0).number }.max() ?? 0
        let font = EmailComponents.font
        var html = "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;border-collapse:collapse;margin:0 0 20px;\">"
        html += "<tr><td colspan=\"3\" style=\"\(font)padding:6px 0;font-size:12px;color:#5b6675;\">The SROI ratio with one assumption moved to its least and its most favourable bound, widest swing first.</td></tr>"
        for row in rows {
            let swing = swingValue(row)
            html += "<tr><td style=\"\(font)width:120px;padding:4px 8px 4px 0;font-size:13px;color:#1d2733;white-space:nowrap;\">\(htmlEscape(row.assumption.title))</td><td style=\"padding:4px 0;\">"
            if let s = swing.number, widest > 0, s > 0 {
                let percent = max(1, min(100, Int((s / widest * 100).rounded())))
                html += "<table role=\"presentation\" width=\"\(percent)%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:\(percent)%;border-collapse:collapse;\"><tr><td height=\"14\" bgcolor=\"#7d9fb8\" style=\"height:14px;background-color:#7d9fb8;font-size:1px;line-height:1px;\">&nbsp;</td></tr></table>"
            }
            html += "</td><td style=\"\(font)width:190px;padding:4px 0 4px 8px;font-size:13px;color:#1d2733;text-align:right;white-space:nowrap;\">"
            html += "\(htmlEscape("\(text.value(row.leastFavourable, .sroiRatio)) to \(text.value(row.mostFavourable, .sroiRatio))"))</td></tr>"
        }
        return html + "</table>"
    }

    func sensitivityText() -> String {
        sroi.sensitivityBySwing.map { row in
            "  \(row.assumption.title): \(text.value(row.leastFavourable, .sroiRatio)) to \(text.value(row.mostFavourable, .sroiRatio))"
        }.joined(separator: "\n")
    }

    // MARK: helpers

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
