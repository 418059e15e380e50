import ArgumentParser
import CSRReport
import Foundation

/// `csr-report build`: the report site, one bundle per company.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the report bundles (HTML, email, Markdown, CSV) for every company.",
        discussion: """
            Writes <out>/<tenant>/ for each company, <out>/index.html and <out>/manifest.json.
            Each bundle is written to a temporary folder and moved into place only when every
            bundle rendered, so a failed build leaves the previous reports as they were.
            Same snapshot and flags give byte-identical output.
            Example: csr-report build --db snapshot.sqlite --period 2025-Q3 --out site --zip
            """
    )

    @OptionGroup var snapshot: SnapshotOptions
    @OptionGroup var periodOptions: PeriodOptions

    @Option(help: ArgumentHelp("The output folder.", valueName: "dir"))
    var out = "site"

    @Option(name: .customLong("company"), help: ArgumentHelp("Only this company: its id or its tenant folder name (repeatable).", valueName: "id-or-slug"))
    var companies: [String] = []

    @Option(help: ArgumentHelp("A folder of templates overriding the built-in ones (see docs/rendering.md).", valueName: "dir"))
    var templates: String?

    @OptionGroup var figureOptions: FigureOptions

    @Option(help: ArgumentHelp("Build only shard I of N (a stable partition of the companies), e.g. 2/4.", valueName: "i/n"))
    var shard: String?

    @Flag(help: "Also write <tenant>.zip for each bundle (deterministic).")
    var zip = false

    func validate() throws {
        if let shard {
            do { _ = try Shard(parsing: shard) } catch { throw ValidationError("\(error)") }
        }
    }

    func run() async throws {
        let settings = try figureOptions.settings()
        let templateSet = try templates.map { try TemplateSet.load(directory: $0) } ?? TemplateSet.builtIn()
        let path = try snapshot.resolvedPath()
        let data = try Snapshot.open(path).load()
        let figures = ReportFigures(data: data, settings: settings, generatedAt: try SourceDateEpoch.fromEnvironment())
        var options = SiteBuilder.Options(period: try periodOptions.resolve(default: figures.defaultPeriod, trendPeriods: settings.trendPeriods), snapshotPath: path)
        options.outputFolder = out
        options.zip = zip
        options.shard = try shard.map { try Shard(parsing: $0) }
        options.faults = ProcessInfo.processInfo.environment["CSR_REPORT_TEST_FAULT"].flatMap(FaultPlan.init(parsing:))
        let folders = TenantFolderName.assign(data.companies)
        options.companies = try figures.companyIndexes(matching: companies) { folders[$0.id] ?? "" }

        var builder = SiteBuilder(figures: figures, renderer: ReportRenderer(templates: templateSet), options: options)
        let bar = ProgressBar()
        builder.progress = { done, total in bar.show(done: done, total: total) }
        let summary = try await builder.build()
        bar.finish()
        FileHandle.standardError.write(Data(BuildSummaryText.render(summary, out: out).utf8))
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
