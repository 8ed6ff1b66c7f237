/// Character classes the tokenizer and sentence splitter decide on, with an ASCII fast path
/// (Unicode properties are only consulted above U+007F).
enum CharacterClass {
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v == 0xA0 || v == 0x200B || v == 0xFEFF || s.properties.isWhitespace
    }

    @inline(__always) static func isNewline(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return s.properties.numericType == .decimal
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { isLetter(s) || isDigit(s) }

    /// Letters, digits and the marks that continue a word (combining accents, the underscore).
    @inline(__always) static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        if isAlphanumeric(s) || s == "_" { return true }
        return s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always) static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    /// Apostrophes: straight, right single quotation mark (the usual curly apostrophe), modifier letter.
    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{02BC}"
    }

    /// Characters split off the front of a chunk as their own token.
    static func isOpening(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "(", "[", "{", "<", "\"", "'", "`", "\u{201C}", "\u{2018}", "\u{201E}", "\u{201A}", "\u{00AB}",
             "\u{2039}", "\u{00BF}", "\u{00A1}": return true
        default: return false
        }
    }

    /// Characters split off the end of a chunk as their own token.
    static func isClosing(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ")", "]", "}", ">", "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", ",", ";", ":", "%",
             "\u{2030}", "*", "\u{2122}", "\u{00AE}", "\u{00B0}": return true
        default: return false
        }
    }

    /// Quotes and brackets that may follow a sentence's final punctuation and still belong to the sentence.
    static func isSentenceCloser(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ")", "]", "}", "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": return true
        default: return false
        }
    }

    static func isCurrency(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s == "$" : s.properties.generalCategory == .currencySymbol
    }

    /// Dashes that are always tokens of their own (en dash, em dash, horizontal bar, minus).
    static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return true
        default: return false
        }
    }

    /// Sentence-final punctuation: . ! ? … and their full-width forms.
    static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ".", "!", "?", "\u{2026}", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}":
            return true
        default: return false
        }
    }
}
