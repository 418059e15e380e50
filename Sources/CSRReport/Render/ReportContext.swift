/// The values a Markdown template sees, built from a `TenantReport` as dictionaries, arrays,
/// strings and booleans only (no `Mirror`): every leaf is text we formatted or text from the
/// snapshot, and the Markdown content type escapes all of it. docs/rendering.md lists them.
///
/// ```swift
/// let context = ReportContext.report(report)          // ["company": ["name": ...], ...]
/// templates.report.render(context)
/// ```
enum ReportContext {
    static func report(_ report: TenantReport) -> [String: Any] {
        let text = FigureText(k: report.settings.minGroupSize)
        var context: [String: Any] = [
            "company": ["name": report.company.displayName, "id": report.company.publishedID],
            "period": periodContext(report.period),
            "previousPeriod": periodContext(report.previous.period),
            "lastYearPeriod": periodContext(report.lastYear.period),
            "k": "\(report.settings.minGroupSize)",
            "hasGenerated": report.generatedAt != nil,
            "generated": report.generatedAt?.date.iso8601 ?? "",
        ]
        let figures = MetricName.allCases.map { figureContext(report, $0, text) }
        context["figures"] = figures
        context["headline"] = ReportComponents.headline.map { figureContext(report, $0, text) }
        var byName: [String: Any] = [:]
        for (metric, figure) in zip(MetricName.allCases, figures) { byName[metric.rawValue] = figure }
        context["figure"] = byName

        context["sroi"] = sroiContext(report, text)
        context["valuation"] = valuationContext(report.current.sroi.valuation)
        let vis = report.current.value(.visScore)
        context["vis"] = [
            "score": text.value(vis, .visScore),
            "band": report.current.visBand?.rawValue ?? "",
            "shown": vis.number != nil,
            "suppressed": vis == .suppressed,
            "noData": vis == .noData,
            "changePrevious": text.change(in: report, .visScore, from: report.previous).words,
        ] as [String: Any]

        let components = ReportComponents(report: report)
        context["dimensions"] = OutcomeDimension.allCases.map { d -> [String: Any] in
            let points = components.trendPoints(d)
            let last = points.last
            return [
                "key": d.rawValue,
                "title": d.title,
                "hasData": points.contains { $0.mean.number != nil },
                "hasHidden": points.contains { $0.isSuppressed },
                "latestMean": last.map { text.plain($0.mean, places: 3) } ?? FigureText.noData,
                "latestParticipants": last.map { text.plain($0.participants, places: 0) } ?? FigureText.noData,
            ]
        }
        context["trendCount"] = "\(report.trendPeriods.count)"
        context["trendFirst"] = report.trendPeriods.first?.label ?? report.period.label
        context["trendLast"] = report.trendPeriods.last?.label ?? report.period.label

        let evidence = report.evidence
        let excerpts = evidence.excerpts.map { e -> [String: Any] in
            [
                "text": e.text,
                "dimension": e.dimension.title,
                "dimensionKey": e.dimension.rawValue,
                "score": formatFixed(e.score, places: 2),
                "confidence": e.confidence.map { formatFixed($0, places: 2) } ?? FigureText.noData,
                "attribution": e.attribution,
                "sourceType": e.sourceType.rawValue,
            ]
        }
        context["evidence"] = [
            "excerpts": excerpts,
            "hasExcerpts": !excerpts.isEmpty,
            "withheldForSafety": "\(evidence.withheldForSafety)",
            "hasWithheldForSafety": evidence.withheldForSafety > 0,
            "duplicatesRemoved": "\(evidence.duplicatesRemoved)",
            "hasDuplicatesRemoved": evidence.duplicatesRemoved > 0,
            "withheldForSmallNumbers": evidence.withheldForSmallNumbers,
            "hasWithheldAsUnfit": !evidence.withheldAsUnfit.isEmpty,
            "withheldAsUnfit": "\(evidence.withheldAsUnfit.values.reduce(0, +))",
            "withheldAsUnfitReasons": evidence.withheldAsUnfit.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: " and "),
            "perDimension": "\(report.settings.excerptsPerDimension)",
        ] as [String: Any]

