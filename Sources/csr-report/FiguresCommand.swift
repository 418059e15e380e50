import ArgumentParser
import CSRReport

/// `csr-report figures`: the computed figures as JSON, one object per company.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Print every company's figures for a period as JSON.",
        discussion: """
            One object per company: the metrics.csv figures of the period, of the previous period (under "previous") and of the same period last year (under "last_year"), and the trends. Suppressed and no-data figures are null; "suppressed" lists the hidden ones (sroi_ratio there hides every SROI output: sroi_low, sroi_high, sroi_sensitivity, hour_value, improvers).

            A period that is not over at the snapshot's exported_at is an error, as for build, unless --allow-incomplete.

            The snapshot, the period, --allow-incomplete and the figure options (--min-group-size, --trend-periods, --valuation) also come from the project file and CSR_REPORT_<OPTION> variables, as for build (README, Configuration).

            Example: csr-report figures --db snapshot.sqlite --period 2025-Q3
            """
    )

    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var snapshot: SnapshotOptions
    @OptionGroup var periodOptions: PeriodOptions
    @OptionGroup var figureOptions: FigureOptions

    @Flag(inversion: .prefixedNo, help: "Print the figures of a period that is not over at the snapshot's exported_at (they are incomplete).")
    var allowIncomplete = false

    func run() throws {
        let settings = try figureOptions.settings()
        let data = try snapshot.load()
        try data.checkTenantIdentity()
        let figures = ReportFigures(data: data, settings: settings)
        let period = try periodOptions.resolve(default: figures.defaultPeriod, trendPeriods: settings.trendPeriods)
        if !allowIncomplete { try period.requireOver(exportedAt: data.meta.exportedAt) }
        print(FiguresJSON.document(figures.reports(for: period)).serialized(indent: 2))
    }
}
