/// The tool's version, written into every manifest so a bundle says what made it.
public enum CSRReportVersion {
    public static let string = "0.1.0"
}
