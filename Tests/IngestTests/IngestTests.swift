import Foundation
import NewsgraphModel
import Testing
@testable import Ingest

/// A scratch directory removed after the test.
final class Scratch {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

@Suite struct PlainTextTests {
    @Test func dateLineAndTitle() throws {
        let s = try Scratch()
        let path = try s.write("a.txt", " date 2024-11-27 \n\n\nProtest ends in Islamabad\n\nPolice said 450 were arrested.\n")
        let result = InputLoader().load(paths: [path])
        #expect(result.failures.isEmpty)
        let doc = try #require(result.documents.first)
        #expect(doc.id == "a")
        #expect(doc.date == CalendarDate(year: 2024, month: 11, day: 27))
        #expect(doc.title == "Protest ends in Islamabad")
        #expect(doc.text == "Protest ends in Islamabad\n\nPolice said 450 were arrested.")
    }

    @Test func captionIsNotATitle() throws {
        let s = try Scratch()
        let path = try s.write("b.txt", "Policemen chase supporters in Islamabad on Nov. 26, 2024.\n\nMore text.")
        let doc = try #require(InputLoader().load(paths: [path]).documents.first)
        #expect(doc.title == nil)
    }

    @Test func dateOptionWinsAndBadDateLineIsReported() throws {
        let s = try Scratch()
        let good = try s.write("c.txt", "date 2024-11-27\nText here.")
        let options = IngestOptions(date: CalendarDate(year: 2020, month: 1, day: 2))
        #expect(InputLoader(options: options).load(paths: [good]).documents.first?.date?.iso == "2020-01-02")
        let bad = try s.write("d.txt", "date 2024-02-30\nText here.")
        let failure = try #require(InputLoader().load(paths: [bad]).failures.first)
        #expect(failure.code == .badDate)
        #expect(failure.line == 1)
        #expect(failure.description.contains("d.txt:1"))
    }

    @Test func invalidUTF8NamesLineAndByte() throws {
        let s = try Scratch()
        let path = try s.write("latin1.txt", Array("first line\nsecond caf".utf8) + [0xE9] + Array(" line\n".utf8))
        let failure = try #require(InputLoader().load(paths: [path]).failures.first)
        #expect(failure.code == .invalidUTF8)
        #expect(failure.line == 2)
        #expect(failure.offset == 21)
        #expect(failure.file == path)
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(TextDecoder.firstInvalidUTF8([0x41, 0xC0, 0x80][...]) == 1)
        #expect(TextDecoder.firstInvalidUTF8([0xED, 0xA0, 0x80][...]) == 0)
        #expect(TextDecoder.firstInvalidUTF8(Array("😀 é".utf8)[...]) == nil)
        #expect(TextDecoder.firstInvalidUTF8([0xF0, 0x9F][...]) == 0)
    }

    @Test func binaryEmptyAndOversized() throws {
        let s = try Scratch()
        let binary = try s.write("x.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01])
        let empty = try s.write("e.txt", "  \n\n ")
        let big = try s.write("big.txt", String(repeating: "word ", count: 300))
        let options = IngestOptions(limits: InputLimits(maxDocumentBytes: 1000))
        let result = InputLoader(options: options).load(paths: [binary, empty, big, s.url.appendingPathComponent("missing.txt").path])
        #expect(result.documents.isEmpty)
        #expect(result.failures.map(\.code) == [.binaryInput, .emptyInput, .inputTooLarge, .fileNotFound])
        #expect(result.failures[0].offset == 4)
    }

    @Test func crlfBecomesLF() throws {
        let s = try Scratch()
        let path = try s.write("w.txt", "Title line\r\n\r\nBody text.\r\n")
        #expect(InputLoader().load(paths: [path]).documents.first?.text == "Title line\n\nBody text.")
    }
}

@Suite struct HTMLTests {
    static let page = """
    <!DOCTYPE html><html><head><title>Site | Clashes in Islamabad</title>
    <meta property="og:title" content="Clashes in Islamabad">
    <meta property="article:published_time" content="2024-11-26T18:30:00Z">
    <link rel="canonical" href="https://example.org/a?x=1&amp;y=2">
    <script>var tracking = "Imran Khan";</script><style>p { color: red }</style></head>
    <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
    <article><h1>Clashes in Islamabad</h1>
    <p>Police   arrested <b>450</b> protesters,
     officials said.</p><aside>Related: other news</aside>
    <p>Naqvi claimed that Gandapur &amp; Bibi had fled.<br>Second line.</p>
    <script>alert(1)</script><ul><li>First point</li><li>Second point</li></ul></article>
    <footer>© News Corp</footer></body></html>
    """

