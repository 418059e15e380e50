/// Check-digit algorithms used to confirm that a run of digits really is a card number,
/// an IBAN or a national identity number before it is redacted as one. Each takes the
/// compact form (digits, or for IBANs letters and digits, with no separators).
///
///     Checksums.luhn("4111111111111111")            // true
///     Checksums.norwegianBirthNumber("01019012345") // false
public enum Checksums {
    private static func digits(_ s: String) -> [Int]? {
        var out: [Int] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 {
            guard b >= 0x30, b <= 0x39 else { return nil }
            out.append(Int(b - 0x30))
        }
        return out
    }

    /// Luhn (mod 10) check used by payment cards.
    public static func luhn(_ number: String) -> Bool {
        guard let d = digits(number), d.count >= 2 else { return false }
        var sum = 0
        for (i, digit) in d.reversed().enumerated() {
            if i % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// ISO 13616 IBAN check: move the first four characters to the end, turn letters into
    /// 10...35 and require the number mod 97 to be 1. Also checks the country's length when known.
    /// `anyLength`: the country's registered length is not asked for (round 8: after an
    /// account label, `IBANRecogniser`), twelve characters at least.
    static func iban(_ compact: String, anyLength: Bool = false) -> Bool {
        let chars = Array(compact.uppercased().utf8)
        guard chars.count >= (anyLength ? 12 : 15), chars.count <= 34 else { return false }
        guard chars[0] >= 0x41, chars[0] <= 0x5A, chars[1] >= 0x41, chars[1] <= 0x5A,
              chars[2] >= 0x30, chars[2] <= 0x39, chars[3] >= 0x30, chars[3] <= 0x39 else { return false }
        let country = String(decoding: chars[0 ..< 2], as: UTF8.self)
        if !anyLength, let expected = IBANFormat.length(ofCountry: country), expected != chars.count { return false }
        var remainder = 0
        for c in chars[4...] + chars[0 ..< 4] {
            switch c {
            case 0x30 ... 0x39:
                remainder = (remainder * 10 + Int(c - 0x30)) % 97
            case 0x41 ... 0x5A:
                remainder = (remainder * 100 + Int(c - 0x41 + 10)) % 97
            default:
                return false
            }
        }
        return remainder == 1
    }

    /// Norwegian fødselsnummer (also D- and H-numbers): a plausible DDMMYY date and both
    /// mod-11 control digits (k1 weights 3 7 6 1 8 9 4 5 2, k2 weights 5 4 3 2 7 6 5 4 3 2).
    static func norwegianBirthNumber(_ number: String) -> Bool {
        guard let d = digits(number), d.count == 11 else { return false }
        var day = d[0] * 10 + d[1]
        var month = d[2] * 10 + d[3]
        if day > 40 { day -= 40 }          // D-number
        if month > 80 { month -= 80 }      // synthetic test numbers (Tenor register)
        else if month > 40 { month -= 40 } // H-number
        guard (1 ... 31).contains(day), (1 ... 12).contains(month) else { return false }
        func control(_ weights: [Int], _ count: Int) -> Int? {
            let sum = zip(d[0 ..< count], weights).reduce(0) { $0 + $1.0 * $1.1 }
            let k = 11 - sum % 11
            if k == 11 { return 0 }
            return k == 10 ? nil : k
        }
        guard let k1 = control([3, 7, 6, 1, 8, 9, 4, 5, 2], 9), k1 == d[9] else { return false }
        guard let k2 = control([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10), k2 == d[10] else { return false }
        return true
    }

    /// Polish PESEL: weights 1 3 7 9 1 3 7 9 1 3, check digit (10 - sum mod 10) mod 10, and a
    /// plausible YYMMDD date where the month carries the century (+80 1800s, +20 2000s, ...).
    static func pesel(_ number: String) -> Bool {
        guard let d = digits(number), d.count == 11 else { return false }
        let weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        let sum = zip(d[0 ..< 10], weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard (10 - sum % 10) % 10 == d[10] else { return false }
        let month = (d[2] * 10 + d[3]) % 20
        let day = d[4] * 10 + d[5]
        return (1 ... 12).contains(month) && (1 ... 31).contains(day)
    }

    /// German Steuer-Identifikationsnummer: 11 digits, no leading zero, in the first ten one
    /// digit appears two or three times and the others at most once, ISO 7064 MOD 11,10 check.
    /// With `strictDigits: false` two digits may repeat (8 or 9 distinct digits, none more than
    /// three times).
    static func germanTaxID(_ number: String, strictDigits: Bool = true) -> Bool {
        guard let d = digits(number), d.count == 11, d[0] != 0 else { return false }
        var counts = [Int](repeating: 0, count: 10)
        for x in d[0 ..< 10] { counts[x] += 1 }
        let repeated = counts.filter { $0 > 1 }
        if strictDigits {
            guard repeated.count == 1, repeated[0] <= 3 else { return false }
        } else {
            guard (1 ... 2).contains(repeated.count), repeated.allSatisfy({ $0 <= 3 }) else { return false }
        }
        var product = 10
        for x in d[0 ..< 10] {
            var sum = (x + product) % 10
            if sum == 0 { sum = 10 }
            product = (sum * 2) % 11
        }
        var check = 11 - product
        if check == 10 { check = 0 }
        return check == d[10]
    }

    /// Ukrainian RNOKPP (taxpayer number, 10 digits): weights -1 5 7 9 4 6 10 5 7,
    /// control digit = (sum mod 11) mod 10.
    static func ukrainianTaxNumber(_ number: String) -> Bool {
        guard let d = digits(number), d.count == 10 else { return false }
        let weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
        let sum = zip(d[0 ..< 9], weights).reduce(0) { $0 + $1.0 * $1.1 }
        return ((sum % 11) + 11) % 11 % 10 == d[9]
    }

    /// German Sozialversicherungsnummer "15 070649 C 103": the letter becomes its two-digit
    /// place in the alphabet; weights 2 1 2 5 7 1 2 1 2 1 2 1, digit sums of the products, mod 10.
    static func germanSocialInsurance(_ number: String) -> Bool {
        let compact = number.filter { !$0.isWhitespace }
        guard compact.count == 12, let letter = compact.dropFirst(8).first, let ascii = letter.asciiValue,
              ascii >= 65, ascii <= 90, let head = digits(String(compact.prefix(8))), let tail = digits(String(compact.suffix(3))) else { return false }
        let place = Int(ascii) - 64
        guard (1 ... 12).contains(head[4] * 10 + head[5]), (1 ... 31).contains(head[2] * 10 + head[3]) || head[2] >= 4 else { return false }
        let values = head + [place / 10, place % 10] + tail.prefix(2)
        let weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        let sum = zip(values, weights).reduce(0) { acc, p in let x = p.0 * p.1; return acc + x / 10 + x % 10 }
        return sum % 10 == tail[2]
    }

    /// Irish PPS number: seven digits weighted 8..2, the second letter (A-I = 1-9, W = 0) weighted
    /// 9; the sum mod 23 names the check letter (0 = W, 1 = A, ...).
    static func irishPPS(_ number: String) -> Bool {
        let chars = Array(number.uppercased())
        guard chars.count == 8 || chars.count == 9, let d = digits(String(chars.prefix(7))) else { return false }
        var sum = zip(d, [8, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        if chars.count == 9 {
            let second = chars[8]
            guard second == "W" || ("A" ... "I").contains(second) else { return false }
            sum += second == "W" ? 0 : Int(second.asciiValue! - 64) * 9
        }
        let r = sum % 23
        let expected: Character = r == 0 ? "W" : Character(UnicodeScalar(UInt8(64 + r)))
        return chars[7] == expected
    }

    /// Polish identity card ("ABA300000", a space allowed after the letters): letters count
    /// A = 10 … Z = 35; weights 7 3 1 9 7 3 1 7 3 over the nine characters, sum mod 10 is 0
    /// (the fourth character is the check digit).
    static func polishIDCard(_ number: String) -> Bool {
        let chars = Array(number.filter { $0 != " " })
        guard chars.count == 9 else { return false }
        var values: [Int] = []
        for (i, c) in chars.enumerated() {
            if i < 3 {
                guard let a = c.asciiValue, a >= 65, a <= 90 else { return false }
                values.append(Int(a) - 55)
            } else {
                guard let v = c.wholeNumberValue, c.isASCII else { return false }
                values.append(v)
            }
        }
        let weights = [7, 3, 1, 9, 7, 3, 1, 7, 3]
        return zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } % 10 == 0
    }

    /// Polish NIP (tax number, 10 digits): weights 6 5 7 2 3 4 5 6 7, sum mod 11 is the last digit.
    static func polishNIP(_ number: String) -> Bool {
        guard let d = digits(number), d.count == 10 else { return false }
        let sum = zip(d[0 ..< 9], [6, 5, 7, 2, 3, 4, 5, 6, 7]).reduce(0) { $0 + $1.0 * $1.1 }
        return sum % 11 == d[9]
    }
}
