import Testing
import NewsgraphModel
@testable import Resolution

@Suite struct MarkdownReportTests {
    func corpus() -> Corpus {
        var a = DocumentBuilder("001", "Mohsin Naqvi claimed that Gandapur had absconded. Police sources said 450 protesters were arrested.")
        let naqvi = a.mention("Mohsin Naqvi")
        let gandapur = a.mention("Gandapur")
        let inner = a.statement(a.argument(gandapur), "abscond", predicate: "had absconded", asserted: false,
                                attribution: Attribution(speaker: a.argument(naqvi), cue: "claim"))
        a.statement(a.argument(naqvi), "claim", Argument(text: "that Gandapur had absconded", value: .statement(id: inner.id)), predicate: "claimed")
        a.statement(a.argument(text: "450 protesters"), "arrest", predicate: "were arrested", passive: true)
        var b = DocumentBuilder("003", "Ali Amin Gandapur led the march. Police arrested over 4,000 Khan | supporters.")
        b.mention("Ali Amin Gandapur")
        b.statement(b.argument(text: "Police"), "arrest", b.argument(text: "over 4,000 Khan | supporters"), predicate: "arrested")
        return EntityResolver().resolve([a.extraction, b.extraction], run: ExtractionRun())
    }

    @Test func rendersTotalsEntitiesClaimsAndContradictions() {
        let report = MarkdownReport.render(corpus())
        #expect(report.hasPrefix("# newsgraph report\n"))
        #expect(report.contains("- Documents: 2"))
        #expect(report.contains("- Entities: 2 (2 person)"))
        #expect(report.contains("- Contradictions: 1"))
        #expect(report.contains("| Ali Amin Gandapur (`ali-amin-gandapur`) | person | 2 | 2 | Gandapur |"))
        #expect(report.contains("### Mohsin Naqvi (1)"))
        #expect(report.contains("- **claim**: Gandapur \\[Ali Amin Gandapur\\] had absconded (`001`, sentence 1)"))
        #expect(report.contains("## Contradictions\n\n### 1. 450 protesters vs over 4,000 Khan \\| supporters (arrest count)"))
        #expect(report.contains("  > Police arrested over 4,000 Khan \\| supporters."))
        #expect(report.hasSuffix("\n") && !report.hasSuffix("\n\n"))
    }

    @Test func isDeterministicAndHandlesAnEmptyCorpus() {
        #expect(MarkdownReport.render(corpus()) == MarkdownReport.render(corpus()))
        let empty = MarkdownReport.render(Corpus())
        #expect(empty.contains("- Entities: 0"))
        #expect(empty.contains("_None found._"))
    }
}
