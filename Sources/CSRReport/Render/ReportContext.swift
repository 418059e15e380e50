/// The values a Markdown template sees, built from a `TenantReport` as dictionaries, arrays,
/// strings and booleans only (no `Mirror`): every leaf is text we formatted in the report's
/// language or text from the snapshot, and the Markdown content type escapes all of it.
/// docs/rendering.md lists them.
///
/// ```swift
/// let context = ReportContext.report(report, text: FigureText(k: 5, catalog: catalog))   // ["company": ["name": ...], ...]
/// language.report.render(context)
/// ```
enum ReportContext {
    static func report(_ report: TenantReport, text: FigureText) -> [String: Any] {
        var context: [String: Any] = [
            "company": ["name": report.company.displayName, "id": report.company.publishedID],
            "period": periodContext(report.period, text),
            "previousPeriod": periodContext(report.previous.period, text),
            "lastYearPeriod": periodContext(report.lastYear.period, text),
            "k": text.count(report.settings.minGroupSize),
            "hasGenerated": report.generatedAt != nil,
            "generated": report.generatedAt.map { text.date($0.date) } ?? "",
            "bands": ["exceptional": text.name(VISBand.exceptional), "highImpact": text.name(VISBand.highImpact),
                      "contributing": text.name(VISBand.contributing), "emerging": text.name(VISBand.emerging)],
        ]
        let figures = MetricName.allCases.map { figureContext(report, $0, text) }
        context["figures"] = figures
        context["headline"] = ReportComponents.headline.map { figureContext(report, $0, text) }
        var byName: [String: Any] = [:]
        for (metric, figure) in zip(MetricName.allCases, figures) { byName[metric.rawValue] = figure }
        context["figure"] = byName

        context["sroi"] = sroiContext(report, text)
        context["valuation"] = valuationContext(report.current.sroi.valuation, text)
        let vis = report.current.value(.visScore)
        context["vis"] = [
            "score": text.value(vis, .visScore),
            "band": report.current.visBand.map { text.name($0) } ?? "",
            "shown": vis.number != nil,
            "suppressed": vis == .suppressed,
            "noData": vis == .noData,
            "changePrevious": text.change(in: report, .visScore, from: report.previous).words,
        ] as [String: Any]

        let components = ReportComponents(report: report, text: text)
        context["dimensions"] = OutcomeDimension.allCases.map { d -> [String: Any] in
            let points = components.trendPoints(d)
            let last = points.last
            return [
                "key": d.rawValue,
                "title": text.name(d),
                "titleInSentence": text.nameInSentence(d),
                "hasData": points.contains { $0.mean.number != nil },
                "hasHidden": points.contains { $0.isSuppressed },
                "latestMean": last.map { text.plain($0.mean, places: 3, .other) } ?? text.noData,
                "latestParticipants": last.map { text.plain($0.participants, places: 0, .headCount) } ?? text.noData,
            ]
        }
        context["trendCount"] = text.count(report.trendPeriods.count)
        // trendFirst/trendLast keep the short table form: templates put them after "from ... to",
        // which governs a case in Polish and Ukrainian that an abbreviation ("III kw. 2025")
        // does not show but a prose form ("III kwartał 2025") would get wrong.
        let trendFirst = report.trendPeriods.first ?? report.period, trendLast = report.trendPeriods.last ?? report.period
        context["trendFirst"] = text.period(trendFirst)
        context["trendLast"] = text.period(trendLast)
        context["trendFirstText"] = text.periodInText(trendFirst)
        context["trendLastText"] = text.periodInText(trendLast)

        let evidence = report.evidence
        let unfit = evidence.withheldAsUnfit.values.reduce(0, +)
        let unfitReasons = text.catalog.list(evidence.withheldAsUnfit.sorted { $0.key < $1.key }.map {
            text.text(.sentenceUnfitReasonCount, ["reason": text.text(.unfitReason($0.key)), "count": text.count($0.value)])
        })
        let excerpts = evidence.excerpts.map { e -> [String: Any] in
            [
                "text": e.text,
                "dimension": text.name(e.dimension),
                "dimensionKey": e.dimension.rawValue,
                "score": text.number(e.score, places: 2),
                "confidence": e.confidence.map { text.number($0, places: 2) } ?? text.noData,
                "attribution": text.text(.attribution(e.sourceType)),
                "sourceType": e.sourceType.rawValue,
            ]
        }
        context["evidence"] = [
            "excerpts": excerpts,
            "hasExcerpts": !excerpts.isEmpty,
            "withheldForSafety": text.count(evidence.withheldForSafety),
            "hasWithheldForSafety": evidence.withheldForSafety > 0,
            "withheldForSafetySentence": text.text(.sentenceWithheldForSafety, ["count": text.count(evidence.withheldForSafety)], count: evidence.withheldForSafety),
            "duplicatesRemoved": text.count(evidence.duplicatesRemoved),
            "hasDuplicatesRemoved": evidence.duplicatesRemoved > 0,
            "withheldForSmallNumbers": evidence.withheldForSmallNumbers,
            "hasWithheldAsUnfit": !evidence.withheldAsUnfit.isEmpty,
            "withheldAsUnfit": text.count(unfit),
            "withheldAsUnfitReasons": unfitReasons,
            "withheldAsUnfitSentence": text.text(.sentenceWithheldAsUnfit, ["count": text.count(unfit), "reasons": unfitReasons], count: unfit),
            "perDimension": text.count(report.settings.excerptsPerDimension),
        ] as [String: Any]

        let suppressed = report.comparedPeriods.flatMap { m in m.suppressed.map { ["figure": text.name($0), "period": text.periodInText(m.period)] } }
        context["suppressed"] = suppressed
        context["hasSuppressed"] = !suppressed.isEmpty
        let hiddenTrendRows = report.trends.filter(\.isSuppressed).count
        context["hiddenTrendRows"] = text.count(hiddenTrendRows)
        context["hasHiddenTrendRows"] = hiddenTrendRows > 0
        context["hiddenTrendRowsSentence"] = text.text(.sentenceHiddenTrendRows, ["count": text.count(hiddenTrendRows)], count: hiddenTrendRows)
        // Findings are counts per table and column; example row ids stay out of client files.
        let findings = report.findings.map { f -> [String: Any] in
            ["severity": f.severity.rawValue, "table": f.table, "column": f.column,
             "problem": ReportedProblem(rawValue: f.problem).map { text.text(.problem($0)) } ?? f.problem,
             "count": text.count(f.count), "isError": f.severity == .error]
        }
        context["findings"] = findings
        context["hasFindings"] = !findings.isEmpty
        return context
    }

