import Testing
import NewsgraphModel
@testable import Extraction

@Suite struct NormalizationQuantityTests {
    let q = QuantityNormalizer()

    func value(_ text: String) throws -> NormalizedValue {
        try #require(q.normalize(text), "\(text) should normalize")
    }

    @Test(arguments: [
        ("six", "6"), ("4,000", "4000"), ("10", "10"), ("twenty-five", "25"), ("two hundred and fifty", "250"),
        ("a dozen", "12"), ("half a dozen", "6"), ("1.5 million", "1500000"), ("three thousand", "3000"),
        ("450 protesters", "450"), ("six security personnel", "6"),
    ])
    func exactCounts(text: String, lexical: String) throws {
        let v = try value(text)
        #expect(v.kind == .quantity)
        #expect(v.literal == Literal(lexical, datatype: .integer))
        #expect(v.qualifier == nil)
        #expect(v.lowerBound == Double(lexical) && v.upperBound == Double(lexical))
        #expect(v.text == text)
    }

    @Test func decimal() throws {
        let v = try value("10.5")
        #expect(v.literal == Literal("10.5", datatype: .decimal))
        #expect(try value("10.50 km").literal.lexical == "10.5")
    }

    @Test(arguments: [
        ("over 4,000 Khan supporters", "4000", "at least", "khan supporters"),
        ("more than 150 cases", "150", "at least", "cases"),
        ("more than 200 cases", "200", "at least", "cases"),
        ("at least six fatalities", "6", "at least", "fatalities"),
        ("approximately 10 km (6.2 miles)", "10", "about", "km 6.2 miles"),
        ("up to 20 people", "20", "at most", "people"),
    ])
    func qualified(text: String, lexical: String, qualifier: String, unit: String) throws {
        let v = try value(text)
        #expect(v.literal == Literal(lexical, datatype: .integer))
        #expect(v.qualifier == qualifier)
        #expect(v.unit == unit)
    }

    @Test func boundsFollowQualifiers() throws {
        let over = try value("over 4,000")
        #expect(over.lowerBound == 4000 && over.upperBound == nil)
        let about = try value("approximately 10 km")
        #expect(about.lowerBound == 9 && about.upperBound == 11)
        let atMost = try value("fewer than 30")
        #expect(atMost.lowerBound == nil && atMost.upperBound == 30)
        #expect(!(try value("450")).isCompatible(with: over))
        #expect((try value("more than 150")).isCompatible(with: try value("more than 200")))
    }

    @Test(arguments: ["dozens", "hundreds", "countless", "thousands"])
    func vagueKeptAsText(text: String) throws {
        let v = try value(text)
        #expect(v.kind == .vague)
        #expect(v.qualifier == "vague")
        #expect(v.literal == Literal(text))
    }

    @Test func vagueIntervals() throws {
        let hundreds = try value("hundreds of dead")
        #expect(hundreds.unit == "dead")
        #expect(hundreds.lowerBound == 200)
        #expect(!(try value("six")).isCompatible(with: hundreds))
        #expect((try value("countless")).isCompatible(with: try value("six")))
        #expect((try value("dozens injured")).lowerBound == 24)
    }

    @Test func ages() throws {
        let v = try value("72-year-old")
        #expect(v.kind == .age)
        #expect(v.literal == Literal("72", datatype: .integer))
        #expect(v.unit == "year")
        #expect(try value("16-year-old Afghan boy").literal.lexical == "16")
        #expect(try value("aged 72").kind == .age)
        let appositive = try #require(q.appositiveAge("The former star cricketer, 72,"))
        #expect(appositive.kind == .age && appositive.literal.lexical == "72")
        #expect(q.appositiveAge("Khan, the leader,") == nil)
    }

    @Test(arguments: [
        ("three years", "P3Y"), ("10 years", "P10Y"), ("14 years", "P14Y"), ("two-day", "P2D"),
        ("two weeks", "P14D"), ("48 hours", "PT48H"), ("1.5 years", "P18M"), ("a year", "P1Y"), ("six months", "P6M"),
    ])
    func durations(text: String, lexical: String) throws {
        let v = try value(text)
        #expect(v.kind == .duration)
        #expect(v.literal == Literal(lexical, datatype: .duration))
    }

    @Test func ordinalsAndPercent() throws {
        #expect(try value("26th").kind == .ordinal)
        #expect(try value("26th Amendment").literal == Literal("26", datatype: .integer))
        #expect(try value("first").literal.lexical == "1")
        let p = try value("12.5%")
        #expect(p.kind == .percent && p.literal == Literal("12.5", datatype: .decimal))
        #expect(try value("40 percent").literal.lexical == "40")
    }

    @Test(arguments: ["the protesters", "", "Khan", "1,2"])
    func notNumbers(text: String) {
        #expect(q.normalize(text) == nil)
    }
}
