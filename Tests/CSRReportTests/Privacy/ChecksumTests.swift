import Testing
@testable import CSRReport

@Suite struct ChecksumTests {
    @Test(arguments: ["4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "79927398713"])
    func luhnAcceptsValidNumbers(_ number: String) {
        #expect(Checksums.luhn(number))
    }

    @Test(arguments: ["4111111111111112", "5555555555554445", "378282246310006", "79927398710", "", "12a4"])
    func luhnRejectsInvalidNumbers(_ number: String) {
        #expect(!Checksums.luhn(number))
    }

    @Test func ibanMod97() {
        #expect(Checksums.iban("NO9386011117947"))
        #expect(Checksums.iban("DE89370400440532013000"))
        #expect(Checksums.iban("GB82WEST12345698765432"))
        #expect(Checksums.iban("PL61109010140000071219812874"))
        #expect(Checksums.iban("gb82west12345698765432"))      // case does not matter
        #expect(!Checksums.iban("NO9386011117948"))            // wrong check
        #expect(!Checksums.iban("DE8937040044053201300"))      // wrong length for DE
        #expect(!Checksums.iban("GB82WEST1234569876543X"))
        #expect(!Checksums.iban("NO93"))
    }

    @Test func norwegianBirthNumber() {
        #expect(Checksums.norwegianBirthNumber("15076500565"))
        #expect(Checksums.norwegianBirthNumber("01010750160"))
        #expect(!Checksums.norwegianBirthNumber("15076500566")) // second control digit wrong
        #expect(!Checksums.norwegianBirthNumber("15076500575")) // first control digit wrong
        #expect(!Checksums.norwegianBirthNumber("12345678901"))
        #expect(!Checksums.norwegianBirthNumber("1507650056"))  // too short
    }

    @Test func pesel() {
        #expect(Checksums.pesel("44051401458"))
        #expect(Checksums.pesel("02070803628"))
        #expect(!Checksums.pesel("44051401459"))
        #expect(!Checksums.pesel("44153401458")) // month 15 does not exist in any century
        #expect(!Checksums.pesel("4405140145"))
    }

    @Test func germanTaxIDAndUkrainianTaxNumber() {
        #expect(Checksums.germanTaxID("86095742719"))
        #expect(!Checksums.germanTaxID("86095742718"))
        #expect(!Checksums.germanTaxID("06095742719")) // leading zero
        #expect(Checksums.ukrainianTaxNumber("1234567899"))  // weighted sum 295, 295 mod 11 = 9
        #expect(!Checksums.ukrainianTaxNumber("1234567890"))
    }
}
