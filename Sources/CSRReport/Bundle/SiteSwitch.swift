import Foundation

/// Puts a new site in place of the old one in a single step, so that `--out` shows the complete
/// previous site or the complete new one at every instant, whatever happens to the build.
///
/// The next site is assembled in `.<name>.csr-report/build-<pid>/` beside `--out`: the files of
/// this build, the files of the previous site that stay (bundles of tenants this build did not
/// render, and every file the tool did not write, as hard links), and the manifest. Then one
/// `renameat2(RENAME_EXCHANGE)` swaps the two folders, and the old one is removed. Where the
/// exchange is not available, two renames do it (`--out` -> `previous-<pid>`, `build-<pid>` ->
/// `--out`); a kill between them leaves no `--out` for an instant, and the next build puts
/// `previous-<pid>` back before anything else (`SiteRecovery`).
struct SiteSwitch {
    let location: SiteLocation
    let outputFolder: String
    let fs: SiteFileSystem

    struct Outcome {
        /// Tenant folders of the previous site that this site no longer has.
        var removedTenants: [String]
        /// The replaced site could not be removed; the next build removes it.
        var leftover: String?
        /// Names in `--out` that look like an older version's leftovers (kept: no manifest lists them).
        var oldLeftovers: [String]
    }

    /// - Parameters:
    ///   - files: this build's files, relative to the site.
    ///   - manifest: this build's manifest (its entries are filled in here), written as `manifestName`.
    ///   - merging: whether this build's manifest takes the entries of every earlier manifest
    ///     (a whole-site build) or only of its own (a shard: the other shards' manifests stay).
    ///   - tenants: every tenant folder name of the snapshot; owned bundles outside it are stale.
    ///   - rebuilt: the tenant folders this build wrote; their previous files are replaced as a unit.
    func replace(with files: [(path: String, bytes: [UInt8])], manifest: Manifest, manifestName: String,
                 merging: Bool, tenants: Set<String>, rebuilt: Set<String>) throws -> Outcome {
        let previous = PreviousSite(at: location.out)
        var manifests: [String: Manifest] = [manifestName: manifest]
        var carried: [String] = []
        var removed: Set<String> = []
        let written = Set(files.map(\.path))
        for (path, owner) in previous.owned.sorted(by: { $0.key < $1.key }) where !Manifest.isManifestName(path) {
            if written.contains(path) { continue }
            let key = path.siteTopLevelKey
            guard !rebuilt.contains(key), tenants.contains(key) else {
                if !rebuilt.contains(key), path.contains("/") || path.hasSuffix(".zip") { removed.insert(key) }
                continue
            }
            carried.append(path)
            let target = merging ? manifestName : owner
            if manifests[target] == nil, let old = previous.manifests[target] {
                manifests[target] = old
                manifests[target]!.entries = []
            }
            let bytes = [UInt8](FileManager.default.contents(atPath: location.out + "/" + path) ?? Data())
            manifests[target]!.add(path: path, bytes: bytes)
        }
        // Every path this build writes must be free of other people's files.
        let foreignFiles = Set(previous.foreignFiles)
        let foreignFolders = Set(previous.foreignFolders)
        for path in written.union(manifests.keys).sorted() {
            let parts = path.split(separator: "/")
            let prefixes = (1..<parts.count).map { parts.prefix($0).joined(separator: "/") }
            if foreignFiles.contains(path) || foreignFolders.contains(path) {
                throw BundleError.foreignFileInTheWay(out: outputFolder, path: path)
            }
            if let clash = prefixes.first(where: { foreignFiles.contains($0) }) {
                throw BundleError.foreignFileInTheWay(out: outputFolder, path: clash)
            }
        }

        let staging = location.workspace + "/build-\(getpid())"
        do {
            try fs.makeFolder(staging)
            for folder in previous.foreignFolders { try fs.makeFolder(staging + "/" + folder, mode: previous.folders[folder] ?? 0o755) }
            for file in files {
                try makeParent(of: file.path, in: staging, previous: previous)
                try fs.write(file.bytes, to: staging + "/" + file.path)
            }
            for path in carried + previous.foreignFiles {
                try makeParent(of: path, in: staging, previous: previous)
                try fs.carry(location.out + "/" + path, to: staging + "/" + path)
            }
            for (name, manifest) in manifests.sorted(by: { $0.key < $1.key }) {
                try fs.write(manifest.bytes, to: staging + "/" + name)
            }
            if let mode = previous.rootMode { try fs.chmod(staging, mode) }
        } catch {
            try? fs.removeTree(staging)
            throw error
        }
        do {
            return Outcome(removedTenants: removed.sorted(), leftover: try switchTo(staging), oldLeftovers: previous.oldLeftovers)
        } catch {
            // Nothing was switched (a failed second rename puts the old site back first).
            try? fs.removeTree(staging)
            throw error
        }
    }

    private func makeParent(of path: String, in staging: String, previous: PreviousSite) throws {
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty { try fs.makeFolder(staging + "/" + parent, mode: previous.folders[parent] ?? 0o755) }
    }

    /// The one step that changes what `--out` shows; returns the old site's path if it stays behind.
    private func switchTo(_ staging: String) throws -> String? {
        var info = stat()
        guard lstat(location.out, &info) == 0 else {
            try fs.rename(staging, location.out)
            return nil
        }
        if try fs.exchange(staging, location.out) {
            // `staging` now holds the previous site.
            do { try fs.removeTree(staging) } catch { return staging }
            return nil
        }
        let previous = location.workspace + "/previous-\(getpid())"
        try fs.rename(location.out, previous)
        do {
            try fs.rename(staging, location.out)
        } catch {
            try? fs.rename(previous, location.out)
            throw error
        }
        do { try fs.removeTree(previous) } catch { return previous }
        return nil
    }
}
