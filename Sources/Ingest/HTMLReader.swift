import CLibXML
import NewsgraphModel

/// HTML articles through libxml2's HTML parser: the article text from `<article>` (or the
/// whole body when there is none), paragraphs, headings and list items as separate
/// blocks; scripts, styles, navigation, forms and page chrome dropped; title and
/// publication date from `<meta>`, `<time>` or `<title>` when present.
enum HTMLReader {
    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                                       "iframe", "svg", "template", "button", "select", "figure", "menu", "head"]
    static let blocks: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
                                      "div", "section", "article", "main", "td", "th", "dd", "dt", "figcaption",
                                      "tr", "ul", "ol", "table", "body"]
    static let dateMetaNames: [String] = ["article:published_time", "datepublished", "date", "pubdate", "publishdate",
                                          "dc.date", "dc.date.issued", "dcterms.created", "og:published_time",
                                          "sailthru.date", "parsely-pub-date"]

    static func read(_ bytes: [UInt8], id: String, source: String, date fallbackDate: CalendarDate?) throws -> SourceDocument {
        guard let document = HTMLDocument(bytes: bytes), let root = document.root else {
            throw NewsgraphError(.badHTML, file: source, "libxml2 could not parse this HTML")
        }
        var metas: [String: String] = [:]
        var titleTag: String?
        var timeDates: [String] = []
        var articles: [xmlNodePtr] = []
        collectMetadata(root, metas: &metas, title: &titleTag, times: &timeDates, articles: &articles)

        var blocksText: [String] = []
        for container in articles.isEmpty ? [root] : articles {
            var current = ""
            extractBlocks(container, current: &current, blocks: &blocksText)
            flush(&current, into: &blocksText)
        }
        let text = blocksText.joined(separator: "\n\n")
        guard !text.isBlank else {
            throw NewsgraphError(.emptyInput, file: source, "no article text in this HTML (after removing scripts, styles and navigation)")
        }
        let title = (metas["og:title"] ?? titleTag).map(collapseWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        var date = fallbackDate
        if date == nil {
            for name in dateMetaNames { if let value = metas[name], let d = isoDatePrefix(value) { date = d; break } }
        }
        if date == nil { date = timeDates.lazy.compactMap(isoDatePrefix).first }
        return SourceDocument(id: id, source: source, title: title, date: date, url: metas["og:url"] ?? metas["canonical"], text: text)
    }

    static func collectMetadata(_ node: xmlNodePtr, metas: inout [String: String], title: inout String?,
                                times: inout [String], articles: inout [xmlNodePtr]) {
        guard let name = node.elementName else { return }
        switch name {
        case "meta":
            let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased()
            if let key, let content = node.attribute("content"), metas[key] == nil { metas[key] = content }
        case "link":
            if node.attribute("rel")?.lowercased() == "canonical", let href = node.attribute("href") { metas["canonical"] = href }
        case "title":
            if title == nil { title = node.children.compactMap(\.textContent).joined() }
        case "time":
            if let dt = node.attribute("datetime") { times.append(dt) }
        case "article":
            articles.append(node)
            return // nested articles belong to this one
        default: break
        }
        for child in node.children { collectMetadata(child, metas: &metas, title: &title, times: &times, articles: &articles) }
    }

    static func extractBlocks(_ node: xmlNodePtr, current: inout String, blocks output: inout [String]) {
        if let text = node.textContent {
            current += text
            return
        }
        guard let name = node.elementName else { return }
        if skipped.contains(name) { return }
        if name == "br" { current += "\n"; return }
        let isBlock = blocks.contains(name)
        if isBlock { flush(&current, into: &output) }
        for child in node.children { extractBlocks(child, current: &current, blocks: &output) }
        if isBlock { flush(&current, into: &output) }
    }

    static func flush(_ current: inout String, into blocks: inout [String]) {
        let text = collapseWhitespace(current)
        if !text.isEmpty { blocks.append(text) }
        current = ""
    }

    /// Collapses runs of whitespace (HTML rendering rules) and strips XML-invalid controls.
    static func collapseWhitespace(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                continue
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The `YYYY-MM-DD` at the start of an ISO 8601 date or date-time.
    static func isoDatePrefix(_ value: String) -> CalendarDate? {
        let trimmed = value.drop(while: { $0 == " " })
        guard trimmed.count >= 10 else { return nil }
        return CalendarDate(iso: String(trimmed.prefix(10)))
    }
}
