import Foundation
import Testing
@testable import CSRReport
@testable import CSRSnapshotExport

/// The parts of the export that need no server: COPY's text format, timestamps, the column list.
@Suite struct SnapshotExportUnitTests {
    private func decode(_ line: String) -> [String?] {
        var row = CopyTextRow()
        Array(line.utf8).withUnsafeBufferPointer { row.decode($0) }
        return (0..<row.count).map { i in row.isNull(i) ? nil : row.field(i) { String(decoding: $0, as: UTF8.self) } }
    }

    @Test func copyTextFormatFieldsNullsAndEscapes() {
        #expect(decode("a\t\\N\t") == ["a", nil, ""])
        #expect(decode("six\\tseven\\nline\\\\N\tx\\\\y") == ["six\tseven\nline\\N", "x\\y"])
        #expect(decode("\\101\\x42\\r\\b\\f\\v") == ["AB\r\u{8}\u{C}\u{B}"])
        #expect(decode("Łódź \\\\ 東京") == ["Łódź \\ 東京"])
        #expect(decode("\\N") == [nil])
    }

    @Test func timestampsBecomeUTCISO8601() {
        #expect(SnapshotValue.isoTimestamp(Array("2025-07-15 10:30:00+00".utf8)) == "2025-07-15T10:30:00Z")
        #expect(SnapshotValue.isoTimestamp(Array("2025-07-15 10:30:00.000123+00".utf8)) == "2025-07-15T10:30:00.000123Z")
        #expect(SnapshotValue.isoTimestamp(Array("2025-07-15 10:30:00".utf8)) == "2025-07-15T10:30:00Z")   // timestamp without time zone
        #expect(SnapshotValue.isoTimestamp(Array("infinity".utf8)) == nil)
        #expect(SnapshotValue.isoTimestamp(Array("2025-07-15 10:30:00+05:30".utf8)) == nil)
    }

    @Test func exportsExactlyTheColumnsTheLoaderReads() {
        var exported: [String: Set<String>] = [:]
        for table in ExportedTable.all { exported[table.name] = Set(table.columns.map(\.name)) }
        for (table, columns) in SnapshotSchema.required + SnapshotSchema.optional where table != "snapshot_meta" {
            #expect(exported[table]?.isSuperset(of: columns) == true, "\(table)")
            #expect(exported[table]?.subtracting(columns).subtracting(["id"]).isEmpty == true, "\(table) exports more than the loader reads")
        }
        #expect(Set(exported.keys) == Set((SnapshotSchema.required + SnapshotSchema.optional).map(\.table)).subtracting(["snapshot_meta"]))
    }

    @Test func aTargetNeverCarriesThePassword() throws {
        let target = try PostgresTarget(url: "postgresql://reports:s3cret@db.internal:6432/platform?sslmode=require")
        #expect(target.description == "db.internal:6432/platform (user reports)")
        #expect(target.source == "postgresql://db.internal:6432/platform")
        #expect(!target.description.contains("s3cret") && !target.source.contains("s3cret"))
        #expect(throws: SnapshotExportError.self) { try PostgresTarget(url: "mysql://db/platform") }
        #expect(PostgresTarget.isURL("postgres://db/x") && !PostgresTarget.isURL("snapshot.sqlite"))
    }

    @Test func aURLThatDoesNotParseIsNamedWithoutItsPassword() throws {
        for url in ["postgresql://u:pa%zzss@h/db", "postgresql://u:s3cret@[h/db", "postgresql://[h/db?password=s3cret"] {
            let result = try CLI.run(["snapshot", "--from", url, "--out", TestPaths.fresh("bad-url") + "/x.sqlite"])
            #expect(result.status == 2)
            #expect(result.stderr.contains("not a PostgreSQL URL"), "\(result.stderr)")
            #expect(!result.stderr.contains("pa%zzss") && !result.stderr.contains("s3cret"), "\(result.stderr)")
        }
    }

    @Test func usageErrorsOfTheSnapshotCommandExitTwo() throws {
        for arguments in [["snapshot", "--from", "https://db/x", "--out", "x.sqlite"], ["snapshot", "--out", "x.sqlite"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
        }
    }
}

/// A URL given to a command that reads only files is refused without being echoed.
@Suite struct SnapshotURLElsewhereTests {
    @Test func figuresValidateAndRedactRefuseAURLWithoutPrintingIt() throws {
        for command in ["figures", "validate", "redact"] {
            let result = try CLI.run([command, "--db", "postgresql://reports:s3cret-pw@db.internal/platform"], stdin: "x")
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("csr-report snapshot --from URL --out FILE"))
            #expect(!result.stderr.contains("s3cret-pw"))
        }
    }
}

/// What the catalogue check decides, on a hand-made catalogue.
@Suite struct ServerCatalogueTests {
    private func catalogue(dropping: (table: String, column: String?)? = nil, retyping: (String, String, String)? = nil) -> ServerCatalogue {
        var catalogue = ServerCatalogue()
        for table in ExportedTable.all where !(dropping?.table == table.name && dropping?.column == nil) {
            var columns: [String: String] = ["extra_column": "jsonb"]
            for column in table.columns where !(dropping?.table == table.name && dropping?.column == column.name) {
                columns[column.name] = column.kind.acceptedTypes[0]
            }
            if let (t, c, type) = retyping, t == table.name { columns[c] = type }
            catalogue.tables[table.name] = ("\"public\".\"\(table.name)\"", columns)
        }
        return catalogue
    }

    @Test func extraColumnsAreIgnoredAndTheOptionalTableMayBeMissing() throws {
        #expect(try catalogue().plan(ExportedTable.all, target: "t").count == ExportedTable.all.count)
        let plan = try catalogue(dropping: ("metrics_company_period", nil)).plan(ExportedTable.all, target: "t")
        #expect(plan.count == ExportedTable.all.count - 1)
    }

    @Test func theFirstMissingOrMistypedColumnIsTheError() {
        #expect(throws: SnapshotExportError.missingColumn(target: "t", table: "outcome_scores", column: "score")) {
            try catalogue(dropping: ("outcome_scores", "score")).plan(ExportedTable.all, target: "t")
        }
        #expect(throws: SnapshotExportError.wrongColumnType(target: "t", table: "users", column: "id", found: "text", expected: ["uuid"])) {
            try catalogue(retyping: ("users", "id", "text")).plan(ExportedTable.all, target: "t")
        }
        #expect(throws: SnapshotExportError.missingTable(target: "t", table: "companies")) {
            try catalogue(dropping: ("companies", nil)).plan(ExportedTable.all, target: "t")
        }
    }
}
