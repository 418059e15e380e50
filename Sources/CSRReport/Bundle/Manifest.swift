import Crypto
import Foundation

/// `manifest.json` (spec 11): every file the build wrote, with its size and SHA-256, the period,
/// the snapshot's SHA-256 and the tool version: enough to check a published site byte by byte.
/// It is also the tool's record of what it owns in `--out`: the next build replaces or removes
/// only the files a manifest lists, and leaves every other file where it is.
struct Manifest {
    struct Entry {
        let path: String
        let bytes: Int
        let sha256: String
    }

    var entries: [Entry] = []
    /// The fields before `files`, as the build that wrote the manifest set them.
    let header: [(String, JSONValue)]
    /// Set on the manifest of one `--shard I/N` build: which shard, and every tenant folder of the
    /// whole site, so that `csr-report merge-manifests` can tell a missing tenant from a small site.
    var shard: Shard?
    var siteTenants: [String] = []

    init(period: Period, snapshotSHA256: String, generatedAt: Timestamp?) {
        header = [
            ("tool", .string("csr-report")),
            ("tool_version", .string(CSRReportVersion.string)),
            ("period", .string(period.label)),
            ("period_start", .string(period.start.iso8601)),
            ("period_end", .string(period.lastDay.iso8601)),
            ("generated_at", generatedAt.map { .string($0.iso8601) } ?? .null),
            ("snapshot_sha256", .string(snapshotSHA256)),
        ]
    }

    /// A manifest an earlier build wrote; nil when the bytes are not one (then the file is not
    /// the tool's). Paths that could leave the site (`..`, absolute) are never taken as owned.
    init?(parsing data: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["tool"] as? String == "csr-report", let files = object["files"] as? [[String: Any]] else { return nil }
        header = ["tool", "tool_version", "period", "period_start", "period_end", "generated_at", "snapshot_sha256"].map { key in
            (key, (object[key] as? String).map { JSONValue.string($0) } ?? .null)
        }
        shard = (object["shard"] as? String).flatMap { try? Shard(parsing: $0) }
        siteTenants = object["site_tenants"] as? [String] ?? []
        for file in files {
            guard let path = file["path"] as? String, Self.isSafeRelativePath(path),
                  let bytes = file["bytes"] as? Int, let sha = file["sha256"] as? String else { continue }
            entries.append(Entry(path: path, bytes: bytes, sha256: sha))
        }
    }

    static func isSafeRelativePath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    mutating func add(path: String, bytes: [UInt8]) {
        entries.append(Entry(path: path, bytes: bytes.count, sha256: sha256Hex(bytes)))
    }

    var json: JSONValue {
        var fields = header
        if let shard {
            fields.append(("shard", .string(shard.description)))
            fields.append(("site_tenants", .array(siteTenants.sorted().map { .string($0) })))
        }
        fields.append(("files", .array(entries.sorted { $0.path < $1.path }.map { entry in
            .object([("path", .string(entry.path)), ("bytes", .integer(entry.bytes)), ("sha256", .string(entry.sha256))])
        })))
        return .object(fields)
    }

    var bytes: [UInt8] { Array((json.serialized(indent: 2) + "\n").utf8) }

    /// The names a manifest can have at the top of the site.
    static func isManifestName(_ name: String) -> Bool {
        name == "manifest.json" || (name.hasPrefix("manifest-shard-") && name.hasSuffix(".json") && !name.contains("/"))
    }

    /// The snapshot file's SHA-256, read in chunks (a snapshot can be gigabytes).
    static func sha256(ofFile path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw BundleError.cannotWrite(path, "cannot read the snapshot to hash it") }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hex(hasher.finalize())
    }
}
