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
    /// Runs for every mention and entity span, so it stops at the first word that is not a calendar name
    /// and is inlinable to be specialized for the caller's word type.
    @inlinable
    public static func isDate<S: Sequence>(_ phrase: S) -> Bool where S.Element: StringProtocol {
        var sawName = false
        for word in phrase where hasLetter(word) {
            guard words.contains(word.lowercased()) else { return false }
            sawName = true
        }
        return sawName
    }

    /// Whether `word` has a letter (`Character.isLetter`), read from its bytes while they are ASCII:
    /// an ASCII letter met before any other byte is the first scalar of its Character (no ASCII scalar
    /// extends or is prepended to another), so the answer is the same as walking the Characters.
    @inlinable
    public static func hasLetter<S: StringProtocol>(_ word: S) -> Bool {
        for byte in word.utf8 {
            if byte >= 0x80 { return word.contains { $0.isLetter } }
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { return true }
        }
        return false
    }
}
