/// A text the code asks a catalog for: its dotted path in strings.toml, the placeholders the
/// code fills, and whether it may be a plural table. `CatalogKey.all` is the whole set every
/// locale's strings.toml must hold, no more and no less: loading checks each locale against it.
///
/// ```swift
/// catalog.text(.changeVersus, ["change": "▲ up 12", "period": "2025-Q2"])
/// catalog.text(.metric(.sessionsCount))     // "Sessions"
/// ```
struct CatalogKey: Hashable, Sendable, CustomStringConvertible {
    let path: String
    let placeholders: Set<String>
    /// A plural key may be a table of CLDR forms; the code passes `count`.
    let isPlural: Bool

    init(_ path: String, _ placeholders: Set<String> = [], plural: Bool = false) {
        self.path = path
        self.placeholders = placeholders
        self.isPlural = plural
    }

    var description: String { path }

    // Names of the values of an enum, keyed by their machine names.
    static func metric(_ m: MetricName) -> CatalogKey { CatalogKey("metric.\(m.rawValue)") }
    static func dimension(_ d: OutcomeDimension) -> CatalogKey { CatalogKey("dimension.\(d.rawValue)") }
    static func visBand(_ b: VISBand) -> CatalogKey { CatalogKey("vis_band.\(b.rawValue)") }
    static func assumption(_ a: ValuationAssumption) -> CatalogKey { CatalogKey("assumption.\(a.rawValue)") }
    static func assumptionInSentence(_ a: ValuationAssumption) -> CatalogKey { CatalogKey("assumption_in_sentence.\(a.rawValue)") }
    static func attribution(_ s: SourceTextType) -> CatalogKey { CatalogKey("attribution.\(s.rawValue)") }
    static func unfitReason(_ r: QuoteFitness.Unfit) -> CatalogKey { CatalogKey("unfit_reason.\(r.rawValue)") }
    static func problem(_ p: ReportedProblem) -> CatalogKey { CatalogKey("problem.\(p.rawValue)") }

    /// A held-back head count: "fewer than 5".
    static let valueSuppressed = CatalogKey("value.suppressed", ["k"])
    /// Any other held-back figure (hours, averages, ratios, amounts): "not shown (fewer than 5
    /// people)"; plural on k, as the noun agrees with it in some languages.
    static let valueSuppressedFewPeople = CatalogKey("value.suppressed_few_people", ["k"], plural: true)
    static let valueNoData = CatalogKey("value.no_data")
    static let valueRatio = CatalogKey("value.ratio", ["value"])
    static let valueMoney = CatalogKey("value.money", ["amount", "currency"])
    static let valueWithCEFR = CatalogKey("value.with_cefr", ["value", "level"])
    static let valueWithBand = CatalogKey("value.with_band", ["value", "band"])
    static let valueCEFRLevel = CatalogKey("value.cefr_level", ["level"])
    static let valueLabelValue = CatalogKey("value.label_value", ["label", "value"])
    static let valueRange = CatalogKey("value.range", ["low", "high"])
    static let valueYears = CatalogKey("value.years", ["count"], plural: true)

    static let changeUp = CatalogKey("change.up", ["amount"])
    static let changeUpWithPercent = CatalogKey("change.up_with_percent", ["amount", "percent"])
    static let changeDown = CatalogKey("change.down", ["amount"])
    static let changeDownWithPercent = CatalogKey("change.down_with_percent", ["amount", "percent"])
    static let changeUnchanged = CatalogKey("change.unchanged")
    static let changeHidden = CatalogKey("change.hidden")
    static let changeNoComparison = CatalogKey("change.no_comparison")
    static let changeVersus = CatalogKey("change.versus", ["change", "period"])
    static let changeHiddenVersus = CatalogKey("change.hidden_versus", ["period"])
    static let changeNoComparisonVersus = CatalogKey("change.no_comparison_versus", ["period"])
    static let changeTrendUp = CatalogKey("change.trend_up", ["signed"])
    static let changeTrendDown = CatalogKey("change.trend_down", ["signed"])
    static let changeTrendUnchanged = CatalogKey("change.trend_unchanged", ["signed"])

    static let kpiRange = CatalogKey("kpi.range", ["low", "high"])