    @Test func articleTextTitleDateAndNoChrome() throws {
        let s = try Scratch()
        let path = try s.write("page.html", HTMLTests.page)
        let result = InputLoader().load(paths: [path])
        #expect(result.failures.isEmpty)
        let doc = try #require(result.documents.first)
        #expect(doc.title == "Clashes in Islamabad")
        #expect(doc.date?.iso == "2024-11-26")
        #expect(doc.url == "https://example.org/a?x=1&y=2")
        #expect(doc.text == """
        Clashes in Islamabad

        Police arrested 450 protesters, officials said.

        Naqvi claimed that Gandapur & Bibi had fled. Second line.

        First point

        Second point
        """)
        #expect(!doc.text.contains("tracking"))
        #expect(!doc.text.contains("Home"))
        #expect(!doc.text.contains("Related"))
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let s = try Scratch()
        let secret = try s.write("secret.txt", "TOPSECRET")
        let path = try s.write("xxe.html", """
        <!DOCTYPE html [<!ENTITY x SYSTEM "file://\(secret)">]><html><body><p>Hello &x; world.</p></body></html>
        """)
        let doc = try #require(InputLoader().load(paths: [path]).documents.first)
        #expect(!doc.text.contains("TOPSECRET"))
    }

    @Test func pageWithoutTextIsAnError() throws {
        let s = try Scratch()
        let path = try s.write("empty.html", "<html><body><script>x()</script><nav>menu</nav></body></html>")
        let failure = try #require(InputLoader().load(paths: [path]).failures.first)
        #expect(failure.code == .emptyInput)
    }
}

@Suite struct JSONLinesTests {
    @Test func goodRecordsSurviveABadLine() throws {
        let s = try Scratch()
        let path = try s.write("batch.jsonl", """
        {"id": "a1", "text": "Naqvi claimed Gandapur fled.", "title": "T", "date": "2024-11-27", "url": "https://x.org/1"}

        {"id": 7, "text": "Second article."}
        {"id": "bad", "text": 
        {"text": "no id"}
        {"id": "a1", "text": "duplicate"}
        {"id": "d", "text": "x", "date": "27/11/2024"}
        """)
        let result = InputLoader().load(paths: [path])
        #expect(result.documents.map(\.id) == ["a1", "7"])
        #expect(result.documents[0].date?.iso == "2024-11-27")
        #expect(result.documents[0].url == "https://x.org/1")
        #expect(result.documents[0].source == path + ":1")
        #expect(result.failures.map(\.line) == [4, 5, nil, 7])
        #expect(result.failures.map(\.code) == [.badJSONLine, .badJSONLine, .badJSONLine, .badDate])
        #expect(result.failures[2].description.contains("duplicate id \"a1\""))
    }
}

@Suite struct BatchTests {
    @Test func directoriesRecurseSortedAndStemsStayUnique() throws {
        let s = try Scratch()
        try s.write("b/one.txt", "Text one.")
        try s.write("a/one.txt", "Text two.")
        try s.write("a/.hidden.txt", "Hidden.")
        try s.write("a/notes.pdf", "%PDF")
        try s.write("c/page.htm", "<p>Para.</p>")
        let result = InputLoader().load(paths: [s.url.path])
        #expect(result.failures.isEmpty)
        #expect(result.documents.map(\.text) == ["Text two.", "Text one.", "Para."])
        #expect(result.documents[0].id == "one")
        #expect(result.documents[1].id.hasPrefix("one-"))
        #expect(result.documents[1].id.count == "one-".count + 8)
    }

    @Test func standardInputIsSniffed() {
        let jsonl = InputLoader().load(paths: ["-"]) { Array("{\"id\":\"s\",\"text\":\"From stdin.\"}\n".utf8) }
        #expect(jsonl.documents.map(\.id) == ["s"])
        let text = InputLoader().load(paths: ["-"]) { Array("Plain words.".utf8) }
        #expect(text.documents.map(\.id) == ["stdin"])
        #expect(text.documents.first?.source == "-")
    }
}
