import CSRReport

/// Timestamps of the demo data: whole seconds since 1970 (UTC), written by hand in the forms
/// the snapshot format allows, because Foundation's formatters are far too slow for a
/// million rows.
///
/// ```swift
/// DemoTimestamp.text(DemoTimestamp.seconds(2025, 7, 1))          // "2025-07-01T00:00:00Z"
/// DemoTimestamp.text(t, style: .offset(minutes: 120))            // "2025-07-01T02:00:00+02:00"
/// ```
enum DemoTimestamp {
    /// The ways a timestamp appears in a snapshot (spec section 1).
    enum Style: Sendable, Equatable {
        /// `2025-07-15T10:30:00Z`, most rows.
        case zulu
        /// `2025-07-15 10:30:00`, no offset means UTC.
        case space
        /// `2025-07-15T10:30:00.250Z`.
        case fractional(milliseconds: Int)
        /// `2025-07-15T12:30:00+02:00`: the same instant written in local time.
        case offset(minutes: Int)
    }

    /// Seconds since 1970-01-01T00:00:00Z for a UTC civil date and time.
    static func seconds(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0) -> Int64 {
        Int64(daysFromCivil(year, month, day)) * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
    }

    /// Days since 1970-01-01 of a civil date (the snapshot reader's own calendar arithmetic).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        CivilDate(year: year, month: month, day: day).daysSinceEpoch
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let date = CivilDate(daysSinceEpoch: days)
        return (date.year, date.month, date.day)
    }

    static func text(_ seconds: Int64, style: Style = .zulu) -> String {
        var local = seconds
        if case .offset(let minutes) = style { local += Int64(minutes * 60) }
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondOfDay = Int(local - Int64(days) * 86_400)
        let date = civil(fromDays: days)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(29)
        append(&bytes, date.year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        append(&bytes, date.month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        append(&bytes, date.day, width: 2)
        bytes.append(style == .space ? UInt8(ascii: " ") : UInt8(ascii: "T"))
        append(&bytes, secondOfDay / 3_600, width: 2)
        bytes.append(UInt8(ascii: ":"))
        append(&bytes, secondOfDay / 60 % 60, width: 2)
        bytes.append(UInt8(ascii: ":"))
        append(&bytes, secondOfDay % 60, width: 2)
        switch style {
        case .zulu:
            bytes.append(UInt8(ascii: "Z"))
        case .space:
            break
        case .fractional(let milliseconds):
            bytes.append(UInt8(ascii: "."))
            append(&bytes, milliseconds, width: 3)
            bytes.append(UInt8(ascii: "Z"))
        case .offset(let minutes):
            bytes.append(minutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            append(&bytes, abs(minutes) / 60, width: 2)
            bytes.append(UInt8(ascii: ":"))
            append(&bytes, abs(minutes) % 60, width: 2)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `YYYY-MM-DD` of the UTC day holding `seconds`.
    static func date(_ seconds: Int64) -> String {
        String(text(seconds).prefix(10))
    }

    /// Zero-padded decimal digits, written in place (no temporary array: this runs millions of times).
    private static func append(_ bytes: inout [UInt8], _ value: Int, width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }
}
