/// A kind of personal data the redactor recognises, with the typed placeholder that replaces it
/// in report text (spec section 8).
///
///     PIIKind.email.placeholder        // "[EMAIL]"
///     PIIKind.dateOfBirth.placeholder  // "[DATE]"
public enum PIIKind: String, CaseIterable, Sendable {
    case email, phone, name, iban, card, nationalID, ip, url, handle, address, dateOfBirth

    /// The text written in place of a match of this kind.
    public var placeholder: String {
        switch self {
        case .email: "[EMAIL]"
        case .phone: "[PHONE]"
        case .name: "[NAME]"
        case .iban: "[IBAN]"
        case .card: "[CARD]"
        case .nationalID: "[NATIONAL_ID]"
        case .ip: "[IP]"
        case .url: "[URL]"
        case .handle: "[HANDLE]"
        case .address: "[ADDRESS]"
        case .dateOfBirth: "[DATE]"
        }
    }

    /// Rank used when two candidate matches overlap: lower wins. Structured, validated kinds
    /// come first (an email beats the handle or name inside it; an IBAN, card or checksummed ID
    /// beats a phone reading of the same digits); names, the least certain kind, come last.
    var precedence: Int {
        switch self {
        case .email: 0
        case .url: 1
        case .iban: 2
        case .card: 3
        case .nationalID: 4
        case .dateOfBirth: 5
        case .ip: 6
        case .phone: 7
        case .address: 8
        case .handle: 9
        case .name: 10
        }
    }
}
