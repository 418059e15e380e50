@testable import CSRReport

extension Redactor {
    /// The year the test texts and corpora were written in (2026): their "recent" dates, such
    /// as a session on 12.03.2025, are recent only as seen from it. A test about the year itself
    /// passes `referenceYear` explicitly (BirthYearWindowTests).
    static let corpusYear = 2026

    init(names: NameDictionary = .empty) {
        self.init(names: names, referenceYear: Self.corpusYear)
    }
}
