/// Finds email addresses, including "+tags", dotted local parts, subdomains and letters
/// outside ASCII ("anna.k+mentor@mail.uni-oslo.no", "ołena@poczta.pl"), and addresses spelled
/// out to dodge filters: "x (at) web dot de", "jan.kowalski [at] wp [dot] pl",
/// "yulia dot hnatiuk at gmail dot com". A bare " at " counts only when the domain is spelled
/// with "dot" too, so "work at nav.no" stays prose.
struct EmailRecogniser: Sendable {
    private let pattern = TextPattern(
        #"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-]+(?:\.[\p{L}\p{N}_%+-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-])"#
    )
    private let spelled: TextPattern
    private let spelledBareAt: TextPattern
    private let spelledAtWord: TextPattern

    init() {
        let word = #"[\p{L}\p{N}_%+-]+"#
        let dot = #"(?:\.|\s*[\(\[\{]\s*(?:dot|punkt|punktum|kropka|крапка)\s*[\)\]\}]\s*|\s+(?:dot|punkt|punktum|kropka|крапка)\s+)"#
        let spokenDot = #"(?:\s*[\(\[\{]\s*(?:dot|punkt|punktum|kropka|крапка)\s*[\)\]\}]\s*|\s+(?:dot|punkt|punktum|kropka|крапка)\s+)"#
        let bracketAt = #"\s*[\(\[\{<]\s*(?:at|@|ät|małpa|собака)\s*[\)\]\}>]\s*"#
        let label = #"[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?"#
        let tld = #"\p{L}{2,12}(?![\p{L}\p{N}-])"#
        // Bounded repetitions: an unbounded "word (dot word)*" tried from every word of a long
        // "a dot a dot a …" is quadratic (issue 9); real addresses have a few parts.
        let local = word + "(?:" + dot + word + "){0,4}"
        spelled = TextPattern(#"(?<![\p{L}\p{N}._%+-])"# + local + bracketAt + "(?:" + label + dot + "){1,4}" + tld, caseInsensitive: true)
        // Words that only ever stand for "@" ("собака", "małpa", "krøllalfa", "Klammeraffe") need
        // no brackets and no spoken dot: "hanna.92 собака ukr.net", "s.p małpa wp kropka pl".
        let atWord = #"\s+(?:собака|małpa|malpa|krøllalfa|klammeraffe)\s+"#
        spelledAtWord = TextPattern(#"(?<![\p{L}\p{N}._%+-])"# + local + atWord + "(?:" + label + dot + "){1,4}" + tld, caseInsensitive: true)
        spelledBareAt = TextPattern(#"(?<![\p{L}\p{N}._%+-])"# + local + #"\s+(?:at|ät)\s+(?:"# + label + dot + "){0,3}" + label + spokenDot + tld, caseInsensitive: true)
    }

    func candidates(in text: ScannedText) -> [PIICandidate] {
        (pattern.ranges(in: text) + spelled.ranges(in: text) + spelledBareAt.ranges(in: text) + spelledAtWord.ranges(in: text)).map { PIICandidate(kind: .email, range: $0) }
    }
}
