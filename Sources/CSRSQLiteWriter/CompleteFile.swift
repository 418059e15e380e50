import Foundation

/// A file that appears at its path only when complete: it is written under a temporary name
/// beside the target and renamed into place (rename(2) replaces atomically, so a reader sees the
/// old file or the whole new one). A failed write removes the temporary file; a killed one
/// leaves it, and the next write to the same temporary name removes it first.
///
/// ```swift
/// let file = try CompleteFile(path: "demo.sqlite", temporary: ".demo.sqlite.partial", overwrite: false)
/// let summary = try file.write { temporary in try fill(SQLiteWriter(creating: temporary)) }
/// ```
/// The snapshot producers (demo generator, PostgreSQL export) share it; each turns
/// `CompleteFileError` into its own message.
public struct CompleteFile: Sendable {
    public let path: String
    public let temporary: String
    public let overwrite: Bool

    /// Checks, before any work, that the folder exists and that `path` may be written.
    public init(path: String, temporary: String, overwrite: Bool) throws(CompleteFileError) {
        self.path = path
        self.temporary = temporary
        self.overwrite = overwrite
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .missingFolder(folder)
        }
        if !overwrite && FileManager.default.fileExists(atPath: path) { throw .exists(path) }
    }

    /// Runs `body` with the temporary path, then renames the result into place. `body` must have
    /// closed the file (its connection gone) when it returns.
    public func write<T>(_ body: (String) throws -> T) throws -> T {
        let manager = FileManager.default
        try? manager.removeItem(atPath: temporary)
        let result: T
        do {
            result = try body(temporary)
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw error
        }
        // Someone may have created the target meanwhile.
        if !overwrite && manager.fileExists(atPath: path) {
            try? manager.removeItem(atPath: temporary)
            throw CompleteFileError.exists(path)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: temporary)
            throw CompleteFileError.cannotRename(from: temporary, to: path, reason: reason)
        }
        return result
    }
}

/// Why a `CompleteFile` could not be written; the producers phrase it for their command.
public enum CompleteFileError: Error, Sendable, Equatable {
    case missingFolder(String)
    case exists(String)
    case cannotRename(from: String, to: String, reason: String)
}
