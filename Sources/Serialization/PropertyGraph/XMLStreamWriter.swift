import CLibXML
import Foundation
import NewsgraphModel

/// A streaming XML writer over libxml2's `xmlTextWriter`, writing straight to a file.
/// Owns the C writer and frees it in `deinit`; every libxml2 failure becomes a
/// `NewsgraphError(.outputFailed)` naming the file. Text and attribute values are passed
/// through `XMLText.sanitized`, so characters XML 1.0 forbids never reach the output.
final class XMLStreamWriter {
    private var writer: xmlTextWriterPtr?
    private let path: String

    init(path: String, indent: Bool = true) throws {
        self.path = path
        guard let writer = xmlNewTextWriterFilename(path, 0) else {
            throw NewsgraphError(.outputFailed, file: path, "cannot open for writing")
        }
        self.writer = writer
        if indent {
            xmlTextWriterSetIndent(writer, 1)
            _ = "  ".withCString { xmlTextWriterSetIndentString(writer, XMLStreamWriter.xmlChars($0)) }
        }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    @inline(__always)
    private static func xmlChars(_ p: UnsafePointer<CChar>) -> UnsafePointer<xmlChar> {
        UnsafeRawPointer(p).assumingMemoryBound(to: xmlChar.self)
    }

    @inline(__always)
    private func check(_ rc: Int32, _ what: @autoclosure () -> String) throws {
        if rc < 0 { throw NewsgraphError(.outputFailed, file: path, "XML writer failed while writing \(what())") }
    }

    private var handle: xmlTextWriterPtr {
        get throws {
            guard let writer else { throw NewsgraphError(.outputFailed, file: path, "XML writer already closed") }
            return writer
        }
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(try handle, "1.0", "UTF-8", nil), "the XML declaration")
    }

    func startElement(_ name: String) throws {
        let w = try handle
        try check(name.withCString { xmlTextWriterStartElement(w, XMLStreamWriter.xmlChars($0)) }, "<\(name)>")
    }

    func endElement() throws {
        try check(xmlTextWriterEndElement(try handle), "an end tag")
    }

    func attribute(_ name: String, _ value: String) throws {
        try trustedAttribute(name, XMLText.sanitized(value))
    }

    /// For values known to hold only XML-safe characters (ids, numbers, key names): skips the
    /// sanitizing scan on the writers' hot path.
    func trustedAttribute(_ name: String, _ clean: String) throws {
        let w = try handle
        let rc = name.withCString { n in
            clean.withCString { v in xmlTextWriterWriteAttribute(w, XMLStreamWriter.xmlChars(n), XMLStreamWriter.xmlChars(v)) }
        }
        try check(rc, "attribute \(name)")
    }

    func text(_ value: String) throws {
        try trustedText(XMLText.sanitized(value))
    }

    /// Text known to hold only XML-safe characters (numbers, booleans, relationship types).
    func trustedText(_ clean: String) throws {
        let w = try handle
        try check(clean.withCString { xmlTextWriterWriteString(w, XMLStreamWriter.xmlChars($0)) }, "text")
    }

    /// `<name attr="v"...>text</name>` in one call.
    func element(_ name: String, attributes: KeyValuePairs<String, String> = [:], text value: String) throws {
        try startElement(name)
        for (key, attributeValue) in attributes { try attribute(key, attributeValue) }
        try text(value)
        try endElement()
    }

    /// Ends every open element and the document, flushes and closes the file.
    func finish() throws {
        let w = try handle
        try check(xmlTextWriterEndDocument(w), "the end of the document")
        try check(xmlTextWriterFlush(w), "the file (flush)")
        xmlFreeTextWriter(w)
        writer = nil
    }
}

/// Text rules shared by the XML writers.
public enum XMLText {
    /// Removes the characters XML 1.0 does not allow anywhere (C0 controls other than tab,
    /// line feed and carriage return; U+FFFE and U+FFFF). Swift strings cannot hold surrogates.
    public static func sanitized(_ s: String) -> String {
        var clean = true
        for byte in s.utf8 where (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF {
            clean = false
            break
        }
        if clean { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars where isAllowed(scalar) { out.append(scalar) }
        return String(out)
    }

    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
