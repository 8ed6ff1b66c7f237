import NewsgraphModel

/// A document's text, sliced by code-point offsets. Nearly every article is ASCII, where a code
/// point is a byte and a slice costs its length; `String.scalarSlice` walks the text from its start
/// on every call, which made coreference quadratic in the length of an article.
struct DocumentText {
    let text: String
    let isASCII: Bool
    /// For other text, the UTF-8 offset of every code point (plus the end).
    private let byteOffsets: [Int]

    init(_ text: String) {
        self.text = text
        isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        var offsets: [Int] = []
        if !isASCII {
            // A code point starts at every byte that is not a continuation byte (10xxxxxx).
            for (i, b) in text.utf8.enumerated() where b & 0xC0 != 0x80 { offsets.append(i) }
            offsets.append(text.utf8.count)
        }
        byteOffsets = offsets
    }

    /// The text between two code-point offsets (clamped to the text), as `String.scalarSlice`.
    func slice(_ span: Span) -> String {
        let utf8 = text.utf8
        let count = isASCII ? utf8.count : byteOffsets.count - 1
        let b = max(0, min(span.begin, count)), e = max(b, min(span.end, count))
        let (from, to) = isASCII ? (b, e) : (byteOffsets[b], byteOffsets[e])
        let start = utf8.index(utf8.startIndex, offsetBy: from)
        // From the bytes, not `text[start..<end]`: a slice may split a Character ("\r\n") but never a code point.
        return String(decoding: utf8[start..<utf8.index(start, offsetBy: to - from)], as: UTF8.self)
    }

    /// `lowercaseWords` for text with other scalars: runs of Characters that are letters or "-"
    /// (`split(whereSeparator:)` semantics), with the Unicode property lookups only for non-ASCII
    /// Characters.
    private func lowercaseWordsByCharacter() -> Set<Substring> {
        func isWordCharacter(_ c: Character) -> Bool {
            // "\r\n" has an ASCII value (that of "\n"): not a letter either way.
            if let a = c.asciiValue { return (a >= 0x61 && a <= 0x7A) || (a >= 0x41 && a <= 0x5A) || a == 0x2D }
            return c.isLetter
        }
        func isLowercase(_ c: Character) -> Bool {
            if let a = c.asciiValue { return a >= 0x61 && a <= 0x7A }
            return c.isLowercase
        }
        var words = Set<Substring>()
        var index = text.startIndex, runStart: String.Index?
        while index < text.endIndex {
            let c = text[index]
            if isWordCharacter(c) {
                if runStart == nil { runStart = index }
            } else if let start = runStart {
                if isLowercase(text[start]) { words.insert(text[start..<index]) }
                runStart = nil
            }
            index = text.index(after: index)
        }
        if let start = runStart, isLowercase(text[start]) { words.insert(text[start..<text.endIndex]) }
        return words
    }

    /// Whether `lowercaseWords()` holds `word`, for ASCII text: a scan for the word's bytes as a whole
    /// run of letters and hyphens, cheaper than collecting every word when a document asks about one or
    /// two. Nil for other text.
    func writesLowercaseWord(_ word: String) -> Bool? {
        guard isASCII else { return nil }
        func isWordByte(_ b: UInt8) -> Bool {
            (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || b == UInt8(ascii: "-")
        }
        let pattern = Array(word.utf8)
        guard let first = pattern.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"), pattern.allSatisfy(isWordByte) else {
            return false
        }
        var text = text
        return text.withUTF8 { bytes in
            guard pattern.count <= bytes.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == first {
                guard start == 0 || !isWordByte(bytes[start - 1]) else { continue }
                let end = start + pattern.count
                guard end == bytes.count || !isWordByte(bytes[end]) else { continue }
                var k = 1
                while k < pattern.count, bytes[start + k] == pattern[k] { k += 1 }
                if k == pattern.count { return true }
            }
            return false
        }
    }

    /// Words the text also writes in lower case (runs of letters and hyphens that start lowercase).
    func lowercaseWords() -> Set<Substring> {
        guard isASCII else { return lowercaseWordsByCharacter() }
        var words = Set<Substring>()
        let utf8 = text.utf8
        var index = utf8.startIndex, runStart: String.Index?
        func isWordByte(_ b: UInt8) -> Bool {
            (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || b == UInt8(ascii: "-")
        }
        func close(_ end: String.Index) {
            if let start = runStart, let first = utf8[start...].first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") {
                words.insert(text[start..<end])
            }
            runStart = nil
        }
        while index < utf8.endIndex {
            if isWordByte(utf8[index]) {
                if runStart == nil { runStart = index }
            } else {
                close(index)
            }
            index = utf8.index(after: index)
        }
        close(utf8.endIndex)
        return words
    }
}
