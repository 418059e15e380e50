/// A data table in the box that scrolls it sideways when it is wider than the page (a phone, a
/// long German column title). A keyboard scrolls a box only once the box can take focus (WCAG
/// 2.1.1; axe's `scrollable-region-focusable`), so the box is in the tab order, and a region
/// named like the table's caption so that a screen reader says what got focus.
///
/// ```swift
/// scrollableTable(label: "All figures for 2025-Q3", "<table class=\"data-table\">...</table>")
/// ```
/// `label` is plain text (escaped here); `table` is HTML already escaped by its maker.
func scrollableTable(label: String, _ table: String) -> String {
    "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(htmlEscape(label))\">\(table)</div>"
}
