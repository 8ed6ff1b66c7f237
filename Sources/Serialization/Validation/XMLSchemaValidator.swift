import CLibXML
import Foundation
import NewsgraphModel

/// An XML Schema (XSD 1.0) compiled by libxml2 from text in memory: no file, no network.
/// Owns the compiled schema and frees it in `deinit`.
public final class XMLSchema: @unchecked Sendable {
    let schema: xmlSchemaPtr

    /// Compiles `text`; `name` only labels error messages.
    public init(text: String, name: String) throws {
        let collector = XMLErrorCollector(file: name, limit: 20)
        let parsed: xmlSchemaPtr? = text.withCString { pointer in
            guard let context = xmlSchemaNewMemParserCtxt(pointer, Int32(strlen(pointer))) else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            let box = Unmanaged.passUnretained(collector).toOpaque()
            xmlSchemaSetParserStructuredErrors(context, xmlErrorCollectorCallback, box)
            return xmlSchemaParse(context)
        }
        guard let parsed else {
            let reason = collector.problems.first?.message ?? "unknown error"
            throw NewsgraphError(.invalidDocument, file: name, "cannot compile schema: \(reason)")
        }
        schema = parsed
    }

    deinit { xmlSchemaFree(schema) }
}

/// Collects libxml2 structured errors as `NewsgraphError(.invalidDocument)` with line numbers.
final class XMLErrorCollector {
    let file: String
    let limit: Int
    private(set) var problems: [NewsgraphError] = []
    private(set) var total = 0
    /// libxml2 repeats identity-constraint errors once per offending element, all at the
    /// same line; those are listed once with a count.
    private var repeats: [Int] = []
    private var seen: [String: Int] = [:]

    init(file: String, limit: Int) {
        self.file = file
        self.limit = limit
    }

    func add(line: Int?, _ message: String) {
        let signature = "\(line ?? 0)\u{1F}\(message)"
        if let index = seen[signature] {
            repeats[index] += 1
            return
        }
        total += 1
        if problems.count < limit {
            seen[signature] = problems.count
            problems.append(NewsgraphError(.invalidDocument, file: file, line: line, message))
            repeats.append(1)
        }
    }

    func add(_ error: UnsafePointer<xmlError>) {
        let e = error.pointee
        var message = e.message.map { String(cString: $0) } ?? "XML error \(e.code)"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        add(line: e.line > 0 ? Int(e.line) : nil, message)
    }

    /// Problems in line order (libxml2 reports some only at element end), plus a count of
    /// the ones not listed.
    var report: [NewsgraphError] {
        var listed = problems
        for (i, count) in repeats.enumerated() where count > 1 { listed[i].message += " (\(count) times)" }
        var sorted = listed.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
            .map(\.element)
        if total > problems.count {
            sorted.append(NewsgraphError(.invalidDocument, file: file, "\(total - problems.count) more problems not listed"))
        }
        return sorted
    }
}

/// The C callback libxml2 calls for every error; `context` is an unretained XMLErrorCollector.
let xmlErrorCollectorCallback: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<XMLErrorCollector>.fromOpaque(context).takeUnretainedValue().add(UnsafePointer(error))
}

/// A streaming pass over one XML file (libxml2's xmlTextReader, so memory stays flat on large
/// exports) that validates it against a schema and lets a profile checker look at every node.
/// The document is read with XML_PARSE_NONET and without DTD loading or entity substitution,
/// so it can never make libxml2 open a network connection or an external entity.
final class XMLStreamValidator {
    private let reader: xmlTextReaderPtr
    private let validation: xmlSchemaValidCtxtPtr
    let collector: XMLErrorCollector

    init(path: String, schema: XMLSchema, limit: Int) throws {
        collector = XMLErrorCollector(file: path, limit: limit)
        guard let reader = xmlReaderForFile(path, nil, Int32(XML_PARSE_NONET.rawValue)) else {
            throw NewsgraphError(.unreadable, file: path, "cannot open for reading")
        }
        guard let validation = xmlSchemaNewValidCtxt(schema.schema) else {
            xmlFreeTextReader(reader)
            throw NewsgraphError(.invalidDocument, file: path, "cannot create a schema validation context")
        }
        self.reader = reader
        self.validation = validation
        let box = Unmanaged.passUnretained(collector).toOpaque()
        xmlSchemaSetValidStructuredErrors(validation, xmlErrorCollectorCallback, box)
        xmlTextReaderSetStructuredErrorHandler(reader, xmlErrorCollectorCallback, box)
        if xmlTextReaderSchemaValidateCtxt(reader, validation, 0) != 0 {
            collector.add(line: nil, "cannot start schema validation")
        }
    }

    deinit {
        xmlFreeTextReader(reader)
        xmlSchemaFreeValidCtxt(validation)
    }

    /// What the profile checker sees for each node.
    struct Event {
        var type: Int32
        var depth: Int
        var name: String
        var namespace: String?
        var line: Int
        var isEmpty: Bool
    }

    /// Reads to the end, calling `visit` on each element start, end and text node.
    /// Returns false when the document is not well-formed.
    func run(_ visit: (Event, XMLStreamValidator) -> Void) -> Bool {
        while true {
            let rc = xmlTextReaderRead(reader)
            if rc == 0 { return true }
            if rc < 0 { return false }
            let type = xmlTextReaderNodeType(reader)
            guard type == XML_READER_TYPE_ELEMENT.rawValue || type == XML_READER_TYPE_END_ELEMENT.rawValue
                    || type == XML_READER_TYPE_TEXT.rawValue else { continue }
            let name = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
            let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
            let event = Event(type: type, depth: Int(xmlTextReaderDepth(reader)), name: name, namespace: namespace,
                              line: Int(xmlGetLineNo(xmlTextReaderCurrentNode(reader))),
                              isEmpty: xmlTextReaderIsEmptyElement(reader) == 1)
            visit(event, self)
        }
    }

    /// The current element's attribute (no copy to free: read through the reader's own buffers).
    func attribute(_ name: String) -> String? {
        let found = name.withCString {
            xmlTextReaderMoveToAttribute(reader, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
        }
        guard found == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    var textValue: String {
        xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    var isValid: Bool { xmlTextReaderIsValid(reader) == 1 }
}
