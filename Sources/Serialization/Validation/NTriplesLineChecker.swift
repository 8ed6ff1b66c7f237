import Foundation
import NewsgraphModel

/// Checks N-Triples and N-Quads documents line by line against the RDF 1.1 grammars
/// (https://www.w3.org/TR/n-triples/#n-triples-grammar, https://www.w3.org/TR/n-quads/):
/// a recursive-descent scanner over each line's Unicode scalars with the productions IRIREF,
/// BLANK_NODE_LABEL, STRING_LITERAL_QUOTE (ECHAR and UCHAR escapes), LANGTAG, `^^` datatypes
/// and, for N-Quads, the optional graph label. IRIs must also be absolute (have a scheme), as
/// both specs require. Each problem names the line and column (1-based, in characters).
public struct NTriplesLineChecker: Sendable {
    public var quads: Bool
    /// Problems reported per document before the checker stops listing them.
    public var limit: Int

    public init(quads: Bool, limit: Int = 100) {
        self.quads = quads
        self.limit = limit
    }

    /// One line's problem, or nil when the line is a valid statement, blank or a comment.
    public func check(line: String) -> (column: Int, message: String)? {
        var scanner = LineScanner(Array(line.unicodeScalars))
        do {
            try scanner.statement(quads: quads)
            return nil
        } catch let error as LineScanner.Failure {
            return (error.column, error.message)
        } catch {
            return (1, "\(error)")
        }
    }

    /// Checks a whole document's bytes (UTF-8); returns problems in line order.
    public func check(bytes: [UInt8], file: String) -> [NewsgraphError] {
        var state = DocumentState(checker: self, file: file)
        bytes.withUnsafeBufferPointer { state.feed($0) }
        return state.finish()
    }

    /// Checks a file, streaming it in 4 MiB chunks (memory stays flat on large exports).
    public func check(fileAt path: String) throws -> [NewsgraphError] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw NewsgraphError(.unreadable, file: path, "cannot open for reading")
        }
        defer { try? handle.close() }
        var state = DocumentState(checker: self, file: path)
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 22) } catch {
                throw NewsgraphError(.unreadable, file: path, "read failed: \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { break }
            chunk.withUnsafeBytes { state.feed($0.bindMemory(to: UInt8.self)) }
        }
        return state.finish()
    }

    /// Splits bytes into lines across chunk boundaries, decodes each line's UTF-8 into a reused
    /// scalar buffer and runs the scanner on it.
    struct DocumentState {
        let checker: NTriplesLineChecker
        let file: String
        var problems: [NewsgraphError] = []
        var total = 0
        var lineNumber = 0
        var pending: [UInt8] = []
        var scalars: [Unicode.Scalar] = []

        init(checker: NTriplesLineChecker, file: String) {
            self.checker = checker
            self.file = file
            scalars.reserveCapacity(1024)
        }

        mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A {
                if pending.isEmpty {
                    line(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                } else {
                    pending.append(contentsOf: bytes[start..<i])
                    let whole = pending
                    whole.withUnsafeBufferPointer { line($0) }
                    pending.removeAll(keepingCapacity: true)
                }
                start = i + 1
            }
            if start < bytes.count { pending.append(contentsOf: bytes[start..<bytes.count]) }
        }

        mutating func finish() -> [NewsgraphError] {
            if !pending.isEmpty {
                let whole = pending
                whole.withUnsafeBufferPointer { line($0) }
                pending.removeAll()
            }
            if total > problems.count {
                problems.append(NewsgraphError(.invalidDocument, file: file,
                                               "\(total - problems.count) more invalid lines not listed"))
            }
            return problems
        }

        private mutating func report(_ message: String) {
            total += 1
            if problems.count < checker.limit {
                problems.append(NewsgraphError(.invalidDocument, file: file, line: lineNumber, message))
            }
        }

        private mutating func line(_ raw: UnsafeBufferPointer<UInt8>) {
            lineNumber += 1
            var count = raw.count
            while count > 0, raw[count - 1] == 0x0D { count -= 1 }
            guard count > 0 else { return }
            scalars.removeAll(keepingCapacity: true)
            var ascii = true
            for i in 0..<count where raw[i] >= 0x80 { ascii = false; break }
            if ascii {
                for i in 0..<count { scalars.append(Unicode.Scalar(raw[i])) }
            } else {
                var iterator = UnsafeBufferPointer(rebasing: raw[0..<count]).makeIterator()
                var decoder = UTF8()
                decoding: while true {
                    switch decoder.decode(&iterator) {
                    case .scalarValue(let scalar): scalars.append(scalar)
                    case .emptyInput: break decoding
                    case .error:
                        report("invalid UTF-8")
                        return
                    }
                }
            }
            var scanner = LineScanner(scalars)
            do {
                try scanner.statement(quads: checker.quads)
            } catch let error as LineScanner.Failure {
                report("column \(error.column): \(error.message)")
            } catch {
                report("\(error)")
            }
        }
    }
}

