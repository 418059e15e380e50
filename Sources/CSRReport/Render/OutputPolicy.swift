/// The last line of defence for the HTML we write: a scan of every tag for anything that
/// would run code or fetch something (script, external URL, image, data: URI, event handler).
/// Data cannot produce a tag (all text is escaped), so a hit means a template broke a rule.
///
/// ```swift
/// try OutputPolicy.checkSelfContained(html, file: "shell.html.mustache")
/// ```
enum OutputPolicy {
    static let bannedTags: Set<String> = ["script", "img", "link", "iframe", "object", "embed", "base", "form", "input", "audio", "video", "source", "picture", "image", "use", "foreignobject", "frame", "frameset", "applet", "portal"]

    /// Every problem found, as `<tag ...>: why`; empty when the page is self-contained.
    static func violations(_ html: String) -> [String] {
        var found: [String] = []
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            var end = i + 1
            var quote: UInt8 = 0
            while end < bytes.count {
                let c = bytes[end]
                if quote != 0 { if c == quote { quote = 0 } } else if c == 34 || c == 39 { quote = c } else if c == UInt8(ascii: ">") { break }
                end += 1
            }
            let tag = String(decoding: bytes[i..<min(end + 1, bytes.count)], as: UTF8.self)
            let lower = tag.lowercased()
            if lower.hasPrefix("<!--") || lower.hasPrefix("<!doctype") || lower.hasPrefix("</") {
                i = end + 1
                continue
            }
            let name = String(lower.dropFirst().prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" }))
            if bannedTags.contains(name) { found.append("\(tag.prefix(60)): <\(name)> is not allowed") }
            if name == "meta", lower.contains("refresh") { found.append("\(tag.prefix(60)): a refresh is not allowed") }
            for attribute in attributes(lower) {
                if attribute.name.hasPrefix("on") { found.append("\(tag.prefix(60)): event handler \(attribute.name)") }
                if ["src", "srcset", "action", "formaction", "xlink:href", "poster", "background", "ping"].contains(attribute.name) {
                    found.append("\(tag.prefix(60)): \(attribute.name)= loads a resource")
                }
                if attribute.name == "href", !attribute.value.hasPrefix("#"), !Self.isBundleLink(attribute.value) {
                    found.append("\(tag.prefix(60)): href must point inside the site")
                }
                if attribute.value.contains("javascript:") || attribute.value.contains("data:") || attribute.value.contains("http:") || attribute.value.contains("https:") || attribute.value.contains("url(") {
                    if !(name == "meta" && attribute.name == "content") { found.append("\(tag.prefix(60)): \(attribute.name) holds a URL") }
                }
            }
            i = end + 1
        }
        return found
    }

    /// The only links a page may hold: to a file of a bundle, by a relative path without `..`.
    static let bundleFiles: Set<String> = ["index.html", "email.html", "email.txt", "report.md", "metrics.csv", "trends.csv", "evidence.csv", "figures.xlsx", "report.pdf"]

    static func isBundleLink(_ href: String) -> Bool {
        let parts = href.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2, let file = parts.last, bundleFiles.contains(String(file)) else { return false }
        return parts.count == 1 || (!parts[0].isEmpty && parts[0] != ".." && parts[0] != "." && !parts[0].contains(":"))
    }

    static func checkSelfContained(_ html: String, file: String) throws {
        if let first = violations(html).first {
            throw TemplateError(file: file, message: "the page would not be self-contained: \(first)")
        }
    }

    private static func attributes(_ tag: String) -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        var chars = Array(tag.dropFirst())
        if chars.last == ">" { chars.removeLast() }
        var i = 0
        while i < chars.count, chars[i] != " ", chars[i] != "\n", chars[i] != "\t", chars[i] != "/" { i += 1 }
        while i < chars.count {
            while i < chars.count, chars[i] == " " || chars[i] == "\n" || chars[i] == "\t" || chars[i] == "/" { i += 1 }
            var name = ""
            while i < chars.count, chars[i] != "=", chars[i] != " ", chars[i] != "\n", chars[i] != "\t", chars[i] != "/" { name.append(chars[i]); i += 1 }
            var value = ""
            if i < chars.count, chars[i] == "=" {
                i += 1
                if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                    let q = chars[i]
                    i += 1
                    while i < chars.count, chars[i] != q { value.append(chars[i]); i += 1 }
                    i += 1
                } else {
                    while i < chars.count, chars[i] != " " { value.append(chars[i]); i += 1 }
                }
            }
            if !name.isEmpty { result.append((name, value)) }
        }
        return result
    }
}
