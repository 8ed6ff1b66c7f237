import Testing
@testable import Serialization

/// Every escaping rule of the RDF 1.1 N-Triples/Turtle grammars and of JSON strings.
@Suite struct RDFEscapingTests {
    func iri(_ s: String) -> String {
        let sink = ByteSink()
        RDFEscaping.writeIRIBody(s, to: sink)
        return sink.text
    }

    func literal(_ s: String) -> String {
        let sink = ByteSink()
        RDFEscaping.writeLiteralBody(s, to: sink)
        return sink.text
    }

    func json(_ s: String) -> String {
        let sink = ByteSink()
        RDFEscaping.writeJSONString(s, to: sink)
        return sink.text
    }

    @Test func iriKeepsAllowedCharactersVerbatim() {
        #expect(iri("https://ex.org/a-b_c.d~e/f?g=h&i=j#k%20") == "https://ex.org/a-b_c.d~e/f?g=h&i=j#k%20")
        #expect(iri("https://ex.org/ü/😀/𝔘/عربي") == "https://ex.org/ü/😀/𝔘/عربي")
    }

    @Test(arguments: Array("<>\"{}|^`\\ ".unicodeScalars))
    func iriEscapesEachForbiddenCharacter(_ c: Unicode.Scalar) {
        let hex = String(c.value, radix: 16, uppercase: true)
        #expect(iri("a\(c)b") == "a\\u00" + (hex.count == 1 ? "0" + hex : hex) + "b")
    }

    @Test func iriEscapesEveryControlCharacter() {
        for v in UInt32(0)...0x1F {
            let c = Character(Unicode.Scalar(v)!)
            let hex = String(v, radix: 16, uppercase: true)
            #expect(iri("\(c)") == "\\u00" + (hex.count == 1 ? "0" + hex : hex))
        }
        #expect(iri("\u{7F}") == "\\u007F")
    }

    @Test func literalUsesShortEscapesForQuoteBackslashAndLineBreaks() {
        #expect(literal("say \"hi\"") == "say \\\"hi\\\"")
        #expect(literal("back\\slash") == "back\\\\slash")
        #expect(literal("a\nb\rc\td") == "a\\nb\\rc\\td")
        #expect(literal("it's") == "it's")
    }

    @Test func literalEscapesOtherControlsAsUCHAR() {
        #expect(literal("\u{01}\u{08}\u{0B}\u{0C}\u{1F}\u{7F}") == "\\u0001\\u0008\\u000B\\u000C\\u001F\\u007F")
        #expect(literal("\u{00}") == "\\u0000")
    }

    @Test func literalKeepsNonBMPAndBidiAsUTF8() {
        let s = "😀 𝔘 עברית العربية \u{202E}x\u{202C} <>{}|^`"
        #expect(literal(s) == s)
    }

    @Test func jsonEscapes() {
        #expect(json("a\"b\\c\nd\re\tf\u{01}\u{1F}") == "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001\\u001F\"")
        #expect(json("\u{7F}😀</script>") == "\"\u{7F}😀</script>\"")
    }

    @Test func languageTags() {
        #expect(RDFEscaping.isValidLanguageTag("en"))
        #expect(RDFEscaping.isValidLanguageTag("en-GB"))
        #expect(RDFEscaping.isValidLanguageTag("zh-Hant-TW"))
        #expect(!RDFEscaping.isValidLanguageTag(""))
        #expect(!RDFEscaping.isValidLanguageTag("en-"))
        #expect(!RDFEscaping.isValidLanguageTag("1en"))
        #expect(!RDFEscaping.isValidLanguageTag("en gb"))
    }

    @Test func turtleNumberTokens() {
        #expect(TurtleTermWriter.isIntegerToken("4000") && TurtleTermWriter.isIntegerToken("-12"))
        #expect(!TurtleTermWriter.isIntegerToken("4,000") && !TurtleTermWriter.isIntegerToken("") && !TurtleTermWriter.isIntegerToken("+"))
        #expect(TurtleTermWriter.isDecimalToken("12.5") && TurtleTermWriter.isDecimalToken(".5"))
        #expect(!TurtleTermWriter.isDecimalToken("12.") && !TurtleTermWriter.isDecimalToken("1e5") && !TurtleTermWriter.isDecimalToken("12"))
    }

    @Test func simpleLocalNames() {
        #expect(TurtleTermWriter.isSimpleLocalName("imran-khan"))
        #expect(TurtleTermWriter.isSimpleLocalName("2024-11-26"))
        #expect(TurtleTermWriter.isSimpleLocalName("newsgraph-0.1.0"))
        #expect(!TurtleTermWriter.isSimpleLocalName("a."))
        #expect(!TurtleTermWriter.isSimpleLocalName("-a"))
        #expect(!TurtleTermWriter.isSimpleLocalName(".a"))
        #expect(!TurtleTermWriter.isSimpleLocalName("a/b"))
        #expect(!TurtleTermWriter.isSimpleLocalName("a#b"))
        #expect(!TurtleTermWriter.isSimpleLocalName("a%20b"))
        #expect(!TurtleTermWriter.isSimpleLocalName(""))
    }

    @Test func decimalsInByteSink() {
        let sink = ByteSink()
        sink.decimal(0); sink.byte(32); sink.decimal(-42); sink.byte(32); sink.decimal(Int.max)
        #expect(sink.text == "0 -42 9223372036854775807")
    }
}
