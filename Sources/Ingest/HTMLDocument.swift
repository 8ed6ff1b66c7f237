import CLibXML

/// Owns a libxml2 HTML document tree; freed when the last reference goes.
final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Parses with libxml2's forgiving HTML parser. No network access (HTML_PARSE_NONET),
    /// no DTD loading or entity expansion from outside the document.
    init?(bytes: [UInt8], encoding: String = "UTF-8") {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let doc = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), "", encoding, options)
            }
        }
        guard let doc else { return nil }
        pointer = doc
    }

    deinit { xmlFreeDoc(pointer) }

    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}

/// Read-only helpers over libxml2 nodes (valid while their HTMLDocument lives).
extension UnsafeMutablePointer where Pointee == xmlNode {
    var elementName: String? {
        guard pointee.type == XML_ELEMENT_NODE, let name = pointee.name else { return nil }
        return String(cString: name).lowercased()
    }

    var children: [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = pointee.children
        while let c = child {
            result.append(c)
            child = c.pointee.next
        }
        return result
    }

    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(self, name) else { return nil }
        defer { ng_xml_free(value) }
        return String(cString: value)
    }

    /// Text of a text or CDATA node.
    var textContent: String? {
        guard pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE,
              let content = pointee.content else { return nil }
        return String(cString: content)
    }
}