/// The scanner behind `NTriplesLineChecker`: one method per grammar production.
struct LineScanner {
    struct Failure: Error {
        var column: Int
        var message: String
    }

    let s: [Unicode.Scalar]
    var i = 0

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    var atEnd: Bool { i >= s.count }
    var current: Unicode.Scalar? { i < s.count ? s[i] : nil }

    func fail(_ message: String, at position: Int? = nil) -> Failure {
        Failure(column: (position ?? i) + 1, message: message)
    }

    var found: String {
        guard let c = current else { return "end of line" }
        if c.value < 0x20 || c.value == 0x7F { return "control character U+\(String(c.value, radix: 16, uppercase: true))" }
        return "'\(Character(c))'"
    }

    mutating func skipSpace() {
        while let c = current, c == " " || c == "\t" { i += 1 }
    }

    mutating func statement(quads: Bool) throws {
        skipSpace()
        if atEnd || current == "#" { return }
        try subject()
        try requireSpaceOrTerm()
        try iriRef(role: "predicate")
        skipSpace()
        try object()
        skipSpace()
        if quads, let c = current, c == "<" || c == "_" {
            if c == "<" { try iriRef(role: "graph label") } else { try blankNode() }
            skipSpace()
        }
        guard current == "." else {
            throw fail("expected '.' to end the \(quads ? "quad" : "triple"), found \(found)")
        }
        i += 1
        skipSpace()
        if !atEnd && current != "#" { throw fail("unexpected \(found) after '.'") }
    }

    mutating func requireSpaceOrTerm() throws { skipSpace() }

    mutating func subject() throws {
        switch current {
        case "<": try iriRef(role: "subject")
        case "_": try blankNode()
        case "\"": throw fail("a literal cannot be a subject")
        default: throw fail("expected a subject (<IRI> or _:label), found \(found)")
        }
    }

    mutating func object() throws {
        switch current {
        case "<": try iriRef(role: "object")
        case "_": try blankNode()
        case "\"": try literal()
        default: throw fail("expected an object (<IRI>, _:label or \"literal\"), found \(found)")
        }
    }

    /// IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\\] | UCHAR)* '>', and absolute.
    mutating func iriRef(role: String) throws {
        guard current == "<" else { throw fail("expected <IRI> as \(role), found \(found)") }
        let start = i
        i += 1
        while true {
            guard let c = current else { throw fail("unterminated IRI (missing '>')", at: start) }
            if c == ">" { i += 1; break }
            if c == "\\" {
                let escapeStart = i
                i += 1
                guard current == "u" || current == "U" else {
                    throw fail("only \\u and \\U escapes are allowed in an IRI", at: escapeStart)
                }
                let scalar = try uchar(escapeStart)
                if scalar.value <= 0x20 || "<>\"{}|^`\\".unicodeScalars.contains(scalar) {
                    throw fail("escaped character U+\(String(scalar.value, radix: 16, uppercase: true)) is not allowed in an IRI", at: escapeStart)
                }
                continue
            }
            switch c {
            case "<", "\"", "{", "}", "|", "^", "`": throw fail("\(found) is not allowed in an IRI")
            default: if c.value <= 0x20 { throw fail("\(found) is not allowed in an IRI") }
            }
            i += 1
        }
        if !hasScheme(from: start + 1, to: i - 1) {
            var iri = String.UnicodeScalarView()
            iri.append(contentsOf: s[(start + 1)..<(i - 1)])
            throw fail("relative IRI <\(String(iri))>: N-Triples and N-Quads need absolute IRIs", at: start)
        }
    }

