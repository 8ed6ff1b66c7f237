import Foundation
import NewsgraphModel

/// Plain-text articles: an optional leading `date YYYY-MM-DD` line gives the publication
/// date; the first line is the title when it reads like one (short, no final period,
/// followed by a line break). The title stays part of the analyzed text.
enum PlainTextReader {
    static func read(_ text: String, id: String, source: String, date fallbackDate: CalendarDate?) throws -> SourceDocument {
        var body = text
        var date = fallbackDate
        if let (lineDate, rest) = try leadingDateLine(in: text, source: source) {
            date = fallbackDate ?? lineDate
            body = rest
        }
        body = trimBlankLines(body)
        guard !body.isBlank else {
            throw NewsgraphError(.emptyInput, file: source, "no article text")
        }
        return SourceDocument(id: id, source: source, title: title(of: body), date: date, text: body)
    }

    /// `date 2024-11-27` on the first non-empty line (surrounding spaces allowed).
    static func leadingDateLine(in text: String, source: String) throws -> (CalendarDate, String)? {
        var lineNumber = 0
        var rest = Substring(text)
        while let newline = rest.firstIndex(of: "\n") ?? (rest.isEmpty ? nil : rest.endIndex) {
            lineNumber += 1
            let line = rest[..<newline].trimmingCharacters(in: .whitespaces)
            let after = newline == rest.endIndex ? rest.endIndex : rest.index(after: newline)
            if line.isEmpty { rest = rest[after...]; continue }
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count == 2, words[0].lowercased() == "date" else { return nil }
            guard let date = CalendarDate(iso: String(words[1])) else {
                throw NewsgraphError(.badDate, file: source, line: lineNumber,
                                     "date line '\(line)' is not 'date YYYY-MM-DD' with a real calendar date")
            }
            return (date, String(rest[after...]))
        }
        return nil
    }

    static func title(of body: String) -> String? {
        guard let first = body.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first else { return nil }
        let line = first.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty, line.count <= 200, body.contains("\n"),
              let last = line.last, !".;,:".contains(last),
              line.split(separator: " ").count <= 30 else { return nil }
        return line
    }

    static func trimBlankLines(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy({ $0.isWhitespace }) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy({ $0.isWhitespace }) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
