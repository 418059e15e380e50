/// An instant in UTC, in whole microseconds since 1970-01-01T00:00:00Z.
///
/// ```swift
/// let t = Timestamp(parsing: "2025-07-15T12:30:00+02:00")!   // 10:30 UTC
/// t < Timestamp(date: CivilDate(year: 2025, month: 10, day: 1))
/// ```
/// Integers, not `Date`, because period edges must compare exactly and a million rows must
/// parse without Foundation's formatters.
public struct Timestamp: Hashable, Comparable, Sendable {
    public let microseconds: Int64

    public init(microseconds: Int64) { self.microseconds = microseconds }

    /// Midnight UTC at the start of `date`.
    public init(date: CivilDate) { microseconds = Int64(date.daysSinceEpoch) * 86_400_000_000 }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.microseconds < b.microseconds }

    /// The calendar day (UTC) this instant falls on.
    public var date: CivilDate {
        let days = microseconds >= 0 ? microseconds / 86_400_000_000 : (microseconds - 86_399_999_999) / 86_400_000_000
        return CivilDate(daysSinceEpoch: Int(days))
    }

    /// `2025-07-15T10:30:00Z` (seconds precision; fractions are dropped).
    public var iso8601: String {
        let day = date
        let secondsOfDay = Int((microseconds - Int64(day.daysSinceEpoch) * 86_400_000_000) / 1_000_000)
        return "\(day.iso8601)T\(pad2(secondsOfDay / 3600)):\(pad2(secondsOfDay / 60 % 60)):\(pad2(secondsOfDay % 60))Z"
    }

    /// Parses the forms of spec section 1: `YYYY-MM-DD`, then `T` or a space, `HH:MM[:SS[.fff]]`,
    /// then `Z`, `+hh:mm`, `-hh:mm`, `+hhmm`, `+hh` or nothing (UTC). A bare date is midnight UTC.
    public init?(parsing text: String) {
        var text = text
        guard let value = text.withUTF8({ Timestamp.parse($0) }) else { return nil }
        self = value
    }

    /// The byte-level parser, used directly on SQLite's buffers.
    static func parse(_ s: UnsafeBufferPointer<UInt8>) -> Timestamp? {
        var i = 0
        let n = s.count
        func digits(_ count: Int) -> Int? {
            guard i + count <= n else { return nil }
            var v = 0
            for k in 0..<count {
                let c = s[i + k]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            i += count
            return v
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < n, s[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), expect(45), let month = digits(2), expect(45), let day = digits(2),
              let date = CivilDate(validYear: year, month: month, day: day) else { return nil }
        var micros = Int64(date.daysSinceEpoch) * 86_400_000_000
        if i == n { return Timestamp(microseconds: micros) }
        guard s[i] == 84 || s[i] == 116 || s[i] == 32 else { return nil }   // 'T', 't', ' '
        i += 1
        guard let hour = digits(2), hour < 24, expect(58), let minute = digits(2), minute < 60 else { return nil }
        var second = 0
        var fraction: Int64 = 0
        if expect(58) {
            guard let sec = digits(2), sec < 61 else { return nil }
            second = sec
            if i < n, s[i] == 46 || s[i] == 44 {   // '.' or ','
                i += 1
                var scale: Int64 = 100_000
                var any = false
                while i < n, s[i] >= 48, s[i] <= 57 {
                    if scale > 0 { fraction += Int64(s[i] - 48) * scale; scale /= 10 }
                    any = true
                    i += 1
                }
                guard any else { return nil }
            }
        }
        micros += Int64(hour * 3600 + minute * 60 + second) * 1_000_000 + fraction
        if i < n, s[i] == 32 { i += 1 }   // "2025-07-15 10:30:00 +02:00"
        if i == n { return Timestamp(microseconds: micros) }
        if s[i] == 90 || s[i] == 122 {   // 'Z' / 'z'
            i += 1
        } else if s[i] == 43 || s[i] == 45 {   // '+' / '-'
            let sign: Int64 = s[i] == 43 ? 1 : -1
            i += 1
            guard let oh = digits(2), oh <= 18 else { return nil }
            var om = 0
            if i < n {
                _ = expect(58)
                guard let m = digits(2), m < 60 else { return nil }
                om = m
            }
            micros -= sign * Int64(oh * 3600 + om * 60) * 1_000_000
        } else {
            return nil
        }
        return i == n ? Timestamp(microseconds: micros) : nil
    }
}

/// A calendar day (proleptic Gregorian, UTC).
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Nil unless the day exists (no 2025-02-30, no month 13).
    public init?(validYear year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` exactly.
    public init?(parsing text: String) {
        guard let t = Timestamp(parsing: text), text.utf8.count == 10 else { return nil }
        self = t.date
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    public func adding(days: Int) -> CivilDate { CivilDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// The same day `months` later, clamped to the month's last day (2024-02-29 + 12 -> 2025-02-28).
    public func adding(months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        let m = index - y * 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysIn(month: m, year: y)))
    }

    public var iso8601: String { "\(pad4(year))-\(pad2(month))-\(pad2(day))" }
    public var description: String { iso8601 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
func pad4(_ v: Int) -> String {
    let s = String(v)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
}
