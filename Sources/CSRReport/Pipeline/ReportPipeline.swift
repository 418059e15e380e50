import Foundation

/// A whole build (spec 11), one stage after the other: the snapshot's rows -> figures (each
/// tenant's `TenantReport` for the client and `TenantAudit` for the operator) -> render (the
/// reports only) -> bundle (the site on disk) -> the build summary (from the audits).
///
/// ```swift
/// let summary = try await ReportPipeline(figures: figures, renderer: renderer, options: options).build()
/// ```
/// Each stage gets only what the one before it produced; this type is the only place that
/// holds both sides, and the renderer never sees an audit.
public struct ReportPipeline: Sendable {
    public struct Options: Sendable {
        public var outputFolder = "site"
        public var period: Period
        /// Indexes into the snapshot's companies (`ReportFigures.companyIndexes`); nil: all.
        public var companies: [Int32]?
        public var shard: Shard?
        public var zip = false
        public var snapshotPath: String
        /// Where the review sheets go (`ReviewSheet`); nil writes none. Must lie outside `outputFolder`.
        public var reviewFolder: String?
        public var concurrency = max(ProcessInfo.processInfo.activeProcessorCount, 1)
        /// Test hook (`CSR_REPORT_TEST_FAULT`): fail or kill the build at one file operation.
        public var faults: FaultPlan?
        /// Build a period that is not over at the snapshot's `exported_at` (its figures are
        /// incomplete; the summary warns). Off: such a period stops the build before anything is written.
        public var allowIncomplete = false
        /// `--pdf`: print each bundle's index.html to report.pdf (nil: no PDF).
        public var printer: PDFPrinter?

        public init(period: Period, snapshotPath: String) {
            self.period = period
            self.snapshotPath = snapshotPath
        }
    }

    public let figures: ReportFigures
    public let renderer: ReportRenderer
    public let options: Options
    /// Called with (tenants done, total) as bundles finish rendering.
    public var progress: @Sendable (Int, Int) -> Void = { _, _ in }

    public init(figures: ReportFigures, renderer: ReportRenderer, options: Options) {
        self.figures = figures
        self.renderer = renderer
        self.options = options
    }

    public func build() async throws -> BuildSummary {
        try figures.data.checkTenantIdentity()
        if !options.allowIncomplete { try options.period.requireOver(exportedAt: figures.data.meta.exportedAt) }
        // The lock comes before anything is read or computed.
        let site = try SiteBuilder.open(output: options.outputFolder, snapshotPath: options.snapshotPath, faults: options.faults)

        let data = figures.data
        let allSelected = options.companies ?? data.companies.indices.map(Int32.init)
        var selected = allSelected
        if let shard = options.shard {
            let ids = Set(shard.select(selected.map { data.companies[Int($0)] }).map(\.id))
            selected = selected.filter { ids.contains(data.companies[Int($0)].id) }
        }
        // Every shard writes the same site index (all selected tenants), so shards merge cleanly.
        let indexTenants = figures.tenants(for: options.period, companies: allSelected)
        let shardIDs = Set(selected.map { data.companies[Int($0)].id })
        let tenants = indexTenants.filter { shardIDs.contains($0.audit.companyID) }
        let folders = TenantFolderName.assign(data.companies)
        func folder(_ tenant: TenantFigures) -> String { folders[tenant.audit.companyID] ?? "" }

        // Render concurrently into memory; nothing on disk changes until the switch.
        let bundles = try await renderAll(tenants.map { (folder($0), $0.report) })
        let siteIndex = try renderer.renderSiteIndex(indexTenants.map { SiteIndexEntry(folder: folder($0), report: $0.report) },
                                                     period: options.period, generatedAt: figures.generatedAt, withPDF: options.printer != nil)
        var content = SiteContent(period: options.period, generatedAt: figures.generatedAt, bundles: bundles, siteIndex: siteIndex,
                                  tenantFolders: Set(folders.values))
        content.zip = options.zip
        if let shard = options.shard {
            content.shard = shard
            content.siteTenants = indexTenants.map(folder)
        }
        if let review = options.reviewFolder {
            content.reviewSheets = (review, tenants.map { (folder($0), Array(ReviewSheetCSV.render($0.audit.quotes).utf8)) })
        }
        let published = try site.publish(content)

        return BuildSummary(
            tenants: bundles.count,
            files: published.files,
            bytes: published.bytes,
            period: options.period,
            findings: data.findings,
            suppressedFigures: tenants.reduce(0) { $0 + $1.report.current.suppressed.count },
            suppressedPerTenant: tenants.map { (folder($0), $0.report.current.suppressed.count) },
            reconciliation: Reconciliation.differences(tenants: tenants, platform: data.platformMetrics, companies: data.companies),
            folders: bundles.map(\.folder),
            periodWarnings: Self.periodWarnings(options.period, exportedAt: data.meta.exportedAt, audits: indexTenants.map(\.audit)),
            removedTenants: published.removedTenants,
            leftover: published.leftover,
            oldLeftovers: published.oldLeftovers)
    }

