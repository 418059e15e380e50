/// Everything a build can change about the figures, passed in (never global).
///
/// ```swift
/// var settings = ReportSettings()
/// settings.minGroupSize = 10
/// ```
public struct ReportSettings: Sendable, Equatable {
    /// k of spec 9; never below 3.
    public var minGroupSize = 5
    /// N of spec 7: trend periods ending with the report period.
    public var trendPeriods = 4
    /// K of spec 8: excerpts kept per dimension.
    public var excerptsPerDimension = 3
    /// About how long an excerpt may be, in characters, before it is cut at a word boundary.
    public var excerptLength = 280
    public var valuation = Valuation.builtIn
    /// `evidence_snippets.id`s never to quote (`--exclude-evidence`), lower-cased.
    public var excludedSnippets: Set<String> = []

    public init() {}

    public static let minimumGroupSize = 3
}
