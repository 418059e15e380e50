/// The one CSS escape of the project: a text from the data as a CSS string literal, for the
/// print footer's `content:` (the only place database text reaches a stylesheet).
///
/// ```swift
/// cssString("O'Neil \"AS\"")   // "\"O\\000027Neil\\000020\\000022AS\\000022\""
/// ```
/// Every scalar but an ASCII letter or digit becomes a six-digit hex escape, so nothing in the
/// text can end the string (quotes, backslash, newline), the rule (`}`), or the `<style>`
/// element around it (`</style>` has no `<` left), whatever the text; six digits need no space
/// after them. C0 controls and DEL become spaces, as in `htmlEscape`.
public func cssString(_ text: String) -> String {
    var out = "\""
    out.reserveCapacity(text.utf8.count * 3 + 2)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9": out.unicodeScalars.append(scalar)
        case "\u{0}"..."\u{1F}", "\u{7F}": out += "\\000020"
        default:
            let hex = String(scalar.value, radix: 16)
            out += "\\" + String(repeating: "0", count: 6 - hex.count) + hex
        }
    }
    return out + "\""
}
