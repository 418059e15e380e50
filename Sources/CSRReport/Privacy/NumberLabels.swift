/// Round 6: numbers that the text itself names as something other than a phone number: an
/// order, booking, invoice, parcel, customer or case number, a reference, a library card
/// ("Bestellnummer 0176 4410 2291", "Numer zamówienia 601 234 567", "Номер замовлення 380 44 227
/// 19 83", "booking ref 4471 2093 118"). Order numbers are often phone-shaped; the label right
/// before a number outranks its shape, so the phone reading of a labelled number is dropped.
/// A cue for a phone between them ("order line: tel. 0176 …") keeps the phone: the label must
/// end where the number starts.
struct NumberLabels: Sendable {
    private let pattern = TextPattern(
        #"(?<![\p{L}])(?:(?:order|booking|invoice|tracking|parcel|customer|case|ticket|membership|reference|serial|account|shipment|delivery)\s?(?:number|no\.?|nr\.?|ref\.?|reference|id|code|#)?|ref\.?|bestellnummer|bestell-?nr\.?|auftragsnummer|rechnungsnummer|kundennummer|sendungsnummer|vorgangsnummer|buchungsnummer|referenznummer|ticketnummer|seriennummer|mitgliedsnummer|aktenzeichen|bestillingsnummer|ordrenummer|ordrenr\.?|referansenummer|referanse|fakturanummer|kundenummer|sendingsnummer|saksnummer|bookingnummer|medlemsnummer|(?:numer|nr\.?)\s+(?:zamówienia|faktury|przesyłki|klienta|sprawy|rezerwacji|karty|konta|biletu|seryjny|zlecenia|referencyjny)|номер\s+(?:замовлення|посилки|відправлення|рахунку|справи|бронювання|картки|квитка|договору|накладної|клієнта)|ттн)(?:\s(?-i:\p{Ll}){4,20})?[\s:#№.]{1,4}(?=\d)"#,
        caseInsensitive: true)

    /// The label after the number: "07935 118204 is the order number of the laptops".
    private let labelAfter = TextPattern(
        #"(?<![\p{N}+])(\d[\d \-]{4,20}\d)\s(?:is|was|er|var|ist|war|to|jest|це|є)\s(?:(?:the|an?|our|my|die|der|das|eine?|den|et|nasz[ae]?|наш[ае]?)\s)?(?:order|booking|invoice|tracking|parcel|customer|reference|bestellnummer|auftragsnummer|rechnungsnummer|kundennummer|sendungsnummer|bestillingsnummer|ordrenummer|fakturanummer|kundenummer|numer\s+zamówienia|numer\s+faktury|numer\s+przesyłki|номер\s+замовлення|номер\s+посилки)(?![\p{L}])"#,
        caseInsensitive: true)

    /// UTF-16 offsets where a labelled number starts.
    func labelledNumberStarts(in text: ScannedText) -> Set<Int> {
        Set(pattern.ranges(in: text).map(\.upperBound) + labelAfter.ranges(in: text, group: 1).map(\.lowerBound))
    }
}
