/// Finds email addresses, including "+tags", dotted local parts, subdomains and letters
/// outside ASCII ("anna.k+mentor@mail.uni-oslo.no", "ołena@poczta.pl").
struct EmailRecogniser: Sendable {
    private let pattern = TextPattern(
        #"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])"#
    )

    func candidates(in text: ScannedText) -> [PIICandidate] {
        pattern.ranges(in: text).map { PIICandidate(kind: .email, range: $0) }
    }
}
