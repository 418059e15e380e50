import CSRReport

/// Personal data of the kinds the redactor must catch, made valid where a checksum exists
/// (IBAN mod-97, Luhn, fødselsnummer and PESEL check digits), so a recogniser that validates
/// still finds them.
///
/// ```swift
/// var rng = SeededRandom(seed: 7)
/// DemoPII.iban(country: "NO", grouped: false, &rng)   // "NO93 8601 1117 947"-shaped, valid mod-97
/// ```
enum DemoPII {
    static func digits(_ count: Int, _ rng: inout SeededRandom) -> [Int] {
        (0..<count).map { _ in rng.int(in: 0...9) }
    }

    private static func string(_ digits: [Int]) -> String {
        String(decoding: digits.map { UInt8(ascii: "0") + UInt8($0) }, as: UTF8.self)
    }

    /// An IBAN with correct check digits; `grouped` writes it in blocks of four as on paper.
    static func iban(country: String, grouped: Bool, _ rng: inout SeededRandom) -> String {
        let bbanLength: Int = switch country {
        case "NO": 11
        case "DE": 18
        case "PL": 24
        case "UA": 25
        default: 0
        }
        let bban: String
        if bbanLength > 0 {
            bban = string(digits(bbanLength, &rng))
        } else {
            let letters = ["NWBK", "BARC", "LOYD", "HBUK"]
            bban = rng.pick(letters) + string(digits(14, &rng))
        }
        let code = (country == "NO" || country == "DE" || country == "PL" || country == "UA") ? country : "GB"
        let check = 98 - mod97(bban + code + "00")
        let checkText = check < 10 ? "0\(check)" : "\(check)"
        let compact = code + checkText + bban
        guard grouped else { return compact }
        var out = ""
        for (offset, character) in compact.enumerated() {
            if offset > 0 && offset % 4 == 0 { out.append(" ") }
            out.append(character)
        }
        return out
    }

    /// The remainder mod 97 of an IBAN rearranged to digits (letters A=10 ... Z=35).
    static func mod97(_ text: String) -> Int {
        var remainder = 0
        for scalar in text.unicodeScalars {
            let value: Int
            if ("0"..."9").contains(scalar) {
                value = Int(scalar.value - 48)
                remainder = (remainder * 10 + value) % 97
            } else {
                value = Int(scalar.value - 55)
                remainder = (remainder * 100 + value) % 97
            }
        }
        return remainder
    }

    /// A 16-digit Visa or Mastercard number with a valid Luhn check digit.
    static func card(_ rng: inout SeededRandom) -> String {
        var number = rng.chance(0.6) ? [4] : [5, rng.int(in: 1...5)]
        number += digits(15 - number.count, &rng)
        number.append(luhnCheckDigit(number))
        let text = string(number)
        switch rng.int(in: 0...2) {
        case 0: return text
        case 1: return stride(from: 0, to: 16, by: 4).map { text.dropFirst($0).prefix(4) }.joined(separator: " ")
        default: return stride(from: 0, to: 16, by: 4).map { text.dropFirst($0).prefix(4) }.joined(separator: "-")
        }
    }

    /// The digit that makes `payload` pass the redactor's own Luhn check: one definition of valid.
    static func luhnCheckDigit(_ payload: [Int]) -> Int {
        let text = payload.map(String.init).joined()
        return (0...9).first { Checksums.luhn(text + String($0)) } ?? 0
    }