    /// What an account manager should know about the period before sending anything.
    static func periodWarnings(_ period: Period, exportedAt: Timestamp?, audits: [TenantAudit]) -> [String] {
        var warnings: [String] = []
        if let exportedAt, period.endTime > exportedAt {
            warnings.append("\(period.label) ends after the snapshot was exported (\(exportedAt.date.iso8601)): its figures are incomplete")
        }
        let activity: [MetricName] = [.sessionsCount, .buddyMatchesActive, .participantsCount, .coursesCompleted]
        if !audits.isEmpty, audits.allSatisfy({ audit in activity.allSatisfy { audit.rawValues[$0]?.number ?? 0 == 0 } }) {
            warnings.append("no company has any activity in \(period.label): is it the period you meant?")
        }
        return warnings
    }

    private func renderAll(_ reports: [(folder: String, report: TenantReport)]) async throws -> [TenantBundle] {
        let renderer = self.renderer
        let printer = options.printer
        let progress = self.progress
        let total = reports.count
        var results = [TenantBundle?](repeating: nil, count: total)
        try await withThrowingTaskGroup(of: (Int, TenantBundle).self) { group in
            var next = 0
            var done = 0
            func launch() {
                guard next < total else { return }
                let i = next
                let (folder, report) = reports[i]
                group.addTask { (i, TenantBundle(folder: folder, files: try Self.files(of: report, folder: folder, renderer: renderer, printer: printer))) }
                next += 1
            }
            // Each print is a whole browser (about 200 MB): at most `PDFPrinter.concurrentPrints` at once.
            let width = printer == nil ? options.concurrency : min(options.concurrency, PDFPrinter.concurrentPrints)
            for _ in 0..<min(width, total) { launch() }
            progress(0, total)
            while let (i, bundle) = try await group.next() {
                results[i] = bundle
                done += 1
                progress(done, total)
                launch()
            }
        }
        return results.compactMap { $0 }
    }

    /// A bundle's files, with report.pdf printed from its index.html under `--pdf`: still in
    /// memory, so a failed print leaves `--out` untouched.
    private static func files(of report: TenantReport, folder: String, renderer: ReportRenderer, printer: PDFPrinter?) throws -> [RenderedFile] {
        let files = try renderer.render(report)
        guard let printer, let page = files.first(where: { $0.name == "index.html" }) else { return files }
        return files + [try printer.print(page, folder: folder, dated: report.generatedAt)]
    }
}

/// What a build did, for the summary lines on standard error (the operator's, never a client's).
public struct BuildSummary: Sendable {
    public let tenants: Int
    public let files: Int
    public let bytes: Int
    public let period: Period
    /// Platform-wide data-quality findings (operator only).
    public let findings: [DataQualityFinding]
    public let suppressedFigures: Int
    /// (tenant folder, figures suppressed in its current period), in build order.
    public let suppressedPerTenant: [(folder: String, count: Int)]
    public let reconciliation: [ReconciliationDifference]
    public let folders: [String]
    /// The period is not finished in the snapshot, or nothing happened in it.
    public let periodWarnings: [String]
    /// Tenant folders of the previous site removed because their company is no longer in the
    /// snapshot (or was renamed).
    public let removedTenants: [String]
    /// The replaced site, when it could not be removed after the switch (the next build does).
    public let leftover: String?
    /// Names in `--out` that look like what an older csr-report left when killed; kept, since
    /// no manifest says the tool wrote them.
    public let oldLeftovers: [String]

    public var warnings: Int { findings.reduce(0) { $0 + $1.count } }
}