    /// `scheme:` at the start of s[from..<to] (RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":").
    func hasScheme(from: Int, to: Int) -> Bool {
        var k = from
        while k < to {
            let c = s[k]
            if c == ":" { return k > from }
            let letter = (c >= "a" && c <= "z") || (c >= "A" && c <= "Z")
            let other = (c >= "0" && c <= "9") || c == "+" || c == "-" || c == "."
            if k == from ? !letter : !(letter || other) { return false }
            k += 1
        }
        return false
    }

    /// UCHAR after the backslash at `start`; `i` is at the `u`/`U`.
    mutating func uchar(_ start: Int) throws -> Unicode.Scalar {
        let digits = current == "u" ? 4 : 8
        i += 1
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let c = current, let d = LineScanner.hex(c) else {
                throw fail("\\\(digits == 4 ? "u" : "U") needs \(digits) hex digits", at: start)
            }
            value = value * 16 + d
            i += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw fail("escape names U+\(String(value, radix: 16, uppercase: true)), which is not a Unicode scalar", at: start)
        }
        return scalar
    }

    static func hex(_ c: Unicode.Scalar) -> UInt32? {
        switch c {
        case "0"..."9": return c.value - 48
        case "a"..."f": return c.value - 87
        case "A"..."F": return c.value - 55
        default: return nil
        }
    }

    /// BLANK_NODE_LABEL ::= '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?
    mutating func blankNode() throws {
        let start = i
        guard current == "_", i + 1 < s.count, s[i + 1] == ":" else { throw fail("expected '_:' to start a blank node label") }
        i += 2
        guard let first = current, LineScanner.isPNCharsU(first) || (first >= "0" && first <= "9") else {
            throw fail("a blank node label must start with a letter, digit or '_', found \(found)")
        }
        i += 1
        while let c = current, LineScanner.isPNChars(c) || c == "." { i += 1 }
        while s[i - 1] == "." && i - 1 > start + 2 { i -= 1 } // a label never ends with '.'
    }

    /// STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?
    mutating func literal() throws {
        let start = i
        i += 1
        while true {
            guard let c = current else { throw fail("unterminated string literal (missing '\"')", at: start) }
            if c == "\"" { i += 1; break }
            if c == "\n" || c == "\r" { throw fail("raw line break in a string literal (write \\n)") }
            if c == "\\" {
                let escapeStart = i
                i += 1
                switch current {
                case "t", "b", "n", "r", "f", "\"", "'", "\\": i += 1
                case "u", "U": _ = try uchar(escapeStart)
                default: throw fail("invalid escape \\\(current.map { String(Character($0)) } ?? "") in a string literal", at: escapeStart)
                }
                continue
            }
            i += 1
        }
        if current == "^" {
            guard i + 1 < s.count, s[i + 1] == "^" else { throw fail("expected '^^' before a datatype IRI") }
            i += 2
            try iriRef(role: "datatype")
        } else if current == "@" {
            try langTag()
        }
    }

    /// LANGTAG ::= '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
    mutating func langTag() throws {
        let start = i
        i += 1
        var count = 0
        while let c = current, (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") { i += 1; count += 1 }
        guard count > 0 else { throw fail("a language tag needs letters after '@'", at: start) }
        while current == "-" {
            i += 1
            var part = 0
            while let c = current, (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") {
                i += 1
                part += 1
            }
            guard part > 0 else { throw fail("empty subtag in language tag", at: start) }
        }
    }

    static func isPNCharsBase(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
             0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF,
             0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default:
            return false
        }
    }

    static func isPNCharsU(_ c: Unicode.Scalar) -> Bool { isPNCharsBase(c) || c == "_" || c == ":" }

    static func isPNChars(_ c: Unicode.Scalar) -> Bool {
        if isPNCharsU(c) || c == "-" || (c >= "0" && c <= "9") { return true }
        switch c.value {
        case 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return false
        }
    }
}
