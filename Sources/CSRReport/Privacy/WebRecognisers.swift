/// Finds web addresses starting with "http://", "https://" or "www.", and addresses without a
/// scheme whose domain ends in a common top-level domain and is followed by a path
/// ("linkedin.com/in/jane-doe", "github.com/janedoe"). Bare domains ("example.com") are left
/// alone: too many product and file names look the same. Trailing sentence punctuation and an
/// unbalanced closing bracket are not part of the URL.
struct URLRecogniser: Sendable {
    private let pattern = TextPattern(#"(?<![\p{L}\p{N}@.])(?:https?://|www\.)[^\s<>"«»]+"#, caseInsensitive: true)
    private let schemeless: TextPattern

    init() {
        let tlds = [
            "com", "org", "net", "edu", "gov", "info", "io", "dev", "app", "me", "co", "eu", "no", "de",
            "pl", "ua", "uk", "se", "dk", "fi", "at", "ch", "nl", "fr", "it", "es", "cz", "lt", "lv", "ee",
        ].joined(separator: "|")
        schemeless = TextPattern(#"(?<![\p{L}\p{N}@./_\-])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:"# + tlds + #")/[^\s<>"«»]+"#, caseInsensitive: true)
    }

    func candidates(in text: ScannedText) -> [PIICandidate] {
        (pattern.ranges(in: text) + schemeless.ranges(in: text)).compactMap { range in
            // Brackets are counted once; peeling trailing characters then only updates the
            // counts, so a URL followed by a long run of ")" costs linear time, not quadratic.
            let trailing: Set<UInt16> = [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x2019, 0x5D, 0x7D]
            var opened = 0, closed = 0
            for u in text.units[range] {
                if u == 0x28 { opened += 1 } else if u == 0x29 { closed += 1 }
            }
            var end = range.upperBound
            while end > range.lowerBound, let c = text.unit(at: end - 1) {
                if trailing.contains(c) { end -= 1; continue }
                if c == 0x29 { // ")" belongs to the URL only when it closes a "(" inside it
                    if opened > closed - 1 { break }
                    closed -= 1
                    end -= 1; continue
                }
                break
            }
            let body = text.substring(range.lowerBound ..< end).lowercased()
            guard body.count > 7, body != "http://", body != "https://", body != "www." else { return nil }
            return PIICandidate(kind: .url, range: range.lowerBound ..< end)
        }
    }
}

/// Finds social-media handles ("@anna_k", "@ola.nordmann"): an "@" that does not follow a
/// letter, digit or dot (so never the middle of an email) and 2-30 letters, digits, "_" or ".".
struct HandleRecogniser: Sendable {
    private let pattern = TextPattern(#"(?<![\p{L}\p{N}._%+/-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])(?![\p{L}\p{N}_@-])"#)

    /// Round 5: a user name after its form label, without "@" ("Brukernavn: olena_k",
    /// "Login: olena_k", "Benutzername: …", "логін: …").
    private let labelled = TextPattern(
        #"(?<![\p{L}])(?:user\s?name|login|brukernavn|benutzername|nazwa\s+użytkownika|логін|нікнейм|nickname|nick)\s?:\s?([A-Za-z0-9_](?:[A-Za-z0-9_.\-]{1,28}[A-Za-z0-9_]))(?![\p{L}\p{N}_@.\-])"#,
        caseInsensitive: true)

    /// Round 7: a user name after the app it belongs to, without "@" ("snapchat katia_nor23",
    /// "discord dasha_ua#4471", "mein Insta ist lena.k_01", "мій телеграм: olena_k"). The name
    /// must look like one — a digit, "_" or "." inside, or a Discord tag — or follow a colon,
    /// so "auf Instagram gesehen" and "snapchat today" stay.
    private let afterApp = TextPattern(
        #"(?<![\p{L}])(?:snap(?:chat)?|snapchacie|insta(?:gram)?(?:ie|u|a)?|ig|telegram(?:ie|u|i|a)?|tg|discord(?:zie|u|i)?|tik[ \t]?tok(?:u|a)?|twitter(?:ze|a)?|threads|skype(?:'?a|'?ie)?|viber(?:ze|a)?|телеграм(?:і|у|а)?|інстаграм(?:і|у|а)?|інста|інсті|тікток(?:у|а)?|діскорд(?:і|у)?|вайбер(?:і)?|снеп(?:чат)?)(?:[ \t]?[:：][ \t]?|[ \t](?:is|er|ist|to|jest|це|—|–|-)[ \t]|[ \t])(?:((?=@?[A-Za-z0-9_.]*[0-9_#]|@?[A-Za-z0-9_]+\.[A-Za-z0-9_])@?[A-Za-z0-9_][A-Za-z0-9_.]{0,28}[A-Za-z0-9_](?:#\d{4})?)|(?<=:[ \t]|:)(@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])))(?![\p{L}\p{N}_@#\-]|\.[\p{L}\p{N}])"#,
        caseInsensitive: true)

    func candidates(in text: ScannedText) -> [PIICandidate] {
        (pattern.ranges(in: text) + labelled.ranges(in: text, group: 1) + afterApp.ranges(in: text, group: 1)
            + afterApp.ranges(in: text, group: 2)).map { PIICandidate(kind: .handle, range: $0) }
    }
}

/// Finds IPv4 addresses (four octets 0-255, optional /prefix) and IPv6 addresses (full,
/// "::"-compressed, or ending in an IPv4 part). Clock times ("10:30:15") and version numbers
/// ("v2.3.1", "1.4.0") do not validate.
struct IPAddressRecogniser: Sendable {
    private let v4 = TextPattern(#"(?<![\p{L}\p{N}.])(?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?(?![\p{L}\p{N}]|\.\d)"#)
    private let v6 = TextPattern(#"(?<![\p{L}\p{N}:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?:/\d{1,3})?(?![\p{L}\p{N}:])"#)

    func candidates(in text: ScannedText) -> [PIICandidate] {
        var out: [PIICandidate] = []
        for range in v4.ranges(in: text) {
            let body = text.substring(range).split(separator: "/")[0]
            let octets = body.split(separator: ".").compactMap { Int($0) }
            if octets.count == 4, octets.allSatisfy({ $0 <= 255 }) {
                out.append(PIICandidate(kind: .ip, range: range))
            }
        }
        for range in v6.ranges(in: text) where Self.isIPv6(text.substring(range)) {
            out.append(PIICandidate(kind: .ip, range: range))
        }
        return out
    }

    static func isIPv6(_ candidate: String) -> Bool {
        let address = candidate.split(separator: "/", omittingEmptySubsequences: false)[0]
        let halves = address.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        var groups: [Substring] = []
        for half in halves where !half.isEmpty {
            groups += half.split(separator: ":", omittingEmptySubsequences: false)
        }
        var units = groups.count
        if let last = groups.last, last.contains(".") {
            let octets = last.split(separator: ".").compactMap { Int($0) }
            guard octets.count == 4, octets.allSatisfy({ $0 <= 255 }) else { return false }
            units += 1 // an IPv4 tail fills two groups
        }
        let hexGroups = groups.filter { !$0.contains(".") }
        guard hexGroups.allSatisfy({ (1 ... 4).contains($0.count) && $0.allSatisfy(\.isHexDigit) }) else { return false }
        if halves.count == 2 { return units <= 7 && units >= 1 }
        return units == 8
    }
}
