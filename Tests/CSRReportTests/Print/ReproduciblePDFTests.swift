import Foundation
import Testing
@testable import CSRReport

/// The date and id rewrite on hand-made PDF bytes: same length, the report's date, no clock.
@Suite struct ReproduciblePDFTests {
    static func pdf(created: String, modified: String, id: String? = "<8F3A91C0DE><8F3A91C0DE>", body: String = "BT (x) Tj ET") -> [UInt8] {
        var text = "%PDF-1.4\n1 0 obj\n<</Creator (HeadlessChrome)\n/CreationDate (\(created))\n/ModDate (\(modified))>>\nendobj\n"
        text += "2 0 obj\n<</Length \(body.utf8.count)>> stream\n\(body)\nendstream\nendobj\n"
        text += "xref\n0 3\n0000000000 65535 f \ntrailer\n<</Size 3\n/Info 1 0 R" + (id.map { "\n/ID [\($0)]" } ?? "") + ">>\nstartxref\n99\n%%EOF\n"
        return Array(text.utf8)
    }

    let exported = Timestamp(parsing: "2025-10-03T06:00:00Z")

    @Test func theDatesBecomeTheReportsDateInUTCWithTheSameLength() throws {
        let printed = Self.pdf(created: "D:20261202172244+01'00'", modified: "D:20261202172244-05'00'")
        let result = try ReproduciblePDF.normalised(printed, dated: exported)
        #expect(result.count == printed.count)
        let text = String(decoding: result, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20251003060000+00'00')"))
        #expect(text.contains("/ModDate (D:20251003060000+00'00')"))
        #expect(!text.contains("2026"))
    }

    @Test func twoPrintsAtDifferentTimesBecomeIdentical() throws {
        let a = try ReproduciblePDF.normalised(Self.pdf(created: "D:20261202172244+00'00'", modified: "D:20261202172244+00'00'", id: "<0123456789><0123456789>"), dated: exported)
        let b = try ReproduciblePDF.normalised(Self.pdf(created: "D:20270101000001Z", modified: "D:20270101000001Z", id: "<ABCDEF0123><ABCDEF0123>").map { $0 }, dated: exported)
        #expect(a.count == b.count + 12)   // the Z form is 6 bytes shorter, twice
        let c = try ReproduciblePDF.normalised(Self.pdf(created: "D:20261202172244+00'00'", modified: "D:20261202172244+00'00'", id: "<FFFFFFFFFF><FFFFFFFFFF>"), dated: exported)
        #expect(a == c)
    }

    @Test func theDocumentIDIsAHashOfTheContent() throws {
        let a = try ReproduciblePDF.normalised(Self.pdf(created: "D:20261202172244Z", modified: "D:20261202172244Z", body: "BT (a) Tj ET"), dated: exported)
        let b = try ReproduciblePDF.normalised(Self.pdf(created: "D:20261202172244Z", modified: "D:20261202172244Z", body: "BT (b) Tj ET"), dated: exported)
        let idA = String(decoding: a, as: UTF8.self).components(separatedBy: "/ID [").last?.prefix(24)
        let idB = String(decoding: b, as: UTF8.self).components(separatedBy: "/ID [").last?.prefix(24)
        #expect(idA != idB)
        #expect(idA?.hasPrefix("<") == true && idA?.contains("8F3A91C0DE") == false)
    }

    @Test func withoutASnapshotDateTheZipEpochIsUsed() throws {
        let result = try ReproduciblePDF.normalised(Self.pdf(created: "D:20261202172244Z", modified: "D:20261202172244Z", id: nil), dated: nil)
        #expect(String(decoding: result, as: UTF8.self).contains("/CreationDate (D:19800101000000Z)"))
    }

    @Test func whatIsNotAPDFOrHasAnOddDateIsRefused() {
        #expect(throws: ReproduciblePDF.Unexpected.self) { try ReproduciblePDF.normalised(Array("<html>".utf8), dated: exported) }
        let cut = Self.pdf(created: "D:20261202172244Z", modified: "D:20261202172244Z")
        #expect(throws: ReproduciblePDF.Unexpected.self) { try ReproduciblePDF.normalised(Array(cut.prefix(cut.count - 40)), dated: exported) }
        #expect(throws: ReproduciblePDF.Unexpected.self) {
            try ReproduciblePDF.normalised(Self.pdf(created: "yesterday", modified: "D:20261202172244Z"), dated: exported)
        }
    }
}
