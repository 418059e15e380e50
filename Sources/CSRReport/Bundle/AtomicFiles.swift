import Foundation

/// Writes that are complete or absent: a reader (or a later build) never sees half a file or
/// half a bundle, even when the build is killed.
enum AtomicFiles {
    /// Writes to a temporary name in the same folder, then renames over the target.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw BundleError.cannotWrite(path, "cannot create \(temporary)")
        }
        try rename(temporary, path)
    }

    /// Moves a finished folder to `target`. An existing target is first renamed to
    /// `target.previous`, then removed once the new folder is in place; a build killed between
    /// the two renames leaves `target.previous`, which `recover` puts back on the next run.
    static func replaceFolder(_ target: String, with finished: String) throws {
        let fm = FileManager.default
        let previous = target + ".previous"
        if fm.fileExists(atPath: previous) { try? fm.removeItem(atPath: previous) }
        let hadOld = fm.fileExists(atPath: target)
        if hadOld { try rename(target, previous) }
        do {
            try rename(finished, target)
        } catch {
            if hadOld { try? rename(previous, target) }
            throw error
        }
        if hadOld { try? fm.removeItem(atPath: previous) }
    }

    /// Puts back bundles a killed build left as `*.previous`, and removes its staging folders.
    static func recover(in folder: String) {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            let path = folder + "/" + name
            if name.hasSuffix(".previous") {
                let target = String(path.dropLast(".previous".count))
                if fm.fileExists(atPath: target) { try? fm.removeItem(atPath: path) } else { try? rename(path, target) }
            } else if name.hasPrefix(".csr-report-staging-") {
                try? fm.removeItem(atPath: path)
            }
        }
    }

    /// `mkdir -p` that says why it failed (Foundation's message for a read-only or missing
    /// parent is only "the file doesn't exist").
    static func makeFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw BundleError.cannotWrite(path, "a file of that name is in the way")
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw BundleError.cannotWrite(path, "cannot create the folder: \(String(cString: strerror(errno)))")
        }
    }

    private static func rename(_ from: String, _ to: String) throws {
        if Foundation.rename(from, to) != 0 {
            throw BundleError.cannotWrite(to, String(cString: strerror(errno)))
        }
    }
}

public enum BundleError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotWrite(String, String)
    case outputIsAFile(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let why): "\(path): cannot write (\(why))"
        case .outputIsAFile(let path): "--out \(path): is a file, not a folder"
        }
    }
}
