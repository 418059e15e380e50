import Foundation

/// Builds the report site (spec 11): renders every selected tenant concurrently, stages each
/// bundle in a temporary folder, and moves the bundles into place only when all of them
/// rendered, then writes the site index and the manifest.
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
        public var concurrency = max(ProcessInfo.processInfo.activeProcessorCount, 1)

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
        let fm = FileManager.default
        let out = options.outputFolder
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: out, isDirectory: &isDirectory), !isDirectory.boolValue { throw BundleError.outputIsAFile(out) }
        try AtomicFiles.makeFolder(out)
        AtomicFiles.recover(in: out)

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

        // Render concurrently into memory, then stage on disk; nothing visible changes yet.
        let rendered = try await renderAll(reports, folders: folders)
        let staging = out + "/.csr-report-staging-\(ProcessInfo.processInfo.processIdentifier)"
        try? fm.removeItem(atPath: staging)
        defer { try? fm.removeItem(atPath: staging) }
        var manifest = Manifest(period: options.period, snapshotSHA256: try Manifest.sha256(ofFile: options.snapshotPath),
                                generatedAt: figures.generatedAt)
        if let shard = options.shard {
            manifest.shard = shard
            manifest.siteTenants = indexReports.map { folders[$0.company.id]! }
        }
        var bytesWritten = 0
        var zips: [String: [UInt8]] = [:]
        for bundle in rendered {
            let folder = staging + "/" + bundle.folder
            try AtomicFiles.makeFolder(folder)
            for file in bundle.files {
                guard fm.createFile(atPath: folder + "/" + file.name, contents: Data(file.bytes)) else {
                    throw BundleError.cannotWrite(folder + "/" + file.name, "cannot create file")
                }
                manifest.add(path: bundle.folder + "/" + file.name, bytes: file.bytes)
                bytesWritten += file.bytes.count
            }
            if options.zip {
                let zip = try DeterministicZip.archive(files: bundle.files.map { ($0.name, $0.bytes) }, folder: bundle.folder,
                                                       date: figures.generatedAt)
                zips[bundle.folder] = zip
                manifest.add(path: bundle.folder + ".zip", bytes: zip)
                bytesWritten += zip.count
            }
        }
        let siteIndex = try renderer.renderSiteIndex(indexReports.map { SiteIndexEntry(folder: folders[$0.company.id]!, report: $0) },
                                                     period: options.period, generatedAt: figures.generatedAt)

        // Every bundle rendered: move them into place, then the index, then the manifest last.
        for bundle in rendered {
            try AtomicFiles.replaceFolder(out + "/" + bundle.folder, with: staging + "/" + bundle.folder)
            if let zip = zips[bundle.folder] { try AtomicFiles.write(zip, to: out + "/" + bundle.folder + ".zip") }
        }
        try AtomicFiles.write(siteIndex.bytes, to: out + "/" + siteIndex.name)
        manifest.add(path: siteIndex.name, bytes: siteIndex.bytes)
        bytesWritten += siteIndex.bytes.count
        let manifestName = options.shard.map { "manifest-shard-\($0.index)-of-\($0.count).json" } ?? "manifest.json"
        let manifestBytes = Array((manifest.json.serialized(indent: 2) + "\n").utf8)
        try AtomicFiles.write(manifestBytes, to: out + "/" + manifestName)

        return BuildSummary(
            tenants: rendered.count,
            files: manifest.entries.count + 1,
            bytes: bytesWritten + manifestBytes.count,
            period: options.period,
            findings: data.findings,
            suppressedFigures: reports.reduce(0) { $0 + $1.current.suppressed.count },
            reconciliation: Reconciliation.differences(reports: reports, platform: data.platformMetrics, companies: data.companies),
            folders: rendered.map(\.folder),
            periodWarnings: Self.periodWarnings(options.period, exportedAt: data.meta.exportedAt, reports: indexReports))
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

    public var warnings: Int { findings.reduce(0) { $0 + $1.count } }
}
