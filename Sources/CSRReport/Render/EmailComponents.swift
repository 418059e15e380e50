/// The `csr-component`s of the email summary, in two forms: email-client-safe HTML (tables,
/// inline styles, bars as coloured cells; no SVG, no images) and plain text for email.txt.
struct EmailComponents {
    let report: TenantReport
    let text: FigureText

    init(report: TenantReport, text: FigureText) {
        self.report = report
        self.text = text
    }

    static let font = "font-family:-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;"
    static let headline: [MetricName] = [.participantsCount, .volunteersCount, .sessionsCount, .volunteerHours, .sroiRatio, .visScore]
    /// Current period first; each at least 3:1 against the white content cell (WCAG 1.4.11).
    static let barColours = ["#1f5f8b", "#4a7ea6", "#7390a8"]

    func html(_ component: ReportComponent) -> String {
        switch component {
        case .headlineFigures: headlineHTML()
        case .kpiBars: barsHTML()
        case .sroiSensitivity: SROIComponents(report: report, text: text).sensitivityEmailHTML()
        default: ""
        }
    }

    func plainText(_ component: ReportComponent) -> String {
        switch component {
        case .headlineFigures: headlineText()
        case .kpiBars: barsText()
        case .sroiSensitivity: SROIComponents(report: report, text: text).sensitivityText()
        default: ""
        }
    }

    private func headlineHTML() -> String {
        var html = "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;border-collapse:collapse;margin:0 0 20px;\">"
        for metric in Self.headline {
            let value = report.current.value(metric)
            let colour = value.number == nil ? "#5b6675" : "#1d2733"
            html += "<tr><td style=\"\(Self.font)padding:12px 0;border-bottom:1px solid #dde2e8;vertical-align:top;width:44%;\">"
            html += "<div style=\"font-size:12px;letter-spacing:0.05em;text-transform:uppercase;color:#5b6675;font-weight:bold;\">\(htmlEscape(text.name(metric)))</div>"
            html += "<div style=\"font-size:24px;line-height:1.2;font-weight:bold;color:\(colour);\">\(htmlEscape(text.valueWithLabel(report.current, metric)))</div></td>"
            html += "<td style=\"\(Self.font)padding:12px 0 12px 12px;border-bottom:1px solid #dde2e8;vertical-align:top;font-size:13px;line-height:1.5;\">"
            for other in [report.previous, report.lastYear] {
                let change = text.change(in: report, metric, from: other)
                let c = change.direction == .up ? "#1e6b47" : change.direction == .down ? "#a23b2a" : "#5b6675"
                html += "<div style=\"color:\(c);\">\(htmlEscape(change.words))</div>"
            }
            html += "</td></tr>"
        }
        return html + "</table>"
    }

    private func barsHTML() -> String {
        var html = "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;border-collapse:collapse;margin:0 0 20px;\">"
        for metric in ReportComponents.barMetrics {
            html += "<tr><td colspan=\"3\" style=\"\(Self.font)padding:14px 0 4px;font-size:14px;font-weight:bold;color:#1d2733;\">\(htmlEscape(text.name(metric)))</td></tr>"
            let maximum = report.comparedPeriods.compactMap { $0.value(metric).number }.max() ?? 0
            for (index, m) in report.comparedPeriods.enumerated() {
                let value = m.value(metric)
                html += "<tr><td style=\"\(Self.font)width:80px;padding:3px 8px 3px 0;font-size:12px;color:#5b6675;white-space:nowrap;\">\(htmlEscape(text.period(m.period)))</td>"
                html += "<td style=\"padding:3px 0;\">"
                if let v = value.number, maximum > 0, v > 0 {
                    let percent = max(1, min(100, Int((v / maximum * 100).rounded())))
                    html += "<table role=\"presentation\" width=\"\(percent)%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:\(percent)%;border-collapse:collapse;\"><tr><td height=\"14\" bgcolor=\"\(Self.barColours[index])\" style=\"height:14px;background-color:\(Self.barColours[index]);font-size:1px;line-height:1px;\">&nbsp;</td></tr></table>"
                } else if value.number == nil {
                    html += "<span style=\"\(Self.font)font-size:12px;font-style:italic;color:#5b6675;\">\(htmlEscape(text.text(.activityNotDrawn)))</span>"
                }
                html += "</td><td style=\"\(Self.font)width:110px;padding:3px 0 3px 8px;font-size:13px;color:#1d2733;text-align:right;white-space:nowrap;\">\(htmlEscape(text.value(value, metric)))</td></tr>"
            }
        }
        return html + "</table>"
    }

    private func headlineText() -> String {
        var lines: [String] = []
        for metric in Self.headline {
            lines.append(text.text(.valueLabelValue, ["label": text.name(metric), "value": text.valueWithLabel(report.current, metric)]))
            for other in [report.previous, report.lastYear] {
                lines += PlainTextRenderer.wrap(text.change(in: report, metric, from: other).words, width: 72, first: "  ", rest: "    ")
            }
        }
        return lines.joined(separator: "\n")
    }

    private func barsText() -> String {
        var lines: [String] = []
        for metric in ReportComponents.barMetrics {
            lines.append(text.name(metric))
            let maximum = report.comparedPeriods.compactMap { $0.value(metric).number }.max() ?? 0
            for m in report.comparedPeriods {
                let value = m.value(metric)
                var bar = ""
                if let v = value.number, maximum > 0 { bar = String(repeating: "#", count: max(v > 0 ? 1 : 0, Int((v / maximum * 30).rounded()))) }
                let name = text.period(m.period)
                let label = name.padding(toLength: max(name.count, 9), withPad: " ", startingAt: 0)
                lines.append("  \(label) \(bar.padding(toLength: 30, withPad: " ", startingAt: 0)) \(text.value(value, metric))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
