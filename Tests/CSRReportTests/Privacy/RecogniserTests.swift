import Testing
@testable import CSRReport

/// Edge cases of each recogniser, through the public API: what is found (kind and exact text)
/// and what is left alone.
@Suite struct RecogniserTests {
    let redactor = Redactor()

    func found(_ text: String) -> [String] {
        redactor.matches(in: text).map { "\($0.kind.rawValue):\(text[$0.range])" }
    }

    @Test func emails() {
        #expect(found("Mail anna.k+mentor@mail.uni-oslo.no.") == ["email:anna.k+mentor@mail.uni-oslo.no"])
        #expect(found("(ołena@poczta.onet.pl)") == ["email:ołena@poczta.onet.pl"])
        #expect(found("a@b") == [])
        #expect(found("email@ and @ 10:30") == [])
    }

    @Test(arguments: [
        "+47 412 34 567", "+47 41234567", "0047 412 34 567", "412 34 567", "41 23 45 67", "+47 22 33 44 55",
        "+49 (0)30 1234567", "+49 30 1234567", "030 1234567", "030/1234567", "0151 23456789", "+49 170 1234567",
        "+48 512 345 678", "512 345 678", "512-345-678", "22 123 45 67", "0048 512 345 678",
        "+380 67 123 45 67", "067 123 45 67", "(067) 123-45-67", "00380 50 123 4567", "+380671234567", "0671234567",
        "+44 20 7946 0958", "+44 (0)20 7946 0958", "020 7946 0958", "07700 900123",
        "+1 212 555 0123", "(212) 555-0123", "212-555-0123", "+1 (212) 555-0123", "212.555.0123",
    ])
    func phoneForms(_ phone: String) {
        #expect(found("Ring \(phone) i dag.") == ["phone:\(phone)"])
    }

    @Test(arguments: [
        "2025", "10:30", "14.00", "0.85", "2025-07-15", "15.07.2025", "EUR 1 200", "NOK 12 500", "12 345 678",
        "2019-2025", "v2.3.1", "1.4.0", "ECON 2040", "CS-101", "room 2.14", "1 200 words", "12 sessions",
        "PLN 512 345 678", "ISO 9001", "3 of 12", "2024/2025",
    ])
    func phoneLookAlikesStay(_ text: String) {
        #expect(found("Report: \(text).") == [])
    }

    @Test func phoneAfterCueAcceptsOtherShapes() {
        #expect(found("tel. 1234 5678 90") == ["phone:1234 5678 90"])
        #expect(found("ref. 1234 5678 90") == [])
    }

    @Test func aShortCueInsideAnotherWordIsNoCue() {
        // The cue window is 24 units; "tel" of "hotel" at its very edge is still inside a word.
        let atTheEdge = "hotel" + String(repeating: " ", count: 21) + "1234 5678 90"
        for text in ["hotel 1234 5678 90", "готель 1234 5678 90", "bring 1234 5678 90", "recall 1234 5678 90", atTheEdge] {
            #expect(found(text) == [], "\(text)")
        }
        for text in ["Privattelefon 1234 5678 90", "Diensthandy: 1234 5678 90", "тел. 1234 5678 90", "(tel) 1234 5678 90"] {
            #expect(found(text) == ["phone:1234 5678 90"], "\(text)")
        }
    }

    @Test func phoneCutBeforeTrailingNumbers() {
        #expect(found("+47 412 34 567 2 ganger") == ["phone:+47 412 34 567"])
    }

    @Test func ibans() {
        #expect(found("Konto NO93 8601 1117 947 EUR") == ["iban:NO93 8601 1117 947"])
        #expect(found("IBAN DE89370400440532013000.") == ["iban:DE89370400440532013000"])
        #expect(found("GB82 WEST 1234 5698 7654 32") == ["iban:GB82 WEST 1234 5698 7654 32"])
        #expect(found("NO93 8601 1117 948") == [])   // fails mod 97
        #expect(found("XNO9386011117947") == [])     // glued to a word
    }

