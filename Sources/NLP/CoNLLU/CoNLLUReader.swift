import Foundation
import NewsgraphModel

/// Reads CoNLL-U: one pass over the UTF-8 bytes, one `String` per column.
/// Errors are `NewsgraphError(.badCoNLLU)` naming the file and the 1-based line.
public enum CoNLLUReader {
    /// Reads a CoNLL-U file (`-` for standard input).
    public static func read(file path: String) throws -> [CoNLLUSentence] {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw NewsgraphError(.fileNotFound, file: path, "no such CoNLL-U file")
            }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw NewsgraphError(.unreadable, file: path, "cannot read the CoNLL-U file")
            }
            data = contents
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw NewsgraphError(.invalidUTF8, file: path, "the CoNLL-U file is not valid UTF-8")
        }
        return try parse(text, file: path)
    }

    /// Parses CoNLL-U text. `file` only names the source in error messages.
    public static func parse(_ text: String, file: String = "-") throws -> [CoNLLUSentence] {
        var text = text
        return try text.withUTF8 { bytes in try parse(bytes: bytes, file: file) }
    }

    private static let tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String) throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence()
        var inSentence = false
        var lineNumber = 0
        var lineStart = 0
        let count = bytes.count
        var fieldStarts = [Int](repeating: 0, count: 11)

        func fail(_ message: String) -> NewsgraphError {
            NewsgraphError(.badCoNLLU, file: file, line: lineNumber, message)
        }
        func string(_ a: Int, _ b: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
        }
        func finishSentence() throws {
            if inSentence {
                if current.words.isEmpty {
                    throw NewsgraphError(.badCoNLLU, file: file, line: current.line, "sentence has no word lines")
                }
                sentences.append(current)
            }
            current = CoNLLUSentence()
            inSentence = false
        }

        while lineStart < count {
            lineNumber += 1
            var lineEnd = lineStart
            while lineEnd < count && bytes[lineEnd] != newline { lineEnd += 1 }
            let next = lineEnd + 1
            if lineEnd > lineStart && bytes[lineEnd - 1] == carriageReturn { lineEnd -= 1 }
            defer { lineStart = next }

            if lineEnd == lineStart {
                try finishSentence()
                continue
            }
            if !inSentence {
                inSentence = true
                current.line = lineNumber
            }
            if bytes[lineStart] == UInt8(ascii: "#") {
                if !current.words.isEmpty || !current.emptyNodes.isEmpty || !current.multiwordTokens.isEmpty {
                    throw fail("comment line inside a sentence (a blank line must end the sentence first)")
                }
                current.comments.append(string(lineStart, lineEnd))
                continue
            }
            // Split into exactly 10 tab-separated columns.
            var fields = 0
            fieldStarts[0] = lineStart
            var p = lineStart
            while p < lineEnd {
                if bytes[p] == tab {
                    fields += 1
                    if fields > 9 { throw fail("more than 10 tab-separated columns") }
                    fieldStarts[fields] = p + 1
                }
                p += 1
            }
            if fields != 9 { throw fail("expected 10 tab-separated columns, found \(fields + 1)") }
            fieldStarts[10] = lineEnd + 1
            func column(_ i: Int) -> String { string(fieldStarts[i], fieldStarts[i + 1] - 1) }
            func columnIsEmpty(_ i: Int) -> Bool { fieldStarts[i + 1] - 1 == fieldStarts[i] }
            for i in 0..<10 where columnIsEmpty(i) { throw fail("column \(i + 1) is empty (use _)") }

            // ID: n, n-m or n.k
            var first = 0, second = 0, kind: UInt8 = 0
            var digits = 0
            for q in fieldStarts[0]..<(fieldStarts[1] - 1) {
                let b = bytes[q]
                if b >= 48 && b <= 57 {
                    if kind == 0 { first = first &* 10 &+ Int(b - 48) } else { second = second &* 10 &+ Int(b - 48) }
                    digits += 1
                } else if (b == UInt8(ascii: "-") || b == UInt8(ascii: ".")) && kind == 0 && digits > 0 {
                    kind = b
                    digits = 0
                } else {
                    throw fail("bad ID '\(column(0))'")
                }
            }
            if digits == 0 || first > 1_000_000 || second > 1_000_000 { throw fail("bad ID '\(column(0))'") }

            switch kind {
            case UInt8(ascii: "-"):
                guard first >= 1, second > first else { throw fail("bad multiword token range '\(column(0))'") }
                guard first == current.words.count + 1 else {
                    throw fail("multiword token '\(column(0))' does not start at the next word \(current.words.count + 1)")
                }
                if let last = current.multiwordTokens.last, last.last >= first {
                    throw fail("multiword token '\(column(0))' overlaps the previous one")
                }
                current.multiwordTokens.append(CoNLLUMultiwordToken(
                    first: first, last: second, form: column(1), misc: column(9),
                    otherColumns: (2...8).map(column)))
            case UInt8(ascii: "."):
                guard first == current.words.count, second >= 1 else {
                    throw fail("empty node '\(column(0))' must follow word \(first)")
                }
                current.emptyNodes.append(CoNLLUEmptyNode(major: first, minor: second, form: column(1),
                                                          otherColumns: (2...9).map(column)))
            default:
                guard first == current.words.count + 1 else {
                    throw fail("word ID \(first) out of order (expected \(current.words.count + 1))")
                }
                var head: Int? = nil
                if !(fieldStarts[7] - fieldStarts[6] == 2 && bytes[fieldStarts[6]] == UInt8(ascii: "_")) {
                    var value = 0, valid = true
                    for q in fieldStarts[6]..<(fieldStarts[7] - 1) {
                        let b = bytes[q]
                        if b >= 48 && b <= 57 && value < 1_000_000 { value = value * 10 + Int(b - 48) } else { valid = false }
                    }
                    guard valid else { throw fail("HEAD '\(column(6))' is not a number") }
                    head = value
                }
                current.words.append(CoNLLUWord(
                    id: first, form: column(1), lemma: column(2), upos: column(3), xpos: column(4), feats: column(5),
                    head: head, deprel: column(7), deps: column(8), misc: column(9)))
            }
        }
        try finishSentence()
        for sentence in sentences {
            try validate(sentence, file: file)
        }
        return sentences
    }

    /// Checks what needs the whole sentence: heads in range, multiword tokens within the words.
    private static func validate(_ sentence: CoNLLUSentence, file: String) throws {
        let n = sentence.words.count
        for (i, word) in sentence.words.enumerated() {
            if let head = word.head, head > n {
                throw NewsgraphError(.badCoNLLU, file: file, line: lineOf(sentence, word: i),
                                     "HEAD \(head) of word \(word.id) is beyond the sentence's \(n) words")
            }
        }
        if let last = sentence.multiwordTokens.last, last.last > n {
            throw NewsgraphError(.badCoNLLU, file: file, line: sentence.line,
                                 "multiword token \(last.first)-\(last.last) goes beyond the sentence's \(n) words")
        }
    }

    private static func lineOf(_ sentence: CoNLLUSentence, word: Int) -> Int {
        let mwts = sentence.multiwordTokens.filter { $0.first <= word + 1 }.count
        let empties = sentence.emptyNodes.filter { $0.major <= word }.count
        return sentence.line + sentence.comments.count + mwts + empties + word
    }
}
