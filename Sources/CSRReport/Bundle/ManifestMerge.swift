import Foundation

/// Combines the `manifest-shard-I-of-N.json` files that N `build --shard I/N` jobs wrote into one
/// folder into the `manifest.json` a single build would have written, after checking that the
/// shards belong together and that every tenant of the site was built exactly once.
///
/// ```swift
/// let merged = try ManifestMerge.merge(folder: "site")   // writes site/manifest.json
/// print(merged.tenants, merged.shards)
/// ```
/// Every file a shard manifest lists is checked on disk (size and SHA-256), so the merged
/// manifest describes the folder as it is, not as the shards said it would be.
public enum ManifestMerge {
    public struct Summary: Sendable {
        public let shards: Int
        public let tenants: Int
        public let files: Int
    }

    public static func merge(folder: String) throws(ManifestMergeError) -> Summary {
        // Under the site's lock, so that no build switches the site while its files are checked.
        let fs = SiteFileSystem(faults: nil)
        let lock: SiteLock
        do {
            let location = try SiteLocation(folder)
            try fs.makeFolder(location.workspace)
            lock = try SiteLock(location, outputFolder: folder)
        } catch {
            throw .cannotWrite(folder + "/manifest.json", "\(error)")
        }
        defer { withExtendedLifetime(lock) {} }
        let shards = try readShards(folder)
        let first = shards[0]
        for shard in shards.dropFirst() {
            for key in ["tool_version", "period", "period_start", "period_end", "generated_at", "snapshot_sha256", "site_tenants"]
            where !sameValue(shard.json[key], first.json[key]) {
                throw .mismatch(file: shard.name, other: first.name, field: key)
            }
        }
        var owner: [String: String] = [:]          // tenant folder -> shard manifest that built it
        var files: [String: Manifest.Entry] = [:]
        for shard in shards {
            var built: Set<String> = []
            for entry in shard.files {
                let tenant = tenantFolder(of: entry.path)
                if let tenant {
                    built.insert(tenant)
                } else if let earlier = files[entry.path], earlier.sha256 != entry.sha256 {
                    // index.html: every shard writes the same one.
                    throw .differentSharedFile(path: entry.path, file: shard.name)
                }
                files[entry.path] = entry
            }
            for tenant in built {
                if let other = owner[tenant] { throw .builtTwice(tenant: tenant, first: other, second: shard.name) }
                owner[tenant] = shard.name
            }
        }
        let siteTenants = (first.json["site_tenants"] as? [String]) ?? []
        if let missing = siteTenants.sorted().first(where: { owner[$0] == nil }) { throw .missingTenant(missing) }
        if let extra = owner.keys.sorted().first(where: { !siteTenants.contains($0) }) {
            throw .unexpectedTenant(extra, file: owner[extra]!)
        }
        for entry in files.values.sorted(by: { $0.path < $1.path }) { try check(entry, in: folder) }

        var manifest = Manifest(period: try period(of: first), snapshotSHA256: first.json["snapshot_sha256"] as? String ?? "",
                                generatedAt: (first.json["generated_at"] as? String).flatMap { Timestamp(parsing: $0) })
        manifest.entries = Array(files.values)
        let target = folder + "/manifest.json"
        let temporary = folder + "/.manifest.json.tmp-\(getpid())"
        do {
            unlink(temporary)
            try fs.write(manifest.bytes, to: temporary)
            try fs.rename(temporary, target)
        } catch {
            unlink(temporary)
            throw .cannotWrite(folder + "/manifest.json", "\(error)")
        }
        return Summary(shards: shards.count, tenants: owner.count, files: files.count)
    }

    private struct ShardManifest {
        let name: String
        let index: Int
        let count: Int
        let json: [String: Any]
        let files: [Manifest.Entry]
    }

