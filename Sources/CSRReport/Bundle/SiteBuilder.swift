import Foundation

/// Builds the report site (spec 11): renders every selected tenant concurrently into memory,
/// then `SiteSwitch` assembles the whole next site beside `--out` and puts it in place in one
/// step, so `--out` is always one complete build (see docs/architecture.md).
///
/// ```swift
/// let summary = try await SiteBuilder(figures: figures, renderer: renderer, options: options).build()
/// ```
public struct SiteBuilder: Sendable {
    public struct Options: Sendable {
        public var outputFolder = "site"
        public var period: Period
        public var companies: [Int32]?
        public var shard: Shard?
        public var zip = false
        public var snapshotPath: String
        /// Where the review sheets go (`ReviewSheet`); nil writes none. Must lie outside `outputFolder`.
        public var reviewFolder: String?
        public var concurrency = max(ProcessInfo.processInfo.activeProcessorCount, 1)
        /// Test hook (`CSR_REPORT_TEST_FAULT`): fail or kill the build at one file operation.
        public var faults: FaultPlan?

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
        let out = options.outputFolder
        let location = try SiteLocation(out)
        try location.refuseSnapshotInside(options.snapshotPath, out: out)
        let fs = SiteFileSystem(faults: options.faults)
        try fs.makeFolder(location.workspace)
        let lock = try SiteLock(location, outputFolder: out)
        try SiteRecovery.recover(location, fs)

        let data = figures.data
        var selected = options.companies ?? data.companies.indices.map(Int32.init)
        if let shard = options.shard {
            let ids = Set(shard.select(selected.map { data.companies[Int($0)] }).map(\.id))
            selected = selected.filter { ids.contains(data.companies[Int($0)].id) }
        }
        let allSelected = options.companies ?? data.companies.indices.map(Int32.init)
        // Every shard writes the same site index (all selected tenants), so shards merge cleanly.
        let indexReports = figures.reports(for: options.period, companies: allSelected)
        let shardIDs = Set(selected.map { data.companies[Int($0)].id })
        let reports = indexReports.filter { shardIDs.contains($0.company.id) }
        let folders = TenantFolderName.assign(data.companies)

        // Render concurrently into memory; nothing on disk changes until the switch.
        let rendered = try await renderAll(reports, folders: folders)
        var manifest = Manifest(period: options.period, snapshotSHA256: try Manifest.sha256(ofFile: options.snapshotPath),
                                generatedAt: figures.generatedAt)
        if let shard = options.shard {
            manifest.shard = shard
            manifest.siteTenants = indexReports.map { folders[$0.company.id]! }
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for bundle in rendered {
            files += bundle.files.map { (bundle.folder + "/" + $0.name, $0.bytes) }
            if options.zip {
                let zip = try DeterministicZip.archive(files: bundle.files.map { ($0.name, $0.bytes) }, folder: bundle.folder,
                                                       date: figures.generatedAt)
                files.append((bundle.folder + ".zip", zip))
            }
        }
        let siteIndex = try renderer.renderSiteIndex(indexReports.map { SiteIndexEntry(folder: folders[$0.company.id]!, report: $0) },
                                                     period: options.period, generatedAt: figures.generatedAt)
        files.append((siteIndex.name, siteIndex.bytes))
        for file in files { manifest.add(path: file.path, bytes: file.bytes) }
        let manifestName = options.shard.map { "manifest-shard-\($0.index)-of-\($0.count).json" } ?? "manifest.json"

        let result = try SiteSwitch(location: location, outputFolder: out, fs: fs)
            .replace(with: files, manifest: manifest, manifestName: manifestName, merging: options.shard == nil,
                     tenants: Set(folders.values), rebuilt: Set(rendered.map(\.folder)))
        // The sheet describes what was published, so it follows the switch (still under the lock).
        if let review = options.reviewFolder {
            try ReviewSheet.write(reports, folders: folders, to: review, outside: out, fs: fs)
        }
        withExtendedLifetime(lock) {}

        return BuildSummary(
            tenants: rendered.count,
            files: files.count + 1,
            bytes: files.reduce(manifest.bytes.count) { $0 + $1.bytes.count },
            period: options.period,
            findings: data.findings,
            suppressedFigures: reports.reduce(0) { $0 + $1.current.suppressed.count },
            reconciliation: Reconciliation.differences(reports: reports, platform: data.platformMetrics, companies: data.companies),
            folders: rendered.map(\.folder),
            periodWarnings: Self.periodWarnings(options.period, exportedAt: data.meta.exportedAt, reports: indexReports),
            removedTenants: result.removedTenants,
            leftover: result.leftover,
            oldLeftovers: result.oldLeftovers)
    }

    /// What an account manager should know about the period before sending anything.
    static func periodWarnings(_ period: Period, exportedAt: Timestamp?, reports: [TenantReport]) -> [String] {
        var warnings: [String] = []
        if let exportedAt, period.endTime > exportedAt {
            warnings.append("\(period.label) ends after the snapshot was exported (\(exportedAt.date.iso8601)): its figures are incomplete")
        }
        let activity: [MetricName] = [.sessionsCount, .buddyMatchesActive, .participantsCount, .coursesCompleted]
        if !reports.isEmpty, reports.allSatisfy({ report in activity.allSatisfy { report.current.rawValues[$0]?.number ?? 0 == 0 } }) {
            warnings.append("no company has any activity in \(period.label): is it the period you meant?")
        }
        return warnings
    }

    private struct RenderedBundle: Sendable {
        let folder: String
        let files: [RenderedFile]
    }

    private func renderAll(_ reports: [TenantReport], folders: [UUIDKey: String]) async throws -> [RenderedBundle] {
        let renderer = self.renderer
        let progress = self.progress
        let total = reports.count
        var results = [RenderedBundle?](repeating: nil, count: total)
        try await withThrowingTaskGroup(of: (Int, RenderedBundle).self) { group in
            var next = 0
            var done = 0
            func launch() {
                guard next < total else { return }
                let i = next
                let report = reports[i]
                let folder = folders[report.company.id]!
                group.addTask { (i, RenderedBundle(folder: folder, files: try renderer.render(report))) }
                next += 1
            }
            for _ in 0..<min(options.concurrency, total) { launch() }
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
}

/// What a build did, for the summary line on standard error.
public struct BuildSummary: Sendable {
    public let tenants: Int
    public let files: Int
    public let bytes: Int
    public let period: Period
    /// Platform-wide data-quality findings (operator only).
    public let findings: [DataQualityFinding]
    public let suppressedFigures: Int
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
