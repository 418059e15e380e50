/// One row of `COPY ... TO STDOUT` in PostgreSQL's text format, decoded in place: fields are
/// separated by tabs, `\N` is NULL, and backslash escapes stand for the bytes they name
/// (https://www.postgresql.org/docs/current/sql-copy.html, "Text Format").
///
/// ```swift
/// var row = CopyTextRow()
/// try row.decode(line)                 // "42\t\\N\tsix\\tseven"
/// row.field(2) { print(Array($0)) }    // the bytes of "six<TAB>seven"
/// ```
/// The buffers are reused from row to row, so a table of any size decodes in constant memory.
struct CopyTextRow {
    private(set) var bytes: [UInt8] = []
    /// Start and end offsets into `bytes`; start -1 is NULL.
    private(set) var ranges: [(start: Int, end: Int)] = []

    var count: Int { ranges.count }

    func isNull(_ index: Int) -> Bool { ranges[index].start < 0 }

    func field<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let range = ranges[index]
        return try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[range.start..<range.end]))
        }
    }

    mutating func decode(_ line: UnsafeBufferPointer<UInt8>) {
        bytes.removeAll(keepingCapacity: true)
        ranges.removeAll(keepingCapacity: true)
        let n = line.count
        var fieldStart = 0
        while true {
            // Tabs inside values are escaped, so every raw tab ends a field.
            var end = fieldStart
            while end < n, line[end] != 9 { end += 1 }
            if end - fieldStart == 2, line[fieldStart] == 92, line[fieldStart + 1] == 78 {   // \N
                ranges.append((-1, -1))
            } else {
                let start = bytes.count
                unescape(line, from: fieldStart, to: end)
                ranges.append((start, bytes.count))
            }
            if end >= n { break }
            fieldStart = end + 1
        }
    }

    private mutating func unescape(_ line: UnsafeBufferPointer<UInt8>, from: Int, to n: Int) {
        var i = from
        while i < n {
            let c = line[i]
            guard c == 92, i + 1 < n else {
                bytes.append(c)
                i += 1
                continue
            }
            let e = line[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): bytes.append(8)
            case UInt8(ascii: "f"): bytes.append(12)
            case UInt8(ascii: "n"): bytes.append(10)
            case UInt8(ascii: "r"): bytes.append(13)
            case UInt8(ascii: "t"): bytes.append(9)
            case UInt8(ascii: "v"): bytes.append(11)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(e - 48)
                var digits = 1
                while digits < 3, i < n, (48...55).contains(line[i]) {
                    value = value * 8 + Int(line[i] - 48)
                    i += 1
                    digits += 1
                }
                bytes.append(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x") where i < n && Self.hexValue(line[i]) != nil:
                var value = Self.hexValue(line[i])!
                i += 1
                if i < n, let low = Self.hexValue(line[i]) {
                    value = value * 16 + low
                    i += 1
                }
                bytes.append(UInt8(value))
            default:
                bytes.append(e)   // \\ and any other escaped character stand for themselves
            }
        }
    }

    private static func hexValue(_ c: UInt8) -> Int? {
        switch c {
        case 48...57: Int(c - 48)
        case 65...70: Int(c - 55)
        case 97...102: Int(c - 87)
        default: nil
        }
    }
}
