import Foundation
import ZIPFoundation

/// `--zip`: one archive per bundle, byte-identical for identical files: entries sorted by name,
/// every entry dated the snapshot's export day (or 1980-01-01, the zip epoch), fixed permissions.
enum DeterministicZip {
    static func archive(files: [(name: String, bytes: [UInt8])], folder: String, date: Timestamp?) throws -> [UInt8] {
        let archive: Archive
        do {
            archive = try Archive(accessMode: .create)
        } catch {
            throw BundleError.cannotWrite("\(folder).zip", "\(error)")
        }
        let modified = Date(timeIntervalSince1970: Double((date ?? Timestamp(date: CivilDate(year: 1980, month: 1, day: 1))).microseconds) / 1_000_000)
        for file in files.sorted(by: { $0.name < $1.name }) {
            let data = Data(file.bytes)
            try archive.addEntry(with: "\(folder)/\(file.name)", type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: modified, permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw BundleError.cannotWrite("\(folder).zip", "the archive is empty") }
        return [UInt8](data)
    }
}
