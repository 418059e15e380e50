import ArgumentParser
import CSRDemoData
import CSRReport
import CSRSnapshotExport

/// `--db FILE`, shared by the commands that read a snapshot.
struct SnapshotOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite snapshot to read (opened read-only).",
                                            discussion: "Without it, the demo snapshot of the default seed, generated on first use into ~/.cache/csr-report (or $CSR_REPORT_CACHE).",
                                            valueName: "file"),
            completion: .file(extensions: ["sqlite", "sqlite3", "db"]))
    var db: String?

    /// The snapshot path: `--db`, or the cached demo snapshot.
    func resolvedPath() throws -> String {
        if let db {
            try Self.refuseURL(db)
            return db
        }
        return try DemoSnapshotCache().path()
    }

    /// `build` exports a URL itself; elsewhere say so, without echoing a URL that may hold a password.
    static func refuseURL(_ db: String) throws {
        if PostgresTarget.isURL(db) {
            throw ValidationError("--db: only build reads a PostgreSQL URL directly; export a snapshot first: csr-report snapshot --from URL --out FILE")
        }
    }

    func load() throws -> SnapshotData {
        try Snapshot.open(try resolvedPath()).load()
    }
}

/// `--period P` or `--from DATE --to DATE`.
struct PeriodOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The report period: YYYY-Qn, YYYY-Hn, YYYY-MM or YYYY.",
                               discussion: "Default: the latest calendar quarter that ended before the snapshot's exported_at.",
                               valueName: "period"))
    var period: String?

    @Option(help: ArgumentHelp("First day of a custom period (YYYY-MM-DD, included).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Last day of a custom period (YYYY-MM-DD, included).", valueName: "date"))
    var to: String?

    func validate() throws {
        if period != nil, from != nil || to != nil {
            throw ValidationError("Use either --period or --from/--to, not both.")
        }
        if (from == nil) != (to == nil) {
            throw ValidationError("--from and --to go together.")
        }
        if let period { _ = try Self.wrap { try Period(parsing: period) } }
        if let from, let to { _ = try Self.wrap { try Period(from: from, to: to) } }
    }

    /// The chosen period, or the snapshot's default.
    func resolve(default fallback: () throws -> Period) throws -> Period {
        if let period { return try Period(parsing: period) }
        if let from, let to { return try Period(from: from, to: to) }
        return try fallback()
    }

    /// The chosen period, checked against the trend periods it needs: a period the user typed
    /// is a usage error (exit 2), a default one from the snapshot a data error (exit 1).
    func resolve(default fallback: () throws -> Period, trendPeriods: Int) throws -> Period {
        let chosen = try resolve(default: fallback)
        do {
            try chosen.checkReach(trendPeriods: trendPeriods)
        } catch {
            if period != nil || from != nil { throw OutOfRangeValue(message: error.description) }
            throw error
        }
        return chosen
    }

    private static func wrap(_ body: () throws -> Period) throws -> Period {
        do { return try body() } catch let error as PeriodError { throw ValidationError(error.description) }
    }
}

/// `--min-group-size`, `--trend-periods`, `--valuation`: what changes the figures.
struct FigureOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Smallest group shown (k of the small-number rule); at least 3.", valueName: "k"))
    var minGroupSize: Int = 5

    @Option(help: ArgumentHelp("Number of periods in the outcome trends, ending with the report period.", valueName: "n"))
    var trendPeriods: Int = 4

    @Option(help: ArgumentHelp("A JSON file replacing values of the built-in SROI value set (csr-report valuation prints it; see docs/methodology.md).", valueName: "file"),
            completion: .file(extensions: ["json"]))
    var valuation: String?

    func validate() throws {
        guard minGroupSize >= ReportSettings.minimumGroupSize else {
            throw ValidationError("--min-group-size must be at least \(ReportSettings.minimumGroupSize), got \(minGroupSize).")
        }
        guard (1...40).contains(trendPeriods) else {
            throw ValidationError("--trend-periods must be between 1 and 40, got \(trendPeriods).")
        }
    }

    func settings() throws -> ReportSettings {
        var settings = ReportSettings()
        settings.minGroupSize = minGroupSize
        settings.trendPeriods = trendPeriods
        if let valuation { settings.valuation = try ValuationFile.load(path: valuation) }
        return settings
    }
}
