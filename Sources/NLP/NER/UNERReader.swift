import Foundation
import NewsgraphModel

/// Reads Universal NER files (IOB2, one token per line: index, form, tag, then annotator columns;
/// `# sent_id = ...` comments; blank line between sentences) into gold spans labelled PER/ORG/LOC/OTH.
public enum UNERReader {
    public struct Sentence: Hashable, Sendable {
        public var id: String
        public var forms: [String]
        public var entities: [EntitySpan]
    }

    public static func read(path: String) throws -> [Sentence] {
        guard let data = FileManager.default.contents(atPath: path) else { throw NewsgraphError(.fileNotFound, file: path, "cannot read the UNER file") }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw NewsgraphError(.invalidUTF8, file: path, "the UNER file is not valid UTF-8")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String? = nil) throws -> [Sentence] {
        var sentences: [Sentence] = []
        var id = "", forms: [String] = [], tags: [Substring] = []
        func flush() {
            defer { id = ""; forms = []; tags = [] }
            guard !forms.isEmpty else { return }
            sentences.append(Sentence(id: id, forms: forms, entities: spans(fromIOB2: tags)))
        }
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("#") {
                if line.hasPrefix("# sent_id = ") { id = String(line.dropFirst("# sent_id = ".count)) }
            } else {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 3 else {
                    throw NewsgraphError(.trainingData, file: file, line: lineNumber, "expected index, form and IOB2 tag separated by tabs")
                }
                let tag = columns[2]
                guard tag == "O" || ((tag.hasPrefix("B-") || tag.hasPrefix("I-")) && tag.count > 2) else {
                    throw NewsgraphError(.trainingData, file: file, line: lineNumber, "'\(tag)' is not an IOB2 tag")
                }
                forms.append(String(columns[1]))
                tags.append(tag)
            }
        }
        flush()
        return sentences
    }

    /// IOB2 tags → spans; an I- that does not continue a span of its label starts one (IOB1 style).
    public static func spans(fromIOB2 tags: [Substring]) -> [EntitySpan] {
        var spans: [EntitySpan] = []
        var open: (start: Int, label: Substring)?
        for (index, tag) in tags.enumerated() {
            let label = tag.dropFirst(2)
            if let current = open, tag == "O" || tag.hasPrefix("B-") || current.label != label {
                spans.append(EntitySpan(tokens: current.start..<index, label: String(current.label)))
                open = nil
            }
            if tag != "O", open == nil { open = (index, label) }
        }
        if let current = open { spans.append(EntitySpan(tokens: current.start..<tags.count, label: String(current.label))) }
        return spans
    }
}