    static let activityChartTitle = CatalogKey("activity.chart_title", ["period", "previous", "last_year"])
    static let activityChartFigure = CatalogKey("activity.chart_figure", ["figure", "values"])
    static let activityChartValue = CatalogKey("activity.chart_value", ["period", "value"])
    static let activityTableCaption = CatalogKey("activity.table_caption")
    static let activityNotDrawn = CatalogKey("activity.not_drawn")

    static let metricsTableCaption = CatalogKey("metrics_table.caption", ["period"])
    static let metricsTableFigure = CatalogKey("metrics_table.figure")
    static let metricsTableChangeVersus = CatalogKey("metrics_table.change_versus", ["period"])

    static let trendChartTitle = CatalogKey("trend.chart_title", ["dimension"])
    static let trendChartDescription = CatalogKey("trend.chart_description", ["first", "last", "points"])
    static let trendChartPoint = CatalogKey("trend.chart_point", ["period", "value"])
    static let trendSeriesName = CatalogKey("trend.series_name")
    static let trendGapNote = CatalogKey("trend.gap_note", ["k"])
    static let trendTableCaption = CatalogKey("trend.table_caption", ["dimension"])
    static let trendPeriod = CatalogKey("trend.period")
    static let trendScores = CatalogKey("trend.scores")
    static let trendParticipants = CatalogKey("trend.participants")
    static let trendMean = CatalogKey("trend.mean")
    static let trendChange = CatalogKey("trend.change")

    static let sroiTableCaption = CatalogKey("sroi_table.caption", ["period"])
    static let sroiTableOutcome = CatalogKey("sroi_table.outcome")
    static let sroiTableSummedChange = CatalogKey("sroi_table.summed_change")
    static let sroiTableValuePerPointYear = CatalogKey("sroi_table.value_per_point_year")
    static let sroiTableDuration = CatalogKey("sroi_table.duration")
    static let sroiTableDropOff = CatalogKey("sroi_table.drop_off")
    static let sroiTablePresentValueFactor = CatalogKey("sroi_table.present_value_factor")
    static let sroiTableValue = CatalogKey("sroi_table.value")
    static let sroiTableNothingValued = CatalogKey("sroi_table.nothing_valued")
    static let sroiTableGross = CatalogKey("sroi_table.gross")
    static let sroiTableNet = CatalogKey("sroi_table.net")
    static let sroiTableInvestment = CatalogKey("sroi_table.investment")
    static let sroiTableImproversCaption = CatalogKey("sroi_table.improvers_caption", ["period"])
    static let sroiTableImprovers = CatalogKey("sroi_table.improvers")
    static let sroiTableInSROIValue = CatalogKey("sroi_table.in_sroi_value")
    static let sroiTableValued = CatalogKey("sroi_table.valued")
    static let sroiTableNotValued = CatalogKey("sroi_table.not_valued")
    static let sroiTableAdjustmentsCaption = CatalogKey("sroi_table.adjustments_caption")
    static let sroiTableAssumption = CatalogKey("sroi_table.assumption")
    static let sroiTableUsed = CatalogKey("sroi_table.used")
    static let sroiTableLeastFavourable = CatalogKey("sroi_table.least_favourable")
    static let sroiTableMostFavourable = CatalogKey("sroi_table.most_favourable")

    static let sensitivityTableCaption = CatalogKey("sensitivity.table_caption")
    static let sensitivityRatio = CatalogKey("sensitivity.ratio")
    static let sensitivitySwing = CatalogKey("sensitivity.swing")
    static let sensitivityChartTitle = CatalogKey("sensitivity.chart_title", ["period"])
    static let sensitivityChartDescription = CatalogKey("sensitivity.chart_description", ["ratio", "rows"])
    static let sensitivityChartRow = CatalogKey("sensitivity.chart_row", ["assumption", "least", "most"])
    static let sensitivityCentral = CatalogKey("sensitivity.central", ["ratio"])
    static let sensitivityEmailIntro = CatalogKey("sensitivity.email_intro")

