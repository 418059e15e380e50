/// Inline SVG charts drawn by our own code: accessible (`role="img"`, `<title>`, `<desc>`),
/// styled through classes that report.css colours for light and dark, with presentation
/// attributes as a fallback. Every text inside goes through `htmlEscape`. Suppressed or missing
/// values are gaps with a note, never zero.
enum SVGChart {
    /// One point of a chart: a label on the x axis and a value, or why there is none.
    struct Point: Sendable {
        let label: String
        let value: FigureValue
    }

    /// A line chart of a mean score on the 0-1 scale, one point per period.
    static func trendLine(id: String, title: String, description: String, seriesName: String,
                          points: [Point], text: FigureText) -> String {
        let width = 520.0, height = 250.0
        let left = 44.0, right = 96.0, top = 18.0, bottom = 46.0
        let plotW = width - left - right, plotH = height - top - bottom
        func x(_ i: Int) -> Double {
            points.count <= 1 ? left + plotW / 2 : left + plotW * Double(i) / Double(points.count - 1)
        }
        func y(_ v: Double) -> Double { top + plotH * (1 - min(max(v, 0), 1)) }
        var svg = open(id: id, width: width, height: height, title: title, description: description, className: "chart chart-trend")
        // Grid and y ticks.
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let ty = fmt(y(tick))
            svg += "<line class=\"grid\" x1=\"\(fmt(left))\" x2=\"\(fmt(left + plotW))\" y1=\"\(ty)\" y2=\"\(ty)\" stroke=\"#d5dbe3\" stroke-width=\"1\"/>"
            svg += "<text class=\"tick\" x=\"\(fmt(left - 8))\" y=\"\(ty)\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#5b6675\" font-size=\"12\">\(htmlEscape(text.number(tick, places: 2)))</text>"
        }
        svg += "<line class=\"axis\" x1=\"\(fmt(left))\" x2=\"\(fmt(left + plotW))\" y1=\"\(fmt(y(0)))\" y2=\"\(fmt(y(0)))\" stroke=\"#8a94a3\" stroke-width=\"1\"/>"
        // X labels and gap notes.
        for (i, point) in points.enumerated() {
            svg += "<text class=\"tick\" x=\"\(fmt(x(i)))\" y=\"\(fmt(top + plotH + 20))\" text-anchor=\"middle\" fill=\"#5b6675\" font-size=\"12\">\(htmlEscape(point.label))</text>"
            if point.value.number == nil {
                // Trend points are mean scores, never head counts.
                let note = point.value == .suppressed ? text.suppressed(.other) : text.noData
                svg += "<line class=\"gap\" x1=\"\(fmt(x(i)))\" x2=\"\(fmt(x(i)))\" y1=\"\(fmt(top))\" y2=\"\(fmt(top + plotH))\" stroke=\"#b8c0cc\" stroke-dasharray=\"3 4\"/>"
                // "not shown (fewer than 5 people)" is wider than the space between two periods:
                // it is set on two lines, split at the space nearest its middle.
                // Centred under its period, but moved inwards where that would cut it at the
                // chart's edge (the first period's note stood 27 units past the left edge).
                let split = twoLines(note)
                let half = ((split.map { textWidth($0, fontSize: 11) }.max() ?? 0) / 2).rounded(.up)
                let noteX = min(max(x(i), half), width - half)
                let lines = split.enumerated().map { index, line in
                    "<tspan x=\"\(fmt(noteX))\" dy=\"\(index == 0 ? "0" : "12")\">\(htmlEscape(line))</tspan>"
                }.joined()
                svg += "<text class=\"gap-note\" x=\"\(fmt(noteX))\" y=\"\(fmt(top + plotH + 31))\" text-anchor=\"middle\" fill=\"#5b6675\" font-size=\"11\" font-style=\"italic\">\(lines)</text>"
            }
        }
        // The line: runs of consecutive values; a hidden or missing value breaks it.
        var runs: [[(Int, Double)]] = [[]]
        for (i, point) in points.enumerated() {
            if let v = point.value.number { runs[runs.count - 1].append((i, v)) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        for run in runs where run.count > 1 {
            let path = run.map { "\(fmt(x($0.0))),\(fmt(y($0.1)))" }.joined(separator: " ")
            svg += "<polyline class=\"series\" points=\"\(path)\" fill=\"none\" stroke=\"#1f5f8b\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>"
        }
        for (i, point) in points.enumerated() {
            guard let v = point.value.number else { continue }
            svg += "<circle class=\"series-point\" cx=\"\(fmt(x(i)))\" cy=\"\(fmt(y(v)))\" r=\"4\" fill=\"#1f5f8b\"><title>\(htmlEscape(text.text(.valueLabelValue, ["label": point.label, "value": text.number(v, places: 3)])))</title></circle>"
        }
        // Direct label at the last value instead of a legend.
        if let last = points.indices.last(where: { points[$0].value.number != nil }), let v = points[last].value.number {
            svg += "<text class=\"series-label\" x=\"\(fmt(x(last) + 10))\" y=\"\(fmt(y(v)))\" dominant-baseline=\"middle\" fill=\"#1f5f8b\" font-size=\"12\" font-weight=\"600\">\(htmlEscape(text.number(v, places: 3)))</text>"
            svg += "<text class=\"series-name\" x=\"\(fmt(x(last) + 10))\" y=\"\(fmt(y(v) + 15))\" dominant-baseline=\"middle\" fill=\"#5b6675\" font-size=\"11\">\(htmlEscape(seriesName))</text>"
        }
        return svg + "</svg>"
    }

    /// A short label in one line; a longer one (over 16 characters) in two: before its
    /// parenthesis if it has one ("not shown" / "(fewer than 5 people)"), else at the space
    /// nearest its middle.
    static func twoLines(_ text: String) -> [String] {
        let chars = Array(text)
        guard chars.count > 16 else { return [text] }
        let middle = chars.count / 2
        let spaces = chars.indices.filter { chars[$0] == " " && $0 > 0 }
        let beforeParenthesis = spaces.first { chars.indices.contains($0 + 1) && chars[$0 + 1] == "(" }
        guard let split = beforeParenthesis ?? spaces.min(by: { abs($0 - middle) < abs($1 - middle) }) else { return [text] }
        return [String(chars[..<split]), String(chars[(split + 1)...])]
    }

    /// One group of horizontal bars per metric: current, previous, same period last year.
    struct BarGroup: Sendable {
        let title: String
        let bars: [(label: String, value: FigureValue, display: String)]
    }

    static func kpiBars(id: String, title: String, description: String, groups: [BarGroup]) -> String {
        let width = 520.0
        // Period names differ in length between languages ("2025-Q3", "3. kvartal 2025"): the
        // label column grows to the longest, the bars shrink.
        let longest = groups.flatMap { $0.bars.map(\.label) }.map { textWidth($0, fontSize: 12) }.max() ?? 0
        let labelW = max(86.0, longest + 10), valueW = 92.0, barH = 16.0, gap = 6.0, groupGap = 20.0, headH = 20.0
        let plotW = width - labelW - valueW
        let groupH = headH + Double(groups.first?.bars.count ?? 3) * (barH + gap)
        let height = Double(groups.count) * groupH + Double(max(groups.count - 1, 0)) * groupGap + 4
        var svg = open(id: id, width: width, height: height, title: title, description: description, className: "chart chart-bars")
        var top = 0.0
        for group in groups {
            svg += "<text class=\"bar-group\" x=\"0\" y=\"\(fmt(top + 14))\" fill=\"#1d2733\" font-size=\"13\" font-weight=\"600\">\(htmlEscape(group.title))</text>"
            let maximum = group.bars.compactMap(\.value.number).max() ?? 0
            for (index, bar) in group.bars.enumerated() {
                let by = top + headH + Double(index) * (barH + gap)
                svg += "<text class=\"tick\" x=\"0\" y=\"\(fmt(by + barH / 2))\" dominant-baseline=\"middle\" fill=\"#5b6675\" font-size=\"12\">\(htmlEscape(bar.label))</text>"
                if let v = bar.value.number {
                    let w = maximum > 0 ? max(plotW * v / maximum, v > 0 ? 2 : 0) : 0
                    svg += "<rect class=\"bar bar-\(index)\" x=\"\(fmt(labelW))\" y=\"\(fmt(by))\" width=\"\(fmt(w))\" height=\"\(fmt(barH))\" rx=\"2\" fill=\"\(barFallback[index % barFallback.count])\"/>"
                    svg += "<text class=\"bar-value\" x=\"\(fmt(labelW + w + 6))\" y=\"\(fmt(by + barH / 2))\" dominant-baseline=\"middle\" fill=\"#1d2733\" font-size=\"12\">\(htmlEscape(bar.display))</text>"
                } else {
                    svg += "<rect class=\"bar-gap\" x=\"\(fmt(labelW))\" y=\"\(fmt(by))\" width=\"\(fmt(plotW))\" height=\"\(fmt(barH))\" rx=\"2\" fill=\"none\" stroke=\"#b8c0cc\" stroke-dasharray=\"3 4\"/>"
                    svg += "<text class=\"gap-note\" x=\"\(fmt(labelW + 8))\" y=\"\(fmt(by + barH / 2))\" dominant-baseline=\"middle\" fill=\"#5b6675\" font-size=\"11\" font-style=\"italic\">\(htmlEscape(bar.display))</text>"
                }
            }
            top += groupH + groupGap
        }
        return svg + "</svg>"
    }

    /// One row of a swing chart: the ratio with one assumption at its least and at its most
    /// favourable bound.
    struct SwingBar: Sendable {
        let label: String
        /// The bounds, in words ("50% to 10%").
        let detail: String
        let least: Double
        let most: Double
        let leastText: String
        let mostText: String
    }

    /// A horizontal bar per assumption from its least to its most favourable ratio, rows in the
    /// order given (widest swing first), with a dashed line at the central ratio.
    static func swingBars(id: String, title: String, description: String, central: Double, centralText: String, bars: [SwingBar]) -> String {
        let longest = bars.map { max(textWidth($0.label, fontSize: 12), textWidth($0.detail, fontSize: 11)) }.max() ?? 0
        let width = 520.0, labelW = min(max(128.0, longest + 8), 240), valueW = 64.0, rowH = 34.0, top = 24.0
        let plotLeft = labelW + valueW, plotRight = width - valueW, plotW = plotRight - plotLeft
        let height = top + Double(bars.count) * rowH + 6
        let values = bars.flatMap { [$0.least, $0.most] } + [central]
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if hi - lo < 1e-9 { lo -= 0.5; hi += 0.5 }
        func x(_ v: Double) -> Double { plotLeft + plotW * (v - lo) / (hi - lo) }
        var svg = open(id: id, width: width, height: height, title: title, description: description, className: "chart chart-swing")
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowH
            svg += "<text class=\"bar-group\" x=\"0\" y=\"\(fmt(y + 12))\" fill=\"#1d2733\" font-size=\"12\" font-weight=\"600\">\(htmlEscape(bar.label))</text>"
            svg += "<text class=\"tick\" x=\"0\" y=\"\(fmt(y + 26))\" fill=\"#5b6675\" font-size=\"11\">\(htmlEscape(bar.detail))</text>"
            let a = x(min(bar.least, bar.most)), b = x(max(bar.least, bar.most))
            svg += "<rect class=\"bar bar-1\" x=\"\(fmt(a))\" y=\"\(fmt(y + 6))\" width=\"\(fmt(max(b - a, 2)))\" height=\"16\" rx=\"2\" fill=\"\(barFallback[1])\"/>"
            let leftText = bar.least <= bar.most ? bar.leastText : bar.mostText
            let rightText = bar.least <= bar.most ? bar.mostText : bar.leastText
            svg += "<text class=\"bar-value\" x=\"\(fmt(a - 6))\" y=\"\(fmt(y + 14))\" text-anchor=\"end\" dominant-baseline=\"middle\" fill=\"#1d2733\" font-size=\"11\">\(htmlEscape(leftText))</text>"
            svg += "<text class=\"bar-value\" x=\"\(fmt(max(b, a + 2) + 6))\" y=\"\(fmt(y + 14))\" dominant-baseline=\"middle\" fill=\"#1d2733\" font-size=\"11\">\(htmlEscape(rightText))</text>"
        }
        let cx = fmt(x(central))
        svg += "<line class=\"axis\" x1=\"\(cx)\" x2=\"\(cx)\" y1=\"\(fmt(top - 4))\" y2=\"\(fmt(height - 2))\" stroke=\"#1d2733\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>"
        svg += "<text class=\"series-label\" x=\"\(cx)\" y=\"12\" text-anchor=\"middle\" fill=\"#1d2733\" font-size=\"11\" font-weight=\"600\">\(htmlEscape(centralText))</text>"
        return svg + "</svg>"
    }

    /// Bar fills for a reader without the page's CSS (white canvas): each at least 3:1 against
    /// white (WCAG 1.4.11), as the stylesheet's --chart colours are against their paper.
    static let barFallback = ["#1f5f8b", "#4a7ea6", "#7390a8"]

    private static func open(id: String, width: Double, height: Double, title: String, description: String, className: String) -> String {
        let titleID = htmlEscape("\(id)-title"), descID = htmlEscape("\(id)-desc")
        return "<svg class=\"\(className)\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" width=\"\(fmt(width))\" height=\"\(fmt(height))\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif\">"
            + "<title id=\"\(titleID)\">\(htmlEscape(title))</title><desc id=\"\(descID)\">\(htmlEscape(description))</desc>"
    }

    /// A generous estimate of a text's width in the system font stack (SVG cannot measure it
    /// before it is drawn): 0.62 em a character.
    static func textWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.62
    }

    /// Coordinates with one decimal, locale-free.
    static func fmt(_ v: Double) -> String {
        let s = formatFixed(v, places: 1)
        return s.hasSuffix(".0") ? String(s.dropLast(2)) : s
    }
}
