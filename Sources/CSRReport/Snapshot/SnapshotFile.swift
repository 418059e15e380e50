import Foundation

/// Checks a snapshot path before SQLite sees it, so that the common mistakes get their own
/// message instead of SQLite's generic "file is not a database".
///
/// The SQLite header (https://www.sqlite.org/fileformat.html) holds the page size at offset 16
/// and, when valid, the page count at offset 28: their product is the file size a complete
/// database has, which catches a snapshot cut short by a failed copy.
enum SnapshotFile {
    static func preflight(_ path: String) throws(SnapshotError) {
        // stat, never open, before knowing the kind: opening a FIFO blocks until a writer comes.
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .fileNotFound(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .notAFile(path: path)
        case S_IFIFO: throw .notRegularFile(path: path, kind: "FIFO (named pipe)")
        case S_IFSOCK: throw .notRegularFile(path: path, kind: "socket")
        case S_IFCHR, S_IFBLK: throw .notRegularFile(path: path, kind: "device")
        default: throw .notRegularFile(path: path, kind: "special file")
        }
        try checkNoPendingLog(path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        defer { try? handle.close() }
        let header: Data
        do {
            header = try handle.read(upToCount: 100) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let magic = Array("SQLite format 3\0".utf8)
        guard header.count >= 100, Array(header.prefix(16)) == magic else { throw .notSQLite(path: path) }
        let bytes = [UInt8](header)
        func be32(_ offset: Int) -> Int {
            Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
        }
        let rawPageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else {
            throw .corrupt(path: path, detail: "invalid page size \(rawPageSize) in the header")
        }
        // The in-header page count is trusted only when the change counter matches "version valid for".
        let pageCount = be32(28)
        if pageCount > 0, be32(24) == be32(92) {
            let expected = pageCount * pageSize
            let actual = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if actual < expected {
                throw .truncated(path: path, expectedBytes: expected, actualBytes: actual)
            }
        }
    }

    /// The snapshot is opened `immutable=1`, which reads the main file only. A `-wal` with
    /// frames or a hot `-journal` beside it means the main file alone is not the database
    /// SQLite would show (stale rows, or a half-applied write), so the snapshot is refused with
    /// the command that settles it. Applying the log ourselves would mean writing beside the
    /// user's file or copying a snapshot that can be gigabytes; a refusal is one command away
    /// from a clean file.
    static func checkNoPendingLog(_ path: String) throws(SnapshotError) {
        // SQLite finds the logs beside the file a symbolic link points to.
        var bases = [path]
        if let resolved = realpath(path, nil) {
            bases.append(String(cString: resolved))
            free(resolved)
        }
        for base in bases {
            // A WAL of only its 32-byte header holds no frames: nothing to apply.
            if let bytes = regularFileSize(base + "-wal"), bytes > 32 {
                throw .pendingWriteAheadLog(path: path, walBytes: bytes)
            }
            // A rollback journal is hot when it is non-empty and its header is not zeroed
            // (https://www.sqlite.org/fileformat.html#the_rollback_journal).
            let journal = base + "-journal"
            if let bytes = regularFileSize(journal), bytes > 0, let handle = FileHandle(forReadingAtPath: journal) {
                defer { try? handle.close() }
                let header = (try? handle.read(upToCount: 28)) ?? Data()
                if header.contains(where: { $0 != 0 }) { throw .hotJournal(path: path) }
            }
        }
    }

    private static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}
