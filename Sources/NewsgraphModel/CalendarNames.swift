/// Weekday and month names (lowercased, with the usual abbreviations): words that date a statement
/// rather than name an entity, whatever case or recognizer label they carry ("since Sunday", "in August").
public enum CalendarNames {
    public static let words: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ]

    /// Whether the words that have letters are all calendar names, and there is at least one:
    /// "August", "November 24", "Sunday" but not "Mayfair" or "Theresa May".
    public static func isDate<S: Sequence>(_ phrase: S) -> Bool where S.Element: StringProtocol {
        let lettered = phrase.filter { $0.contains { $0.isLetter } }
        return !lettered.isEmpty && lettered.allSatisfy { CalendarNames.words.contains($0.lowercased()) }
    }
}
