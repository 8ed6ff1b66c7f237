import Foundation
import Testing
import KnowledgeGraph
import NewsgraphModel
@testable import Serialization

@Suite struct GEXFWriterTests {
    @Test func declaresAttributesAndVisuals() throws {
        let text = try readText(try export(.gexf))
        #expect(text.contains(#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz""#))
        #expect(text.contains(#"version="1.3""#))
        #expect(text.contains(#"<attributes class="node" mode="static">"#))
        #expect(text.contains(#"<attributes class="edge" mode="static">"#))
        #expect(text.contains(#"<attribute id="degree" title="degree" type="integer"/>"#))
        // Person blue, place green, from the fixed palette.
        #expect(text.contains(#"<viz:color r="31" g="119" b="180"/>"#))
        #expect(text.contains(#"<viz:color r="44" g="160" b="44"/>"#))
        #expect(text.contains(#"<viz:size value="#))
    }

    @Test func edgesCarryKindLabelAndPositiveWeight() throws {
        let text = try readText(try export(.gexf))
        let edgeLines = text.split(separator: "\n").filter { $0.contains("<edge ") }
        #expect(!edgeLines.isEmpty)
        for line in edgeLines {
            #expect(line.range(of: #"label="([A-Z][A-Z0-9_]*)" kind="\1" weight="(0\.[0-9]*[1-9][0-9]*|1\.0)""#,
                               options: .regularExpression) != nil, "\(line)")
        }
    }

    @Test func sizeGrowsWithDegree() {
        #expect(GEXFWriter.size(forDegree: 0) == 4)
        #expect(GEXFWriter.size(forDegree: 4) == 10)
        #expect(GEXFWriter.size(forDegree: 9) > GEXFWriter.size(forDegree: 4))
    }

    @Test func validAgainstProfileAndDeterministic() throws {
        let url = try export(.gexf)
        let report = DocumentValidator.validate(file: url.path)
        #expect(report.isValid, "\(report.problems)")
        #expect(try Data(contentsOf: url) == Data(contentsOf: try export(.gexf)))
        #expect(!(try readText(url)).unicodeScalars.contains("\u{7}"))
    }
}
