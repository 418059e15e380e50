import CSRReport
import Foundation

/// The embedded default snapshot: the demo snapshot of the default seed, generated on first
/// use into a cache folder and reused after (never committed as a binary).
///
/// ```swift
/// let path = try DemoSnapshotCache().path()   // ~/.cache/csr-report/demo-seed2025-....sqlite
/// ```
/// The file name carries the options and the tool version, so a new generator never reuses an
/// old file. `CSR_REPORT_CACHE` overrides the folder; otherwise `$XDG_CACHE_HOME/csr-report`
/// or `~/.cache/csr-report`.
public struct DemoSnapshotCache: Sendable {
    public var options = DemoDataOptions()
    public var folder: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let explicit = environment["CSR_REPORT_CACHE"], !explicit.isEmpty {
            folder = explicit
        } else if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            folder = xdg + "/csr-report"
        } else {
            folder = (environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSTemporaryDirectory()) + "/.cache/csr-report"
        }
    }

    public var fileName: String {
        "demo-v\(CSRReportVersion.string)-seed\(options.seed)-c\(options.companies)-s\(formatFixed(options.scale, places: 2)).sqlite"
    }

    /// The cached snapshot's path, generating it first when it is not there yet.
    public func path() throws -> String {
        let path = folder + "/" + fileName
        if FileManager.default.fileExists(atPath: path) { return path }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw DemoCacheError.cannotCreate(folder, error.localizedDescription)
        }
        // The generator writes a temporary file and renames it, so a concurrent or killed
        // first use never leaves half a snapshot under this name.
        do {
            _ = try DemoSnapshotGenerator(options: options).write(to: path, ddl: SnapshotSchema.ddl, overwrite: false)
        } catch DemoDataError.fileExists(let existing) where existing == path && FileManager.default.fileExists(atPath: path) {
            // Another process finished it first.
        }
        return path
    }
}

public enum DemoCacheError: Error, Sendable, CustomStringConvertible {
    case cannotCreate(String, String)

    public var description: String {
        switch self {
        case .cannotCreate(let folder, let why): "cannot create the demo snapshot cache folder \(folder): \(why) (set CSR_REPORT_CACHE to another folder)"
        }
    }
}
