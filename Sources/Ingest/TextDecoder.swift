import NewsgraphModel

/// Turns raw bytes into text, or says precisely why they are not text.
enum TextDecoder {
    /// Validates UTF-8 (reporting the first bad byte's offset and line), rejects binary
    /// content (NUL bytes) and strips a leading byte-order mark. CRLF and lone CR become LF
    /// so that offsets are the same whatever platform wrote the file.
    static func decode(_ bytes: [UInt8], file: String, lineOffset: Int = 0) throws -> String {
        if let nul = bytes.firstIndex(of: 0) {
            throw NewsgraphError(.binaryInput, file: file, offset: nul, "binary content (NUL byte); not a text article")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = firstInvalidUTF8(body) {
            let line = lineOffset + 1 + body[body.startIndex..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw NewsgraphError(.invalidUTF8, file: file, line: line, offset: bad,
                                 "invalid UTF-8; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)")
        }
        var text = String(decoding: body, as: UTF8.self)
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    /// Index of the first byte that does not start or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            if i + length > end { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                if c & 0xC0 != 0x80 { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }
}

extension String {
    /// True when only whitespace remains.
    var isBlank: Bool { allSatisfy { $0.isWhitespace } }
}
