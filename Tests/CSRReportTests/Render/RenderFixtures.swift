@testable import CSRReport

/// Hand-built reports for the Render tests: a typical tenant, a hostile one (every text a
/// snapshot could carry is an attack), a small one (suppressed figures, gaps), a large one.
enum RenderFixtures {
    static let period = Period.quarter(2025, 3)

    static func metrics(_ period: Period, scale: Double, suppressed: Set<MetricName> = [], noData: Set<MetricName> = [], currency: String = "EUR",
                        sroiRatio: Double = 4.27, valuation baseValuation: Valuation = .builtIn, country: String? = "no") -> PeriodMetrics {
        let base: [MetricName: Double] = [
            .participantsCount: 148, .volunteersCount: 37, .sessionsCount: 412, .volunteerHours: 517.5,
            .buddyMatchesActive: 61, .buddyEventsCount: 94, .coursesCompleted: 58,
            .avgLanguageLevel: 0.583, .avgIntegrationScore: 0.472, .avgJobReadiness: 0.614,
            .sroiRatio: sroiRatio, .visScore: 63.4,
        ]
        var values: [MetricName: FigureValue] = [:]
        for metric in MetricName.allCases {
            if suppressed.contains(metric) { values[metric] = .suppressed; continue }
            if noData.contains(metric) { values[metric] = .noData; continue }
            let raw = base[metric]! * (metric.isCount || metric == .volunteerHours ? scale : (0.9 + 0.1 * scale))
            values[metric] = .value(roundHalfAwayFromZero(raw, places: metric.places))
        }
        var valuation = baseValuation
        valuation.currency = currency
        let hour = valuation.hourValue(forCountry: country)
        let ratio = values[.sroiRatio]!
        let hidden = ratio == .suppressed
        func scaled(_ f: Double) -> FigureValue {
            hidden ? .suppressed : ratio.number.map { .value(roundHalfAwayFromZero($0 * f, places: 2)) } ?? .noData
        }
        let sroi = SROIResult(
            ratio: ratio,
            low: scaled(0.31), high: scaled(1.85),
            sensitivity: ValuationAssumption.allCases.enumerated().map { i, a in
                SROIResult.Sensitivity(assumption: a, leastFavourable: scaled(0.5 + 0.1 * Double(i)), mostFavourable: scaled(1.5 - 0.1 * Double(i)),
                                       swing: ratio.number.map { $0 * (1 - 0.2 * Double(i)) })
            },
            dimensions: valuation.valuedDimensions.enumerated().map { i, d in
                let outcome = valuation.outcomes[d]!
                let factor = valuation.pvFactor(d, rate: valuation.discountRate.central)
                return SROIResult.SROIDimension(dimension: d, totalChange: hidden ? .suppressed : .value(0.325 - Double(i) * 0.07),
                                                valuePerPointYear: outcome.valuePerPointYear, durationYears: outcome.durationYears, dropOff: outcome.dropOff,
                                                pvFactor: factor, value: hidden ? .suppressed : .value(roundHalfAwayFromZero(max(0, 0.325 - Double(i) * 0.07) * outcome.valuePerPointYear * factor, places: 2)))
            },
            improvers: OutcomeDimension.allCases.enumerated().map { i, d in (d, hidden ? .suppressed : .value(Double(12 + 3 * i))) },
            gross: hidden ? .suppressed : .value(70_485.4), net: hidden ? .suppressed : .value(26_432.03),
            investment: hidden ? .suppressed : .value(6190.13), hourValue: hidden ? .suppressed : .value(hour.value), hourValueCountry: hour.country,
            valuation: valuation)
        let label: String? = values[.avgLanguageLevel]!.number.map { CEFR_nearest($0) }
        let band = values[.visScore]!.number.map { VISBand(roundedScore: $0) }
        return PeriodMetrics(period: period, values: values, exactValues: values,
                             suppressed: MetricName.allCases.filter { values[$0] == .suppressed },
                             languageLevelLabel: label, visBand: band, sroi: sroi)
    }

    static func CEFR_nearest(_ value: Double) -> String {
        let labels = ["A1", "A2", "B1", "B2", "C1", "C2"]
        return labels[min(max(Int((value * 6).rounded(.toNearestOrAwayFromZero)) - 1, 0), 5)]
    }

    static func trends(_ periods: [Period], hide: Set<Int> = []) -> [TrendPoint] {
        var points: [TrendPoint] = []
        for (pi, p) in periods.enumerated() {
            for (di, d) in OutcomeDimension.allCases.enumerated() {
                let mean = 0.42 + 0.05 * Double(pi) + 0.03 * Double(di) - (di == 2 && pi == 2 ? 0.08 : 0)
                let hidden = hide.contains(pi) && di != 0
                points.append(TrendPoint(
                    period: p, dimension: d,
                    scores: hidden ? .suppressed : .value(Double(40 + 7 * pi + di)),
                    participants: hidden ? .suppressed : .value(Double(18 + 3 * pi)),
                    mean: hidden ? .suppressed : .value(roundHalfAwayFromZero(mean, places: 3)),
                    meanConfidence: hidden ? .suppressed : .value(0.81),
                    change: hidden || pi == 0 || hide.contains(pi - 1) ? (pi == 0 ? .noData : .suppressed) : .value(pi == 2 && di == 2 ? -0.03 : 0.05)))
            }
        }
        return points
    }

