import Crypto
import Foundation
@testable import CSRDemoData
@testable import CSRReport

/// Generates demo snapshots into a fresh temporary folder and reads them back for the tests.
struct DemoSnapshotFixture {
    let folder: String
    let path: String
    let summary: DemoDataSummary

    init(_ options: DemoDataOptions) throws {
        folder = NSTemporaryDirectory() + "csr-report-tests-demo-data-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        path = folder + "/demo.sqlite"
        summary = try DemoSnapshotGenerator(options: options).write(to: path, ddl: SnapshotSchema.ddl)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    func connection() throws -> SQLiteConnection { try SQLiteConnection(readOnly: path) }

    func int(_ sql: String) throws -> Int { Int(try connection().scalarInt(sql) ?? -1) }

    func texts(_ sql: String) throws -> [String] {
        let statement = try connection().prepare(sql)
        var out: [String] = []
        while try statement.step() { out.append(statement.text(0) ?? "NULL") }
        return out
    }

    /// SHA-256 over every row of every table, each table ordered by its key: equal for equal
    /// content whatever the file's bytes.
    func canonicalDumpHash() throws -> String {
        let db = try connection()
        var tables: [String] = []
        let list = try db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        while try list.step() { tables.append(list.text(0)!) }
        var hasher = SHA256()
        for table in tables {
            let key = table == "snapshot_meta" ? "key" : "id"
            let rows = try db.prepare("SELECT * FROM \(table) ORDER BY \(key)")
            hasher.update(data: Data("#\(table)\n".utf8))
            while try rows.step() {
                var line = ""
                for column in 0..<rows.columnCount {
                    line += "\(rows.storageClass(column)):\(rows.text(column) ?? "")\u{1F}"
                }
                hasher.update(data: Data((line + "\n").utf8))
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

/// One shared default-options snapshot (scale 0.5, six companies) for the read-only tests.
enum SharedDemoSnapshot {
    static let fixture: Result<DemoSnapshotFixture, any Error> = Result {
        try DemoSnapshotFixture(DemoDataOptions(companies: 6, scale: 0.5, seed: 2025))
    }

    static func get() throws -> DemoSnapshotFixture { try fixture.get() }
}