    /// A period as the templates' prose names it ("3. Quartal 2025"); tables and charts, built
    /// in code, use the table form.
    static func periodContext(_ period: Period, _ text: FigureText) -> [String: Any] {
        ["label": text.periodInText(period), "tableLabel": text.period(period), "start": text.date(period.start), "end": text.date(period.lastDay)]
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
            "widest": widest.map { text.text(.assumptionInSentence($0.assumption)) } ?? "",
            "widestLeast": widest.map { text.value($0.leastFavourable, .sroiRatio) } ?? "",
            "widestMost": widest.map { text.value($0.mostFavourable, .sroiRatio) } ?? "",
            "notValued": notValued.enumerated().map { i, d in
                ["title": text.name(d), "titleInSentence": text.nameInSentence(d), "key": d.rawValue, "last": i == notValued.count - 1]
            },
            "notValuedList": text.catalog.list(notValued.map { text.nameInSentence($0) }),
            "hasNotValued": !notValued.isEmpty,
        ]
    }

    /// The value set used: where it comes from, its numbers and every source.
    private static func valuationContext(_ v: Valuation, _ text: FigureText) -> [String: Any] {
        func bounds(_ a: ValuationAssumption) -> [String: Any] {
            ["central": text.percent(a.bounds(in: v).central), "least": text.percent(a.leastFavourable(in: v)),
             "most": text.percent(a.mostFavourable(in: v))]
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
        }.map { key -> [String: Any] in
            // `key` is the name a reader sees (templates of every language use {{key}});
            // `machineKey` is the valuation file's own (`outcomes.well_being`).
            ["key": ValuationSourceGroup.label(key, text.catalog), "machineKey": key,
             "text": ValuationSourceGroup.text(key, shown: v.sources[key] ?? "", text.catalog)]
        }
        return [
            "currency": v.currency,
            "priceYear": "\(v.priceYear)",   // a year, written without grouping in every language
            "origin": origin,
            "hourValueDefault": text.money(v.hourValue, v.currency),
            "countryCount": text.count(v.hourValueByCountry.count),
            "costPerParticipant": text.money(v.costPerParticipant, v.currency),
            "hasProgrammeCost": v.costPerParticipant > 0,
            "deadweight": bounds(.deadweight),
            "attribution": bounds(.attribution),
            "displacement": bounds(.displacement),
            "discountRate": bounds(.discountRate),
            "outcomes": v.valuedDimensions.compactMap { d -> [String: Any]? in
                guard let o = v.outcomes[d] else { return nil }
                return ["dimension": text.name(d), "dimensionInSentence": text.nameInSentence(d), "key": d.rawValue, "valuePerPointYear": text.money(o.valuePerPointYear, v.currency),
                        "durationYears": text.count(o.durationYears), "dropOff": text.percent(o.dropOff)]
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
            "title": text.name(metric),
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
