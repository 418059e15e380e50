import Foundation

/// The bundle stage (spec 11): puts rendered bundles on disk as one site. It stages, swaps,
/// hashes and zips what it is given, and decides nothing about figures.
///
/// `open` takes the output's lock and recovers what a killed build left, before anything else
/// is read; `publish` then assembles the whole next site beside `--out` and puts it in place in
/// one step (`SiteSwitch`), so `--out` is always one complete build (see docs/architecture.md).
///
/// ```swift
/// let site = try SiteBuilder.open(output: "site", snapshotPath: "snapshot.sqlite", faults: nil)
/// let published = try site.publish(SiteContent(period: period, generatedAt: nil, bundles: bundles, siteIndex: index, tenantFolders: names))
/// ```
public struct SiteBuilder {
    let out: String
    let snapshotPath: String
    let location: SiteLocation
    let fs: SiteFileSystem
    /// Held until this value goes: the kernel drops it with the process, so a kill never leaves it.
    let lock: SiteLock

    /// Takes `--out`'s lock and puts back what a killed build left; refuses a snapshot inside `--out`.
    /// - Parameter faults: test hook (`CSR_REPORT_TEST_FAULT`): fail or kill at one file operation.
    public static func open(output out: String, snapshotPath: String, faults: FaultPlan?) throws -> SiteBuilder {
        let location = try SiteLocation(out)
        try location.refuseSnapshotInside(snapshotPath, out: out)
        let fs = SiteFileSystem(faults: faults)
        try fs.makeFolder(location.workspace)
        let lock = try SiteLock(location, outputFolder: out)
        try SiteRecovery.recover(location, fs)
        return SiteBuilder(out: out, snapshotPath: snapshotPath, location: location, fs: fs, lock: lock)
    }

    /// Writes the site: every bundle (and its zip), the site index and the manifest, switched in
    /// at once; then the review sheets, which describe what was published (still under the lock).
    public func publish(_ content: SiteContent) throws -> SitePublication {
        var manifest = Manifest(period: content.period, snapshotSHA256: try Manifest.sha256(ofFile: snapshotPath),
                                generatedAt: content.generatedAt)
        if let shard = content.shard {
            manifest.shard = shard
            manifest.siteTenants = content.siteTenants
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for bundle in content.bundles {
            files += bundle.files.map { (bundle.folder + "/" + $0.name, $0.bytes) }
            if content.zip {
                let zip = try DeterministicZip.archive(files: bundle.files.map { ($0.name, $0.bytes) }, folder: bundle.folder,
                                                       date: content.generatedAt)
                files.append((bundle.folder + ".zip", zip))
            }
        }
        files.append((content.siteIndex.name, content.siteIndex.bytes))
        for file in files { manifest.add(path: file.path, bytes: file.bytes) }
        let manifestName = content.shard.map { "manifest-shard-\($0.index)-of-\($0.count).json" } ?? "manifest.json"

        let result = try SiteSwitch(location: location, outputFolder: out, fs: fs)
            .replace(with: files, manifest: manifest, manifestName: manifestName, merging: content.shard == nil,
                     tenants: content.tenantFolders, rebuilt: Set(content.bundles.map(\.folder)))
        if let review = content.reviewSheets {
            try ReviewSheet.write(review.sheets, to: review.folder, outside: out, fs: fs)
        }
        withExtendedLifetime(lock) {}
        return SitePublication(files: files.count + 1, bytes: files.reduce(manifest.bytes.count) { $0 + $1.bytes.count },
                               removedTenants: result.removedTenants, leftover: result.leftover, oldLeftovers: result.oldLeftovers)
    }
}

/// One tenant's rendered bundle and the folder it goes to.
public struct TenantBundle: Sendable {
    public let folder: String
    public let files: [RenderedFile]

    public init(folder: String, files: [RenderedFile]) {
        self.folder = folder
        self.files = files
    }
}

/// Everything a site build writes, already rendered.
public struct SiteContent: Sendable {
    public var period: Period
    /// Stamped into the manifest and the zip entries.
    public var generatedAt: Timestamp?
    public var bundles: [TenantBundle]
    public var siteIndex: RenderedFile
    /// Every tenant folder name of the snapshot: an owned bundle outside it is stale and removed.
    public var tenantFolders: Set<String>
    public var zip = false
    /// A shard build writes its own manifest, which lists the tenants of the whole site.
    public var shard: Shard?
    public var siteTenants: [String] = []
    /// The review sheets (`<folder>/<tenant>.csv`), written after the switch; nil writes none.
    public var reviewSheets: (folder: String, sheets: [(tenant: String, bytes: [UInt8])])?

    public init(period: Period, generatedAt: Timestamp?, bundles: [TenantBundle], siteIndex: RenderedFile, tenantFolders: Set<String>) {
        self.period = period
        self.generatedAt = generatedAt
        self.bundles = bundles
        self.siteIndex = siteIndex
        self.tenantFolders = tenantFolders
    }
}

/// What `publish` wrote.
public struct SitePublication: Sendable {
    /// Files written, the manifest included.
    public let files: Int
    public let bytes: Int
    /// Tenant folders of the previous site removed because their company is no longer in the
    /// snapshot (or was renamed).
    public let removedTenants: [String]
    /// The replaced site, when it could not be removed after the switch (the next build does).
    public let leftover: String?
    /// Names in `--out` that look like what an older csr-report left when killed; kept, since
    /// no manifest says the tool wrote them.
    public let oldLeftovers: [String]
}
