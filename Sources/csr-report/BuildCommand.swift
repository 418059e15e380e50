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
            Writes <out>/<tenant>/ for each company, <out>/index.html and <out>/manifest.json.
            Each bundle is written to a temporary folder and moved into place only when every
            bundle rendered, so a failed build leaves the previous reports as they were.
            Same snapshot and flags give byte-identical output.
            Example: csr-report build --db snapshot.sqlite --period 2025-Q3 --out site --zip
            With --db postgresql://... (or postgres://) the snapshot is exported first into a
            temporary file (see `csr-report snapshot`), which is removed after the build.
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
        // `--db postgresql://...`: export to a temporary snapshot first, build from it, remove it.
        if let db = snapshot.db, PostgresTarget.isURL(db) {
            let path = FileManager.default.temporaryDirectory
                .appendingPathComponent("csr-report-export-\(ProcessInfo.processInfo.processIdentifier).sqlite").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            _ = try SnapshotCommand.export(from: db, to: path, overwrite: true)
            try await build(from: path)
        } else {
            try await build(from: try snapshot.resolvedPath())
        }
    }

    private func build(from path: String) async throws {
        let settings = try figureOptions.settings()
        let templateSet = try templates.map { try TemplateSet.load(directory: $0) } ?? TemplateSet.builtIn()
        let data = try Snapshot.open(path).load()
        let figures = ReportFigures(data: data, settings: settings, generatedAt: SourceDateEpoch.fromEnvironment())
        var options = SiteBuilder.Options(period: try periodOptions.resolve(default: figures.defaultPeriod), snapshotPath: path)
        options.outputFolder = out
        options.zip = zip
        options.shard = try shard.map { try Shard(parsing: $0) }
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
enum SourceDateEpoch {
    static func fromEnvironment() -> Timestamp? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) else { return nil }
        return Timestamp(microseconds: seconds * 1_000_000)
    }
}
