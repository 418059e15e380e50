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
        // One copy of the line; only fields with a backslash are rewritten, in place (an escape
        // is never shorter than what it stands for). Most fields (uuids, dates, numbers) have none.
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: line)
        var found: [(start: Int, end: Int)] = []
        swap(&found, &ranges)
        found.removeAll(keepingCapacity: true)
        bytes.withUnsafeMutableBufferPointer { buffer in
            let n = buffer.count
            var fieldStart = 0
            while true {
                // Tabs inside values are escaped, so every raw tab ends a field.
                var end = fieldStart
                var escaped = false
                while end < n, buffer[end] != 9 {
                    if buffer[end] == 92 { escaped = true }
                    end += 1
                }
                if end - fieldStart == 2, buffer[fieldStart] == 92, buffer[fieldStart + 1] == 78 {   // \N
                    found.append((-1, -1))
                } else if escaped {
                    found.append((fieldStart, Self.unescape(buffer, from: fieldStart, to: end)))
                } else {
                    found.append((fieldStart, end))
                }
                if end >= n { break }
                fieldStart = end + 1
            }
        }
        ranges = found
    }

    /// Rewrites `from..<to` without its escapes and returns the new end.
    private static func unescape(_ buffer: UnsafeMutableBufferPointer<UInt8>, from: Int, to n: Int) -> Int {
        var i = from
        var out = from
        func put(_ byte: UInt8) {
            buffer[out] = byte
            out += 1
        }
        while i < n {
            let c = buffer[i]
            guard c == 92, i + 1 < n else {
                put(c)
                i += 1
                continue
            }
            let e = buffer[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "b"): put(8)
            case UInt8(ascii: "f"): put(12)
            case UInt8(ascii: "n"): put(10)
            case UInt8(ascii: "r"): put(13)
            case UInt8(ascii: "t"): put(9)
            case UInt8(ascii: "v"): put(11)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = Int(e - 48)
                var digits = 1
                while digits < 3, i < n, (48...55).contains(buffer[i]) {
                    value = value * 8 + Int(buffer[i] - 48)
                    i += 1
                    digits += 1
                }
                put(UInt8(truncatingIfNeeded: value))
            case UInt8(ascii: "x") where i < n && hexValue(buffer[i]) != nil:
                var value = hexValue(buffer[i])!
                i += 1
                if i < n, let low = hexValue(buffer[i]) {
                    value = value * 16 + low
                    i += 1
                }
                put(UInt8(value))
            default:
                put(e)   // \\ and any other escaped character stand for themselves
            }
        }
        return out
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
