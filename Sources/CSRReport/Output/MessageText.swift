/// Text from a snapshot, a file name or the environment shown in a message on the terminal.
///
/// ```swift
/// MessageText.escaped("id\r\n\u{1B}[2J")   // "id\\r\\n\\u{1B}[2J"
/// ```
/// Control characters (C0, DEL, C1), line and paragraph separators and invisible format
/// characters (bidirectional overrides) are written as escapes, so a message stays one line and
/// data cannot move the cursor, clear the screen or reorder what the operator reads.
public enum MessageText {
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{200C}", "\u{200D}": out.unicodeScalars.append(scalar)   // joiners shape scripts and emoji
            default:
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator:
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                default:
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
