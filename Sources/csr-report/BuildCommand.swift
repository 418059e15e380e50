import ArgumentParser
import CSRReport
import CSRSnapshotExport
import Foundation

/// `csr-report build`: the report site, one bundle per company.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the report bundles (HTML, email, Markdown, CSV) for every company.",
        discussion: """
            Writes <out>/<tenant>/ for each company, <out>/index.html and <out>/manifest.json, and the account manager's review sheets to --review (outside the site). The whole next site is assembled beside --out and switched in one step, so --out shows either the complete previous site or the complete new one, whatever happens. Same snapshot and flags give byte-identical output.

            With --db postgresql://... (or postgres://) the snapshot is exported first into a temporary file (see `csr-report snapshot`), which is removed after the build.

            Every option can also be set in csr-report.toml in the working folder (or --config FILE) under its long name in snake_case (min_group_size = 5, company = ["acme"], zip = true), or in CSR_REPORT_<OPTION> (CSR_REPORT_MIN_GROUP_SIZE=5): options typed here win over the environment, the environment over the file (README, Configuration).

            Example: csr-report build --db snapshot.sqlite --period 2025-Q3 --out site --zip
            """
    )

    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var snapshot: SnapshotOptions
    @OptionGroup var periodOptions: PeriodOptions

    @Option(help: ArgumentHelp("The output folder.", valueName: "dir"), completion: .directory)
    var out = "site"

    @Option(name: .customLong("company"), help: ArgumentHelp("Only this company: its id or its tenant folder name (repeatable).", valueName: "id-or-slug"))
    var companies: [String] = []

    @Option(help: ArgumentHelp("A folder of templates overriding the built-in ones (see docs/rendering.md).", valueName: "dir"), completion: .directory)
    var templates: String?

    @Option(help: ArgumentHelp("The language of the client reports: auto (each company's, from companies.country) or a language folder of the templates (en, de, nb, pl, uk, ...).",
                               discussion: "The site index and this command's messages stay English.", valueName: "code"))
    var locale = "auto"

    @OptionGroup var figureOptions: FigureOptions

    @Option(help: ArgumentHelp("Build only shard I of N (a stable partition of the companies), e.g. 2/4.", valueName: "i/n"))
    var shard: String?

    // Each flag has its --no- form, so that a command line can turn off what a file turned on.
    @Flag(inversion: .prefixedNo, help: "Also write <tenant>.zip for each bundle (deterministic).")
    var zip = false

    @Flag(inversion: .prefixedNo, help: "Start each CSV with a UTF-8 byte-order mark, for Excel on Windows (figures.xlsx needs none).")
    var csvBom = false

    @Flag(inversion: .prefixedNo, help: ArgumentHelp("Also write <tenant>/report.pdf: index.html printed on A4 by headless Chromium (see README).",
                             discussion: "Needs Chromium (scripts/bootstrap --pdf, or apt-get install chromium); without it the build stops before writing anything."))
    var pdf = false

    @Option(help: ArgumentHelp("The Chromium or Chrome executable for --pdf (default: chromium, chromium-browser, google-chrome on PATH).",
                               valueName: "path"), completion: .file())
    var chromium: String?

    @Option(help: ArgumentHelp("Where to write the review sheets, <tenant>.csv: every quoted excerpt with its snippet id (never inside --out).",
                               discussion: "Default: review/ beside the output folder.", valueName: "dir"), completion: .directory)
    var review: String?

    @Option(help: ArgumentHelp("Snippet ids (one a line, from the review sheet) never to quote; the next candidates are quoted instead.",
                               valueName: "file"), completion: .file())
    var excludeEvidence: String?

    // For CI (issue 12): a machine-readable summary, and no silent build of an unfinished period.
    @Option(help: ArgumentHelp("Also write the build summary as JSON to this file (for CI; the operator's, never inside --out).",
                               discussion: "Written only when the build succeeds: snake_case keys, sorted.", valueName: "file"),
            completion: .file(extensions: ["json"]))
    var summaryJSON: String?

    @Flag(inversion: .prefixedNo, help: "Build a period that is not over at the snapshot's exported_at (its figures are incomplete; the summary warns).")
    var allowIncomplete = false

    func validate() throws {
        if let summaryJSON, let problem = BuildSummaryJSON.problem(path: summaryJSON, out: out) { throw ValidationError(problem) }
        if let shard {
            do { _ = try Shard(parsing: shard) } catch { throw ValidationError("\(error)") }
        }
        if let problem = ReviewSheet.problem(review: reviewFolder, out: out) { throw ValidationError(problem) }
        if chromium != nil && !pdf { throw ValidationError("--chromium names the browser that prints --pdf; add --pdf or leave --chromium out") }
        // Here rather than in run(), so that a --locale from the project file or the environment
        // is named by its source; a templates folder that does not load is run()'s error (exit 1).
        if let templateSet = try? loadTemplates() {
            do { try templateSet.check(LocaleChoice(parsing: locale)) } catch { throw ValidationError(error.description) }
        }
    }

    private func loadTemplates() throws -> TemplateSet {
        try templates.map { try TemplateSet.load(directory: $0) } ?? TemplateSet.builtIn()
    }

    var reviewFolder: String { review ?? ReviewSheet.defaultFolder(besideOutput: out) }

    func run() async throws {
        // Options first, so that a mistake in them costs no export.
        var settings = try figureOptions.settings()
        if let excludeEvidence { settings.excludedSnippets = try EvidenceExclusions.load(excludeEvidence) }
        var renderer = ReportRenderer(templates: try loadTemplates(), locale: LocaleChoice(parsing: locale))
        renderer.csvByteOrderMark = csvBom
        // The browser is looked for before any export or read, so a missing one costs nothing.
        let printer = try pdf ? self.printer() : nil
        // `--db postgresql://...`: export to a temporary snapshot first, build from it, remove it.
        if let db = snapshot.db, PostgresTarget.isURL(db) {
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("csr-report-export-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            _ = try SnapshotCommand.export(from: db, to: path, overwrite: true)
            try await build(from: path, settings: settings, renderer: renderer, printer: printer)
        } else {
            try await build(from: try snapshot.resolvedPath(), settings: settings, renderer: renderer, printer: printer)
        }
    }

    private func printer() throws -> PDFPrinter {
        let environment = ProcessInfo.processInfo.environment
        var printer = PDFPrinter(browser: try BrowserLocation.find(explicit: chromium, path: environment["PATH"]))
        if let seconds = environment["CSR_REPORT_PRINT_SECONDS"].flatMap(PDFPrinter.timeLimit(parsing:)) { printer.timeLimit = seconds }
        return printer
    }

    private func build(from path: String, settings: ReportSettings, renderer: ReportRenderer, printer: PDFPrinter?) async throws {
        let data = try Snapshot.open(path).load()
        let figures = ReportFigures(data: data, settings: settings, generatedAt: try SourceDateEpoch.fromEnvironment())
        var options = ReportPipeline.Options(period: try periodOptions.resolve(default: figures.defaultPeriod, trendPeriods: settings.trendPeriods), snapshotPath: path)
        options.outputFolder = out
        options.zip = zip
        options.reviewFolder = reviewFolder
        options.shard = try shard.map { try Shard(parsing: $0) }
        options.allowIncomplete = allowIncomplete
        options.printer = printer
        options.faults = ProcessInfo.processInfo.environment["CSR_REPORT_TEST_FAULT"].flatMap(FaultPlan.init(parsing:))
        let folders = TenantFolderName.assign(data.companies)
        options.companies = try figures.companyIndexes(matching: companies) { folders[$0.id] ?? "" }

        var pipeline = ReportPipeline(figures: figures, renderer: renderer, options: options)
        let bar = ProgressBar()
        pipeline.progress = { done, total in bar.show(done: done, total: total) }
        let summary = try await pipeline.build()
        bar.finish()
        FileHandle.standardError.write(Data(BuildSummaryText.render(summary, out: out).utf8))
        FileHandle.standardError.write(Data("review sheets (quoted excerpts with snippet ids, for --exclude-evidence): \(reviewFolder)/\n".utf8))
        if let summaryJSON {
            try BuildSummaryJSON.write(BuildSummaryJSON.document(summary, out: out, reviewFolder: reviewFolder), to: summaryJSON)
        }
    }
}

/// `SOURCE_DATE_EPOCH` (reproducible-builds.org): overrides the snapshot's date as "generated".
/// Whole seconds from 1970 to the end of 9999 (a timestamp's microseconds would overflow far
/// beyond): anything else is a usage error, not a trap.
enum SourceDateEpoch {
    static let latest: Int64 = 253_402_300_799   // 9999-12-31T23:59:59Z

    static func fromEnvironment() throws -> Timestamp? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return nil }
        guard let seconds = Int64(text), (0...latest).contains(seconds) else {
            throw OutOfRangeValue(message: "SOURCE_DATE_EPOCH=\(MessageText.escaped(text)) must be whole seconds since 1970 between 0 and \(latest) (9999-12-31).")
        }
        return Timestamp(microseconds: seconds * 1_000_000)
    }
}
