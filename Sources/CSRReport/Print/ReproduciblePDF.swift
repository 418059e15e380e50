/// Makes Chromium's PDF a pure function of the page: Skia stamps the document information with
/// the time of the print (`/CreationDate`, `/ModDate`), which becomes the report's date (the
/// snapshot's export, or `SOURCE_DATE_EPOCH`); a trailer `/ID`, when present, becomes a hash of
/// the document. Everything else Skia writes is already the same from print to print (font
/// subset tags included: `AAAAAA+`, `BAAAAA+`, ... in order of use).
///
/// ```swift
/// let bytes = try ReproduciblePDF.normalised(printed, dated: report.generatedAt)
/// ```
/// Every replacement has the length of what it replaces, so the cross-reference table's byte
/// offsets stay right and the file needs no rewriting.
enum ReproduciblePDF {
    struct Unexpected: Error, Equatable { let what: String }

    static func normalised(_ pdf: [UInt8], dated date: Timestamp?) throws -> [UInt8] {
        guard pdf.starts(with: Array("%PDF-".utf8)) else { throw Unexpected(what: "a file that is not a PDF") }
        // A browser killed or crashed mid-write can leave a PDF without its end.
        guard !ranges(of: Array("%%EOF".utf8), in: Array(pdf.suffix(64))).isEmpty else { throw Unexpected(what: "an unfinished PDF (no %%EOF)") }
        var bytes = pdf
        for key in ["/CreationDate", "/ModDate"] {
            for start in ranges(of: Array("\(key) (".utf8), in: bytes).map(\.upperBound) {
                guard let end = bytes[start...].firstIndex(of: UInt8(ascii: ")")) else {
                    throw Unexpected(what: "a PDF whose \(key) has no end")
                }
                let stamp = try Array(pdfDate(date ?? epoch, length: end - start, key: key).utf8)
                bytes.replaceSubrange(start..<end, with: stamp)
            }
        }
        return try withDocumentID(bytes)
    }

    /// 1980-01-01, the date the zip files use when the snapshot has none.
    static let epoch = Timestamp(date: CivilDate(year: 1980, month: 1, day: 1))

    /// `D:YYYYMMDDHHmmSS+00'00'` (what Skia writes, with the local offset) or `D:YYYYMMDDHHmmSSZ`, in UTC.
    static func pdfDate(_ time: Timestamp, length: Int, key: String) throws -> String {
        let iso = time.iso8601   // 2025-07-15T10:30:00Z
        let digits = "D:" + iso.filter(\.isNumber)
        guard digits.count == 16 else { throw Unexpected(what: "a date past year 9999 for \(key)") }
        switch length {
        case 23: return digits + "+00'00'"
        case 17: return digits + "Z"
        case 16: return digits
        default: throw Unexpected(what: "a PDF whose \(key) is not a date of a known form")
        }
    }

    /// A trailer `/ID [<hex><hex>]` (PDF 1.7, 14.4) identifies a document: here, by the SHA-256 of
    /// the document with the identifiers blanked, so the same content has the same id.
    static func withDocumentID(_ pdf: [UInt8]) throws -> [UInt8] {
        let digits = idDigitRanges(pdf)
        guard !digits.isEmpty else { return pdf }
        var blank = pdf
        for range in digits { blank.replaceSubrange(range, with: [UInt8](repeating: UInt8(ascii: "0"), count: range.count)) }
        let hash = Array(sha256Hex(blank).utf8)
        var result = blank
        for range in digits {
            result.replaceSubrange(range, with: (0..<range.count).map { hash[$0 % hash.count] })
        }
        return result
    }

    /// The hex digits of every `<...>` string in each `/ID [...]` array.
    static func idDigitRanges(_ pdf: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for start in ranges(of: Array("/ID".utf8), in: pdf).map(\.upperBound) {
            var i = start
            while i < pdf.count, pdf[i] == UInt8(ascii: " ") || pdf[i] == UInt8(ascii: "\n") || pdf[i] == UInt8(ascii: "\r") { i += 1 }
            guard i < pdf.count, pdf[i] == UInt8(ascii: "["), let close = pdf[i...].firstIndex(of: UInt8(ascii: "]")) else { continue }
            var j = i
            while let open = pdf[j..<close].firstIndex(of: UInt8(ascii: "<")), let end = pdf[open..<close].firstIndex(of: UInt8(ascii: ">")) {
                if open + 1 < end { found.append(open + 1..<end) }
                j = end + 1
            }
        }
        return found
    }

    static func ranges(of needle: [UInt8], in haystack: [UInt8]) -> [Range<Int>] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var result: [Range<Int>] = []
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == needle[0], haystack[i..<i + needle.count].elementsEqual(needle) {
                result.append(i..<i + needle.count)
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }
}