    private static func readShards(_ folder: String) throws(ManifestMergeError) -> [ShardManifest] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .unreadable(folder, "not a readable folder")
        }
        var shards: [ShardManifest] = []
        for name in names.sorted() {
            guard let (index, count) = shardNumbers(name) else { continue }
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path),
                  let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
                  let list = json["files"] as? [[String: Any]] else {
                throw .unreadable(path, "not a shard manifest written by csr-report build --shard")
            }
            guard json["shard"] as? String == "\(index)/\(count)", json["site_tenants"] is [String] else {
                throw .unreadable(path, "no shard or site_tenants field: rebuild the shard with this version")
            }
            var files: [Manifest.Entry] = []
            for item in list {
                guard let file = item["path"] as? String, let bytes = item["bytes"] as? Int, let sha = item["sha256"] as? String else {
                    throw .unreadable(path, "a files entry without path, bytes or sha256")
                }
                files.append(Manifest.Entry(path: file, bytes: bytes, sha256: sha))
            }
            shards.append(ShardManifest(name: name, index: index, count: count, json: json, files: files))
        }
        guard let count = shards.first?.count else { throw .noShards(folder) }
        if let odd = shards.first(where: { $0.count != count }) { throw .mixedShardCounts(odd.name, count) }
        let present = Set(shards.map(\.index))
        if let missing = (1...count).first(where: { !present.contains($0) }) {
            throw .missingShard(index: missing, count: count)
        }
        return shards.sorted { $0.index < $1.index }
    }

    /// `manifest-shard-2-of-4.json` -> (2, 4)
    static func shardNumbers(_ name: String) -> (Int, Int)? {
        guard name.hasPrefix("manifest-shard-"), name.hasSuffix(".json") else { return nil }
        let middle = name.dropFirst("manifest-shard-".count).dropLast(".json".count)
        let parts = middle.components(separatedBy: "-of-")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(i) else { return nil }
        return (i, n)
    }

    /// The tenant a file belongs to: `acme/report.html` and `acme.zip` -> `acme`; `index.html` -> nil.
    private static func tenantFolder(of path: String) -> String? {
        if let slash = path.firstIndex(of: "/") { return String(path[..<slash]) }
        if path.hasSuffix(".zip") { return String(path.dropLast(4)) }
        return nil
    }

    private static func check(_ entry: Manifest.Entry, in folder: String) throws(ManifestMergeError) {
        let path = folder + "/" + entry.path
        guard let data = FileManager.default.contents(atPath: path) else { throw .fileMissing(entry.path) }
        guard data.count == entry.bytes, sha256Hex(Array(data)) == entry.sha256 else { throw .fileChanged(entry.path) }
    }

    private static func period(of shard: ShardManifest) throws(ManifestMergeError) -> Period {
        let label = shard.json["period"] as? String ?? ""
        if let period = try? Period(parsing: label) { return period }
        if let start = shard.json["period_start"] as? String, let end = shard.json["period_end"] as? String,
           let period = try? Period(from: start, to: end), period.label == label {
            return period
        }
        throw .unreadable(shard.name, "period \(label) is not a period")
    }

    private static func sameValue(_ a: Any?, _ b: Any?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let x as String, let y as String): x == y
        case (let x as [String], let y as [String]): x == y
        case (is NSNull, is NSNull): true
        default: false
        }
    }
}

/// Why shard manifests cannot be merged; each names the file or tenant to look at.
public enum ManifestMergeError: Error, Equatable, Sendable, CustomStringConvertible {
    case noShards(String)
    case unreadable(String, String)
    case mixedShardCounts(String, Int)
    case missingShard(index: Int, count: Int)
    case mismatch(file: String, other: String, field: String)
    case differentSharedFile(path: String, file: String)
    case builtTwice(tenant: String, first: String, second: String)
    case missingTenant(String)
    case unexpectedTenant(String, file: String)
    case fileMissing(String)
    case fileChanged(String)
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .noShards(let folder): "\(folder): no manifest-shard-I-of-N.json to merge (build with --shard I/N first)"
        case .unreadable(let path, let why): "\(path): \(why)"
        case .mixedShardCounts(let name, let count): "\(name) is not one of \(count) shards: the folder mixes two shard counts"
        case .missingShard(let i, let n): "shard \(i) of \(n) is missing (no manifest-shard-\(i)-of-\(n).json): its job failed or its output was not copied"
        case .mismatch(let file, let other, let field): "\(file) and \(other) differ in \(field): the shards were not built from the same snapshot, period and version"
        case .differentSharedFile(let path, let file): "\(path) in \(file) differs from the other shards' \(path)"
        case .builtTwice(let tenant, let first, let second): "tenant \(tenant) was built twice (\(first) and \(second))"
        case .missingTenant(let tenant): "tenant \(tenant) is in the site but no shard built it"
        case .unexpectedTenant(let tenant, let file): "tenant \(tenant) in \(file) is not in the site's tenant list"
        case .fileMissing(let path): "\(path) is listed in a shard manifest but missing from the folder"
        case .fileChanged(let path): "\(path) does not match its shard manifest (size or SHA-256): it changed after the build"
        case .cannotWrite(let path, let why): "\(path): cannot write (\(why))"
        }
    }
}