    static let sentenceWithheldForSafety = CatalogKey("sentence.withheld_for_safety", ["count"], plural: true)
    static let sentenceWithheldAsUnfit = CatalogKey("sentence.withheld_as_unfit", ["count", "reasons"], plural: true)
    static let sentenceUnfitReasonCount = CatalogKey("sentence.unfit_reason_count", ["reason", "count"])
    static let sentenceHiddenTrendRows = CatalogKey("sentence.hidden_trend_rows", ["count"], plural: true)

    static let listTwo = CatalogKey("list.two", ["first", "second"])
    static let listMiddle = CatalogKey("list.middle", ["first", "second"])
    static let listEnd = CatalogKey("list.end", ["first", "second"])

    static let pageReportTitle = CatalogKey("page.report_title", ["company", "period"])
    static let pageEmailTitle = CatalogKey("page.email_title", ["company", "period"])
    static let pageFooter = CatalogKey("page.footer", ["company", "period", "start", "end", "k"])
    static let pageFooterWithSnapshot = CatalogKey("page.footer_with_snapshot", ["company", "period", "start", "end", "k", "generated"])

    /// The name of a value of the valuation file (`price_year`) where the report lists its source.
    static func valuationKey(_ name: String) -> CatalogKey { CatalogKey("valuation_key.\(name)") }
    /// The name of one outcome's value (`outcomes.well_being`), with the dimension's name.
    static let valuationKeyOutcome = CatalogKey("valuation_key.outcome", ["dimension"])
    /// Every top-level key of the valuation file format that can carry a source (all but
    /// `sources` itself): adding one to the format makes every catalog name it.
    static let valuationKeyNames = ValuationFile.topLevelKeys.filter { $0 != "sources" }

    /// The keys that are not names of an enum's values.
    private static let fixed: [CatalogKey] = [
        valueSuppressed, valueSuppressedFewPeople, valueNoData, valueRatio, valueMoney, valueWithCEFR, valueWithBand, valueCEFRLevel, valueLabelValue,
        valueRange, valueYears,
        changeUp, changeUpWithPercent, changeDown, changeDownWithPercent, changeUnchanged, changeHidden, changeNoComparison,
        changeVersus, changeHiddenVersus, changeNoComparisonVersus, changeTrendUp, changeTrendDown, changeTrendUnchanged,
        kpiRange,
        activityChartTitle, activityChartFigure, activityChartValue, activityTableCaption, activityNotDrawn,
        metricsTableCaption, metricsTableFigure, metricsTableChangeVersus,
        trendChartTitle, trendChartDescription, trendChartPoint, trendSeriesName, trendGapNote, trendTableCaption,
        trendPeriod, trendScores, trendParticipants, trendMean, trendChange,
        sroiTableCaption, sroiTableOutcome, sroiTableSummedChange, sroiTableValuePerPointYear, sroiTableDuration,
        sroiTableDropOff, sroiTablePresentValueFactor, sroiTableValue, sroiTableNothingValued, sroiTableGross, sroiTableNet,
        sroiTableInvestment, sroiTableImproversCaption, sroiTableImprovers, sroiTableInSROIValue, sroiTableValued,
        sroiTableNotValued, sroiTableAdjustmentsCaption, sroiTableAssumption, sroiTableUsed, sroiTableLeastFavourable,
        sroiTableMostFavourable,
        sensitivityTableCaption, sensitivityRatio, sensitivitySwing, sensitivityChartTitle, sensitivityChartDescription,
        sensitivityChartRow, sensitivityCentral, sensitivityEmailIntro,
        sentenceWithheldForSafety, sentenceWithheldAsUnfit, sentenceUnfitReasonCount, sentenceHiddenTrendRows,
        listTwo, listMiddle, listEnd,
        pageReportTitle, pageEmailTitle, pageFooter, pageFooterWithSnapshot,
    ]

    /// Every key a locale's strings.toml must hold (besides its `[locale]` table).
    static let all: [CatalogKey] = MetricName.allCases.map(metric) + OutcomeDimension.allCases.map(dimension)
        + VISBand.allCases.map(visBand) + ValuationAssumption.allCases.map(assumption)
        + ValuationAssumption.allCases.map(assumptionInSentence) + SourceTextType.allCases.map(attribution)
        + QuoteFitness.Unfit.allCases.map(unfitReason) + ReportedProblem.allCases.map(problem)
        + valuationKeyNames.map(valuationKey) + [valuationKeyOutcome] + fixed
}