    static func report(name: String = "Nordlys Energi AS", id: String = "6F1C2B9E-3D4A-4E5F-8A7B-1C2D3E4F5A6B",
                       excerpts: [EvidenceExcerpt]? = nil, currentSuppressed: Set<MetricName> = [], noData: Set<MetricName> = [],
                       hideTrendPeriods: Set<Int> = [], findings: [ReportFinding]? = nil, k: Int = 5,
                       withheldForSmallNumbers: Bool = false, generated: Bool = true,
                       sroiRatio: Double = 4.27, valuation: Valuation = .builtIn, country: String? = "no") -> TenantReport {
        let trendPeriods = period.trailing(4)
        return TenantReport(
            company: ReportedCompany(name: name, country: country, publishedID: UUIDKey(parsing: id)!.description),
            period: period,
            generatedAt: generated ? Timestamp(parsing: "2025-10-02T06:00:00Z") : nil,
            current: metrics(period, scale: 1.0, suppressed: currentSuppressed, noData: noData, sroiRatio: sroiRatio, valuation: valuation, country: country),
            previous: metrics(period.previous, scale: 0.92, suppressed: currentSuppressed.isEmpty ? [] : [.visScore]),
            lastYear: metrics(period.sameLastYear, scale: 0.71),
            trendPeriods: trendPeriods,
            trends: trends(trendPeriods, hide: hideTrendPeriods),
            evidence: EvidenceSummary(excerpts: excerpts ?? sampleExcerpts, withheldForSafety: 2, duplicatesRemoved: 1, withheldForSmallNumbers: withheldForSmallNumbers),
            findings: findings ?? [ReportFinding(severity: .warning, table: "outcome_scores", column: "text_id", problem: "source text not found; score excluded", count: 3)],
            settings: ReportRules(minGroupSize: k, excerptsPerDimension: 3))
    }

    static let sampleExcerpts: [EvidenceExcerpt] = [
        EvidenceExcerpt(dimension: .confidence, text: "After three sessions with my mentor I finally dared to call the landlord myself, and I explained the problem in Norwegian without switching to English.", score: 0.86, confidence: 0.91, sourceType: .kintellFeedback, relevance: 0.82),
        EvidenceExcerpt(dimension: .belonging, text: "[NAME] invited me to the company football evening. For the first time since we moved I felt part of something here.", score: 0.79, confidence: 0.88, sourceType: .buddyFeedback, relevance: 0.77),
        EvidenceExcerpt(dimension: .jobReadiness, text: "We rewrote my CV together and practised the interview questions twice; I got the second interview at the logistics firm.", score: 0.74, confidence: nil, sourceType: .checkinNote, relevance: 0.7),
    ]

    /// Every hostile string the tests throw at the pipeline.
    static let hostileStrings = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "**bold**",
        "# heading",
        "=HYPERLINK(\"http://evil\")",
        "`code` and ``` fence",
        "<!-- comment",
        "&amp; entity &lt;b&gt;",
        "line one\n# injected heading",
        "-1+2",
        "@SUM(A1)",
        "1. not a list",
        "```csr-component\nmetrics-table\n```",
        "<https://evil.example>",
        "![img](https://evil.example/x.png)",
        "text\\",
    ]

    static func hostileReport() -> TenantReport {
        let name = "<script>alert(1)</script> **Evil** [x](javascript:alert(1)) =cmd|' /C calc'!A0\n# heading"
        let excerpts = hostileStrings.enumerated().map { i, s in
            EvidenceExcerpt(dimension: OutcomeDimension.allCases[i % 5], text: s, score: 0.5, confidence: 0.5, sourceType: .buddyFeedback, relevance: 0.5)
        }
        let findings = [ReportFinding(severity: .error, table: "<img src=x onerror=alert(1)>", column: "`x`", problem: "[x](javascript:alert(1))", count: 1)]
        return report(name: name, excerpts: excerpts, findings: findings)
    }

    static func smallReport() -> TenantReport {
        report(name: "Fjord & Co. (pilot)", id: "00000000-0000-4000-8000-00000000abcd",
               excerpts: [], currentSuppressed: [.participantsCount, .avgLanguageLevel, .avgIntegrationScore, .coursesCompleted, .sroiRatio, .visScore, .volunteersCount],
               noData: [.avgJobReadiness], hideTrendPeriods: [1, 3], findings: [], withheldForSmallNumbers: true)
    }

    /// A tenant with long texts and many excerpts, to bound the email size.
    static func largeReport() -> TenantReport {
        let long = String(repeating: "Tøff uke, men mentoren min hjalp meg å forstå brevet fra NAV og ringe dem selv. ", count: 4)
        let excerpts = (0..<15).map { i in
            EvidenceExcerpt(dimension: OutcomeDimension.allCases[i % 5], text: long, score: 0.9, confidence: 0.9, sourceType: .kintellFeedback, relevance: 0.9)
        }
        let findings = (0..<20).map { i in ReportFinding(severity: .warning, table: "table_\(i)", column: "column_\(i)", problem: "a long description of a data problem number \(i)", count: i + 1) }
        return report(name: String(repeating: "Very Long Company Name Holding ASA ", count: 3), excerpts: excerpts, findings: findings)
    }
}
