import Foundation
import ZIPFoundation

/// A zip archive in memory whose bytes depend only on its entries: sorted by path, every entry
/// dated the same day (ZIPFoundation writes DOS times through `gmtime`, so no time zone leaks in),
/// fixed permissions, deflated. Used for `<tenant>.zip` and for `figures.xlsx` (a zip of XML parts).
///
/// ```swift
/// let bytes = try DeterministicArchive.bytes(entries: [("a.txt", Array("a".utf8))], dated: report.generatedAt)
/// ```
enum DeterministicArchive {
    /// Why an archive could not be made (ZIPFoundation's own words).
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// `dated` nil: 1980-01-01, the zip epoch.
    static func bytes(entries: [(path: String, bytes: [UInt8])], dated date: Timestamp?) throws -> [UInt8] {
        let archive: Archive
        do {
            archive = try Archive(accessMode: .create)
        } catch {
            throw Failure(description: "\(error)")
        }
        let modified = Date(timeIntervalSince1970: Double((date ?? Timestamp(date: CivilDate(year: 1980, month: 1, day: 1))).microseconds) / 1_000_000)
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            let data = Data(entry.bytes)
            do {
                try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: modified, permissions: 0o644, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                throw Failure(description: "\(entry.path): \(error)")
            }
        }
        guard let data = archive.data else { throw Failure(description: "the archive is empty") }
        return [UInt8](data)
    }
}