    @Test func cards() {
        #expect(found("Card 4111 1111 1111 1111 used") == ["card:4111 1111 1111 1111"])
        #expect(found("Card 4111-1111-1111-1111") == ["card:4111-1111-1111-1111"])
        #expect(found("Amex 3782 822463 10005") == ["card:3782 822463 10005"])
        #expect(found("5555555555554444") == ["card:5555555555554444"])
        #expect(found("4111 1111 1111 1112") == [])  // fails Luhn
        #expect(found("1111 1111 1111 1117") == [])  // no card scheme starts with 1
    }

    @Test func nationalIDs() {
        #expect(found("fnr 15076500565") == ["nationalID:15076500565"])
        #expect(found("fnr 150765 00565") == ["nationalID:150765 00565"])
        #expect(found("PESEL 44051401458") == ["nationalID:44051401458"])
        #expect(found("PESEL 44051401459") == [])
        #expect(found("ref 12345678901") == [])
        #expect(found("Steuer-ID 86095742719") == ["nationalID:86095742719"])
        #expect(found("Kundennummer 86095742719") == [])   // Steuer-ID needs its cue
        #expect(found("РНОКПП 1234567899") == ["nationalID:1234567899"])
    }

    @Test func ipAddresses() {
        #expect(found("from 192.168.1.10 today") == ["ip:192.168.1.10"])
        #expect(found("net 10.0.0.0/8") == ["ip:10.0.0.0/8"])
        #expect(found("2001:db8::8a2e:370:7334 and fe80::1") == ["ip:2001:db8::8a2e:370:7334", "ip:fe80::1"])
        #expect(found("2001:0db8:85a3:0000:0000:8a2e:0370:7334") == ["ip:2001:0db8:85a3:0000:0000:8a2e:0370:7334"])
        #expect(found("999.1.1.1, 10:30:15, v1.2.3.4, 1.2.3") == [])
    }

    @Test func urlsAndHandles() {
        #expect(found("See https://example.org/a_(b) now.") == ["url:https://example.org/a_(b)"])
        #expect(found("(www.example.no/team)") == ["url:www.example.no/team"])
        #expect(found("Follow @anna_k, not anna@example.org") == ["handle:@anna_k", "email:anna@example.org"])
        #expect(found("https://x.com/@anna_k") == ["url:https://x.com/@anna_k"])
        #expect(found("example.com and @ 5") == [])
    }

    @Test(arguments: [
        "Storgata 12B", "Karl Johans gate 5", "Thorvald Meyers gate 3, 0555 Oslo", "Hauptstraße 12", "Berliner Straße 7a, 10115 Berlin",
        "Schillerstr. 4", "ul. Marszałkowska 10/4", "ul. Nowy Świat 12 m. 4, 00-950 Warszawa", "al. Jana Pawła II 23",
        "вул. Хрещатик, 22", "вулиця Шевченка 5, кв. 12", "221B Baker Street", "12 High Street, London NW1 6XE",
    ])
    func addresses(_ address: String) {
        #expect(found("Adresse: \(address).") == ["address:\(address)"])
    }

    @Test func addressLookAlikesStay() {
        #expect(found("Storgata is busy; the high street has 12 shops; Oslo 2025; Room 12B.") == [])
    }

    @Test func datesOfBirth() {
        #expect(found("born on 12 March 1990") == ["dateOfBirth:12 March 1990"])
        #expect(found("DOB: 1990-03-12") == ["dateOfBirth:1990-03-12"])
        #expect(found("Date of birth: March 12, 1990") == ["dateOfBirth:March 12, 1990"])
        #expect(found("født 12. mars 1990") == ["dateOfBirth:12. mars 1990"])
        #expect(found("geboren am 3. Mai 1985") == ["dateOfBirth:3. Mai 1985"])
        #expect(found("ur. 05.06.1992") == ["dateOfBirth:05.06.1992"])
        #expect(found("urodzona 5 czerwca 1990") == ["dateOfBirth:5 czerwca 1990"])
        #expect(found("народилася 12 березня 1990 р.") == ["dateOfBirth:12 березня 1990 р."])
        #expect(found("дата народження: 01.02.2003") == ["dateOfBirth:01.02.2003"])
        #expect(found("born in 1992") == ["dateOfBirth:1992"])
        #expect(found("Session on 12 March 2025; started 2025-07-15.") == [])
    }
}
