import Foundation

/// Checks a snapshot path before SQLite sees it, so that the common mistakes get their own
/// message instead of SQLite's generic "file is not a database".
///
/// The SQLite header (https://www.sqlite.org/fileformat.html) holds the page size at offset 16
/// and, when valid, the page count at offset 28: their product is the file size a complete
/// database has, which catches a snapshot cut short by a failed copy.
enum SnapshotFile {
    static func preflight(_ path: String) throws(SnapshotError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(path: path)
        }
        if isDirectory.boolValue { throw .notAFile(path: path) }
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
}
