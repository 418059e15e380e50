/// `--zip`: one archive per bundle, byte-identical for identical files: entries sorted by name,
/// every entry dated the snapshot's export day (or 1980-01-01, the zip epoch), fixed permissions.
enum DeterministicZip {
    static func archive(files: [(name: String, bytes: [UInt8])], folder: String, date: Timestamp?) throws -> [UInt8] {
        do {
            return try DeterministicArchive.bytes(entries: files.map { ("\(folder)/\($0.name)", $0.bytes) }, dated: date)
        } catch {
            throw BundleError.cannotWrite("\(folder).zip", "\(error)")
        }
    }
}
