import Foundation
import Testing
@testable import CSRDemoData
@testable import CSRReport

@Suite("Demo data building blocks")
struct DemoDataPartsTests {
    @Test("the random stream is reproducible and uniform enough")
    func seededRandom() {
        var a = SeededRandom(seed: 42), b = SeededRandom(seed: 42), c = SeededRandom(seed: 42, stream: "other")
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
        var counts = [0, 0, 0, 0]
        for _ in 0..<4_000 { counts[a.int(in: 0...3)] += 1 }
        #expect(counts.allSatisfy { (850...1_150).contains($0) })
    }

    @Test("ids look like lower-case UUIDv4")
    func uuids() {
        var rng = SeededRandom(seed: 1)
        for _ in 0..<100 {
            let id = DemoUUID.next(&rng)
            #expect(id.count == 36)
            #expect(Array(id)[14] == "4")
            #expect("89ab".contains(Array(id)[19]))
            #expect(id == id.lowercased())
            #expect(UUID(uuidString: id) != nil)
        }
        #expect(DemoPlantedProblem.orphanKintellScore.rowID == "badda7a0-0000-4000-8000-000000000001")
        #expect(DemoEdgeRow.sessionAtQuarterStart.rowID == "ed9e0000-0000-4000-8000-000000000001")
        #expect(DemoPlantedProblem.duplicateEmail.rowID == "badda7a0-0000-4000-8000-000000000016")
        #expect(DemoPlantedProblem.missingID(4) == "badda7a0-0000-4000-8000-000000000104")
        #expect(DemoEdgeRow.lateJoinerSession.rowID == "ed9e0000-0000-4000-8000-000000000020")
    }

    @Test("timestamps are written by hand in every allowed form")
    func timestamps() {
        let t = DemoTimestamp.seconds(2025, 7, 15, 10, 30, 0)
        #expect(DemoTimestamp.text(t) == "2025-07-15T10:30:00Z")
        #expect(DemoTimestamp.text(t, style: .space) == "2025-07-15 10:30:00")
        #expect(DemoTimestamp.text(t, style: .fractional(milliseconds: 250)) == "2025-07-15T10:30:00.250Z")
        #expect(DemoTimestamp.text(t, style: .offset(minutes: 120)) == "2025-07-15T12:30:00+02:00")
        #expect(DemoTimestamp.text(t, style: .offset(minutes: -240)) == "2025-07-15T06:30:00-04:00")
        #expect(DemoTimestamp.text(DemoTimestamp.seconds(2024, 2, 29, 23, 59, 59)) == "2024-02-29T23:59:59Z")
        #expect(DemoTimestamp.date(DemoTimeline.reportEnd) == "2025-10-01")
        #expect(DemoTimestamp.seconds(1970, 1, 1) == 0)
        #expect(DemoTimeline.quarter(of: DemoTimestamp.seconds(2025, 7, 1)) == 7)
        #expect(DemoTimeline.quarter(of: DemoTimestamp.seconds(2025, 6, 30, 23, 59, 59)) == 6)
        #expect(DemoTimeline.quarter(of: DemoTimeline.reportEnd) == nil)
    }

    @Test("personal data passes its checksums")
    func personalData() {
        var rng = SeededRandom(seed: 3)
        for country in ["NO", "DE", "PL", "UA", "GB"] {
            for _ in 0..<50 {
                let iban = DemoPII.iban(country: country, grouped: rng.chance(0.5), &rng).replacingOccurrences(of: " ", with: "")
                #expect(DemoPII.mod97(String(iban.dropFirst(4)) + String(iban.prefix(4))) == 1, "\(iban)")
            }
        }
        #expect(DemoPII.mod97("86011117947NO93") == 1)
        for _ in 0..<100 {
            let card = DemoPII.card(&rng).filter(\.isNumber).compactMap { $0.wholeNumberValue }
            #expect(card.count == 16)
            #expect(DemoPII.luhnCheckDigit(Array(card.dropLast())) == card.last)

            let fnr = DemoPII.fodselsnummer(&rng).compactMap { $0.wholeNumberValue }
            let k1 = (11 - zip(fnr.prefix(9), [3, 7, 6, 1, 8, 9, 4, 5, 2]).map(*).reduce(0, +) % 11) % 11
            let k2 = (11 - zip(fnr.prefix(10), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]).map(*).reduce(0, +) % 11) % 11
            #expect(fnr.count == 11 && fnr[9] == k1 && fnr[10] == k2)

            let pesel = DemoPII.pesel(&rng).compactMap { $0.wholeNumberValue }
            let sum = zip(pesel.prefix(10), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]).map(*).reduce(0, +)
            #expect(pesel.count == 11 && (sum + pesel[10]) % 10 == 0)
        }
    }

    @Test("names cross scripts the way people write them")
    func transliteration() {
        #expect(DemoTransliteration.toLatin("Олена Ковальчук") == "Olena Kovalchuk")
        #expect(DemoTransliteration.toLatin("Тарас Шевченко") == "Taras Shevchenko")
        #expect(DemoTransliteration.toCyrillic("Anna") == "Анна")
        #expect(DemoTransliteration.emailPart("Bjørn") == "bjorn")
        #expect(DemoTransliteration.emailPart("Groß") == "gross")
        #expect(DemoTransliteration.emailPart("Łukasz") == "lukasz")
        #expect(DemoTransliteration.emailPart("O'Brien") == "obrien")
    }

    @Test("the DDL splits into tables before indexes")
    func schemaScript() throws {
        let script = try DemoSchemaScript(ddl: SnapshotSchema.ddl)
        #expect(script.tables.count == 19)
        #expect(script.indexes.count >= 20)
        #expect(script.others.isEmpty)
        #expect(script.tables.allSatisfy { $0.hasPrefix("CREATE TABLE") })
    }

    @Test("every language has dozens of sentence templates")
    func templates() {
        let composer = DemoTextComposer()
        for language in DemoLanguage.allCases {
            #expect(composer.templateCount(language) >= 40, "\(language)")
        }
    }

    @Test("the e-mail case variant differs only in case")
    func caseVariant() {
        let variant = DemoActivityWriter.caseVariant("ingrid.hansen@online.no")
        #expect(variant == "Ingrid.Hansen@Online.No")
        #expect(variant.lowercased() == "ingrid.hansen@online.no")
    }
}