        let suppressed = report.comparedPeriods.flatMap { m in m.suppressed.map { ["figure": $0.title, "period": m.period.label] } }
        context["suppressed"] = suppressed
        context["hasSuppressed"] = !suppressed.isEmpty
        let hiddenTrendRows = report.trends.filter(\.isSuppressed).count
        context["hiddenTrendRows"] = "\(hiddenTrendRows)"
        context["hasHiddenTrendRows"] = hiddenTrendRows > 0
        // Findings are counts per table and column; example row ids stay out of client files.
        let findings = report.findings.map { f -> [String: Any] in
            ["severity": f.severity.rawValue, "table": f.table, "column": f.column, "problem": f.problem, "count": "\(f.count)", "isError": f.severity == .error]
        }
        context["findings"] = findings
        context["hasFindings"] = !findings.isEmpty
        return context
    }

    static func periodContext(_ period: Period) -> [String: Any] {
        ["label": period.label, "start": period.start.iso8601, "end": period.lastDayISO]
    }

    /// The SROI headline and its explanation (spec 5); the wording lives in the templates.
    private static func sroiContext(_ report: TenantReport, _ text: FigureText) -> [String: Any] {
        let sroi = report.current.sroi
        let ratio = sroi.ratio.number
        let widest = sroi.sensitivityBySwing.first
        let notValued = OutcomeDimension.allCases.filter { sroi.valuation.outcomes[$0] == nil }
        return [
            "ratio": text.value(sroi.ratio, .sroiRatio),
            "value": text.number(sroi.ratio, .sroiRatio) ?? "",
            "shown": ratio != nil,
            "suppressed": sroi.ratio == .suppressed,
            "noData": sroi.ratio == .noData,
            "atLeastOne": ratio.map { $0 >= 1 } ?? false,
            "belowOne": ratio.map { $0 < 1 } ?? false,
            "rangeReachesBelowOne": (ratio.map { $0 >= 1 } ?? false) && (sroi.low.number.map { $0 < 1 } ?? false),
            "low": text.value(sroi.low, .sroiRatio),
            "high": text.value(sroi.high, .sroiRatio),
            "hasRange": sroi.low.number != nil && sroi.high.number != nil,
            "changePrevious": text.change(in: report, .sroiRatio, from: report.previous).words,
            "changeLastYear": text.change(in: report, .sroiRatio, from: report.lastYear).words,
            "gross": text.money(sroi.gross, sroi.valuation.currency),
            "net": text.money(sroi.net, sroi.valuation.currency),
            "investment": text.money(sroi.investment, sroi.valuation.currency),
            "hourValue": text.money(sroi.hourValue, sroi.valuation.currency),
            "hourValueShown": sroi.hourValue.number != nil,
            "hourValueFromCountry": sroi.hourValueCountry != nil,
            "hourValueCountry": sroi.hourValueCountry ?? "",
            "companyCountry": (report.company.country ?? "").trimmingCharacters(in: .whitespaces),
            "hasCompanyCountry": !(report.company.country ?? "").trimmingCharacters(in: .whitespaces).isEmpty,
            "widest": widest?.assumption.title.lowercased() ?? "",
            "widestLeast": widest.map { text.value($0.leastFavourable, .sroiRatio) } ?? "",
            "widestMost": widest.map { text.value($0.mostFavourable, .sroiRatio) } ?? "",
            "notValued": notValued.enumerated().map { i, d in ["title": d.title, "key": d.rawValue, "last": i == notValued.count - 1] },
            "hasNotValued": !notValued.isEmpty,
        ]
    }

    /// The value set used: where it comes from, its numbers and every source.
    private static func valuationContext(_ v: Valuation) -> [String: Any] {
        func bounds(_ a: ValuationAssumption) -> [String: Any] {
            ["central": FigureText.percent(a.bounds(in: v).central), "least": FigureText.percent(a.leastFavourable(in: v)),
             "most": FigureText.percent(a.mostFavourable(in: v))]
        }
        var origin: [String: Any] = ["builtIn": v.origin == .builtIn, "fromFile": v.origin != .builtIn]
        if case .file(let name, let sha256) = v.origin {
            origin["fileName"] = name
            origin["fileSha256"] = sha256
        }
        // Sources in the order of the file's keys, then any others alphabetically.
        let order = ValuationFile.topLevelKeys
        let sources = v.sources.keys.sorted { a, b in
            let ia = order.firstIndex { a == $0 || a.hasPrefix("\($0).") } ?? order.count
            let ib = order.firstIndex { b == $0 || b.hasPrefix("\($0).") } ?? order.count
            return ia != ib ? ia < ib : a < b
        }.map { ["key": $0, "text": v.sources[$0] ?? ""] }
        return [
            "currency": v.currency,
            "priceYear": "\(v.priceYear)",
            "origin": origin,
            "hourValueDefault": "\(formatFixed(v.hourValue, places: 2)) \(v.currency)",
            "countryCount": "\(v.hourValueByCountry.count)",
            "costPerParticipant": "\(formatFixed(v.costPerParticipant, places: 2)) \(v.currency)",
            "hasProgrammeCost": v.costPerParticipant > 0,
            "deadweight": bounds(.deadweight),
            "attribution": bounds(.attribution),
            "displacement": bounds(.displacement),
            "discountRate": bounds(.discountRate),
            "outcomes": v.valuedDimensions.map { d -> [String: Any] in
                let o = v.outcomes[d]!
                return ["dimension": d.title, "key": d.rawValue, "valuePerPointYear": "\(formatFixed(o.valuePerPointYear, places: 2)) \(v.currency)",
                        "durationYears": "\(o.durationYears)", "dropOff": FigureText.percent(o.dropOff)]
            },
            "sources": sources,
        ]
    }

    private static func figureContext(_ report: TenantReport, _ metric: MetricName, _ text: FigureText) -> [String: Any] {
        let value = report.current.value(metric)
        let previous = text.change(in: report, metric, from: report.previous)
        let lastYear = text.change(in: report, metric, from: report.lastYear)
        return [
            "key": metric.rawValue,
            "title": metric.title,
            "value": text.valueWithLabel(report.current, metric),
            "previous": text.valueWithLabel(report.previous, metric),
            "lastYear": text.valueWithLabel(report.lastYear, metric),
            "changePrevious": previous.words,
            "changeLastYear": lastYear.words,
            "changePreviousShort": previous.short,
            "changeLastYearShort": lastYear.short,
            "suppressed": value == .suppressed,
            "noData": value == .noData,
        ]
    }
}