    /// A Norwegian fødselsnummer (DDMMYYiiikk) with both mod-11 check digits valid.
    static func fodselsnummer(_ rng: inout SeededRandom) -> String {
        while true {
            let year = rng.int(in: 1960...1999), month = rng.int(in: 1...12), day = rng.int(in: 1...28)
            let individual = rng.int(in: 0...499)
            var d = [day / 10, day % 10, month / 10, month % 10, (year / 10) % 10, year % 10,
                     individual / 100, individual / 10 % 10, individual % 10]
            let w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2], w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            var k1 = 11 - zip(d, w1).map(*).reduce(0, +) % 11
            if k1 == 11 { k1 = 0 }
            if k1 == 10 { continue }
            d.append(k1)
            var k2 = 11 - zip(d, w2).map(*).reduce(0, +) % 11
            if k2 == 11 { k2 = 0 }
            if k2 == 10 { continue }
            d.append(k2)
            return string(d)
        }
    }

    /// A Polish PESEL (YYMMDDZZZZQ) with a valid check digit.
    static func pesel(_ rng: inout SeededRandom) -> String {
        let year = rng.int(in: 1960...2004), month = rng.int(in: 1...12), day = rng.int(in: 1...28)
        let encodedMonth = year >= 2000 ? month + 20 : month
        var d = [(year / 10) % 10, year % 10, encodedMonth / 10, encodedMonth % 10, day / 10, day % 10]
        d += digits(4, &rng)
        let weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        d.append((10 - zip(d, weights).map(*).reduce(0, +) % 10) % 10)
        return string(d)
    }

    static func phone(country: String, _ rng: inout SeededRandom) -> String {
        func n(_ count: Int) -> String { string(digits(count, &rng)) }
        switch country {
        case "NO": return "+47 \(rng.pick(["4", "9"]))\(n(2)) \(n(2)) \(n(3))"
        case "UA": return "+380 \(rng.pick(["67", "50", "63", "93"])) \(n(3)) \(n(4))"
        case "DE": return "+49 \(rng.pick(["30", "40", "89", "221"])) \(n(7))"
        case "PL": return "+48 \(rng.pick(["5", "6", "7"]))\(n(2)) \(n(3)) \(n(3))"
        default: return "+44 20 7946 0\(n(3))"
        }
    }

    static func address(country: String, cyrillic: Bool, _ rng: inout SeededRandom) -> String {
        let number = rng.int(in: 1...140)
        switch country {
        case "NO":
            let (street, post) = rng.pick([("Storgata", "0155 Oslo"), ("Kong Oscars gate", "5017 Bergen"), ("Thorvald Meyers gate", "0555 Oslo"), ("Møllendalsveien", "5009 Bergen"), ("Olav Tryggvasons gate", "7011 Trondheim")])
            return "\(street) \(number), \(post)"
        case "DE":
            let (street, post) = rng.pick([("Hauptstraße", "10115 Berlin"), ("Schönhauser Allee", "10437 Berlin"), ("Mönckebergstraße", "20095 Hamburg"), ("Sonnenstraße", "80331 München"), ("Venloer Straße", "50672 Köln")])
            return "\(street) \(number), \(post)"
        case "PL":
            let (street, post) = rng.pick([("ul. Marszałkowska", "00-590 Warszawa"), ("ul. Długa", "31-147 Kraków"), ("ul. Piotrkowska", "90-410 Łódź"), ("ul. Świdnicka", "50-066 Wrocław")])
            return "\(street) \(number)/\(rng.int(in: 1...40)), \(post)"
        case "UA":
            if cyrillic {
                return "\(rng.pick(["вул. Хрещатик", "вул. Шевченка", "просп. Свободи", "вул. Франка"])), \(number), \(rng.pick(["Київ", "Львів", "Дніпро"]))"
            }
            return "vul. \(rng.pick(["Khreshchatyk", "Shevchenka", "Franka"])) \(number), \(rng.pick(["Kyiv", "Lviv", "Dnipro"]))"
        default:
            let (street, post) = rng.pick([("Baker Street", "London NW1 6XE"), ("Deansgate", "Manchester M3 4LQ"), ("Park Row", "Leeds LS1 5HD"), ("Gloucester Road", "Bristol BS7 8AE")])
            return "\(number) \(street), \(post)"
        }
    }

    /// A date of birth written the way Europeans do: `14.03.1991`.
    static func dateOfBirth(_ rng: inout SeededRandom) -> String {
        let day = rng.int(in: 1...28), month = rng.int(in: 1...12), year = rng.int(in: 1962...2003)
        return "\(day < 10 ? "0" : "")\(day).\(month < 10 ? "0" : "")\(month).\(year)"
    }

    static func ipAddress(_ rng: inout SeededRandom) -> String {
        "\(rng.pick([85, 91, 178, 193, 212])).\(rng.int(in: 1...254)).\(rng.int(in: 1...254)).\(rng.int(in: 1...254))"
    }
}
