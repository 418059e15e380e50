import Crypto
import Foundation

/// `manifest.json` (spec 11): every file the build wrote, with its size and SHA-256, the period,
/// the snapshot's SHA-256 and the tool version: enough to check a published site byte by byte.
struct Manifest {
    struct Entry {
        let path: String
        let bytes: Int
        let sha256: String
    }

    var entries: [Entry] = []
    let period: Period
    let snapshotSHA256: String
    let generatedAt: Timestamp?
    /// Set on the manifest of one `--shard I/N` build: which shard, and every tenant folder of the
    /// whole site, so that `csr-report merge-manifests` can tell a missing tenant from a small site.
    var shard: Shard?
    var siteTenants: [String] = []

    mutating func add(path: String, bytes: [UInt8]) {
        entries.append(Entry(path: path, bytes: bytes.count, sha256: sha256Hex(bytes)))
    }

    var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("tool", .string("csr-report")),
            ("tool_version", .string(CSRReportVersion.string)),
            ("period", .string(period.label)),
            ("period_start", .string(period.start.iso8601)),
            ("period_end", .string(period.lastDay.iso8601)),
            ("generated_at", generatedAt.map { .string($0.iso8601) } ?? .null),
            ("snapshot_sha256", .string(snapshotSHA256)),
        ]
        if let shard {
            fields.append(("shard", .string(shard.description)))
            fields.append(("site_tenants", .array(siteTenants.sorted().map { .string($0) })))
        }
        fields.append(("files", .array(entries.sorted { $0.path < $1.path }.map { entry in
            .object([("path", .string(entry.path)), ("bytes", .integer(entry.bytes)), ("sha256", .string(entry.sha256))])
        })))
        return .object(fields)
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
