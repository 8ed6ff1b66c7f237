import Foundation
import NewsgraphModel

/// JSON Lines: one article per line, `{"id", "text", "title"?, "date"?, "url"?}`.
/// A bad line is reported with its line number and does not stop the other lines.
enum JSONLinesReader {
    static func read(_ bytes: [UInt8], source: String, limits: InputLimits,
                     date fallbackDate: CalendarDate?) -> [Result<SourceDocument, NewsgraphError>] {
        var results: [Result<SourceDocument, NewsgraphError>] = []
        var lineStart = 0
        var lineNumber = 0
        while lineStart < bytes.count {
            lineNumber += 1
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            let line = Array(bytes[lineStart..<lineEnd])
            let offset = lineStart
            lineStart = lineEnd + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                results.append(.success(try record(line, source: source, line: lineNumber, offset: offset,
                                                   limits: limits, date: fallbackDate)))
            } catch let error as NewsgraphError {
                results.append(.failure(error))
            } catch {
                results.append(.failure(NewsgraphError(.badJSONLine, file: source, line: lineNumber, "\(error)")))
            }
        }
        if results.isEmpty {
            results.append(.failure(NewsgraphError(.emptyInput, file: source, "no JSON Lines records")))
        }
        return results
    }

    static func record(_ line: [UInt8], source: String, line number: Int, offset: Int, limits: InputLimits,
                       date fallbackDate: CalendarDate?) throws -> SourceDocument {
        if line.count > limits.maxDocumentBytes {
            throw NewsgraphError(.inputTooLarge, file: source, line: number,
                                 "record is \(line.count) bytes; the limit is \(limits.maxDocumentBytes)")
        }
        _ = try TextDecoder.decode(line, file: source, lineOffset: number - 1)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            throw NewsgraphError(.badJSONLine, file: source, line: number, "not valid JSON: \(describe(error))")
        }
        guard let fields = object as? [String: Any] else {
            throw NewsgraphError(.badJSONLine, file: source, line: number, "expected a JSON object per line")
        }
        let id: String
        switch fields["id"] {
        case let s as String where !s.isEmpty: id = s
        case let n as NSNumber: id = n.stringValue
        default:
            throw NewsgraphError(.badJSONLine, file: source, line: number, "missing \"id\" (a non-empty string or a number)")
        }
        guard let rawText = fields["text"] as? String else {
            throw NewsgraphError(.badJSONLine, file: source, line: number, "record \"\(id)\" has no \"text\" string")
        }
        let text = rawText.replacingOccurrences(of: "\r\n", with: "\n")
        guard !text.allSatisfy({ $0.isWhitespace }) else {
            throw NewsgraphError(.emptyInput, file: source, line: number, "record \"\(id)\" has empty \"text\"")
        }
        var date = fallbackDate
        if let value = fields["date"], !(value is NSNull) {
            guard let s = value as? String, s.count >= 10, let d = CalendarDate(iso: String(s.prefix(10))) else {
                throw NewsgraphError(.badDate, file: source, line: number,
                                     "record \"\(id)\": \"date\" must be YYYY-MM-DD or an ISO 8601 date-time")
            }
            date = d
        }
        return SourceDocument(id: id, source: "\(source):\(number)", title: fields["title"] as? String, date: date,
                              url: fields["url"] as? String, text: text)
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}
