/// One piece of personal data found in a text: its kind and where it is.
///
/// `range` indexes the `String` that was searched; `utf16Range` gives the same span as UTF-16
/// offsets (the unit the labelled corpus and `NSString` use), handy for storage and tests.
///
///     let m = Redactor(referenceYear: 2026).matches(in: "Mail anna@example.org")[0]
///     m.kind == .email; m.utf16Range == 5..<21
public struct PIIMatch: Sendable, Equatable {
    public let kind: PIIKind
    public let range: Range<String.Index>
    public let utf16Range: Range<Int>

    public init(kind: PIIKind, range: Range<String.Index>, utf16Range: Range<Int>) {
        self.kind = kind
        self.range = range
        self.utf16Range = utf16Range
    }
}

/// A match before overlap resolution, in UTF-16 offsets of the searched text.
struct PIICandidate: Sendable, Equatable {
    let kind: PIIKind
    let range: Range<Int>
}
