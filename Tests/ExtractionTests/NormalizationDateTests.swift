import Testing
import NewsgraphModel
@testable import Extraction

/// Article date 2024-11-27 is a Wednesday (seed 001's date line).
@Suite struct NormalizationDateTests {
    let article = CalendarDate(year: 2024, month: 11, day: 27)!
    var d: DateNormalizer { DateNormalizer(articleDate: article) }

    func value(_ text: String, _ tense: ClauseTense = .past) throws -> NormalizedValue {
        try #require(d.normalize(text, tense: tense), "\(text) should normalize")
    }

    @Test func articleDateIsWednesday() { #expect(article.isoWeekday == 3) }

    @Test(arguments: [
        ("Tuesday", ClauseTense.past, "2024-11-26"),
        ("Earlier on Tuesday evening", .past, "2024-11-26"),
        ("on Wednesday", .past, "2024-11-27"),
        ("on Thursday", .future, "2024-11-28"),
        ("on Thursday", .past, "2024-11-21"),
        ("Sunday", .past, "2024-11-24"),
        ("last Wednesday", .past, "2024-11-20"),
        ("next Wednesday", .past, "2024-12-04"),
        ("today", .future, "2024-11-27"),
        ("yesterday", .past, "2024-11-26"),
        ("tomorrow", .future, "2024-11-28"),
        ("November 24", .past, "2024-11-24"),
        ("on November 13", .past, "2024-11-13"),
        ("Nov. 26, 2024", .past, "2024-11-26"),
        ("November 26, 2024", .past, "2024-11-26"),
        ("24 November 2024", .past, "2024-11-24"),
        ("2024-11-26", .past, "2024-11-26"),
        ("December 5", .past, "2023-12-05"),
        ("December 5", .future, "2024-12-05"),
        ("two days ago", .past, "2024-11-25"),
    ])
    func days(text: String, tense: ClauseTense, iso: String) throws {
        let v = try value(text, tense)
        #expect(v.kind == .date)
        #expect(v.literal == Literal(iso, datatype: .date), "\(text)")
        #expect(v.text == text)
    }

    @Test func sinceKeepsQualifier() throws {
        let v = try value("since Friday")
        #expect(v.literal == Literal("2024-11-22", datatype: .date))
        #expect(v.qualifier == "since")
        #expect(try value("until Friday", .future).qualifier == "until")
        // "served from 2018 to 2022"
        #expect(try value("from 2018").qualifier == "since")
        #expect(try value("to 2022").literal == Literal("2022", datatype: .gYear))
        #expect(try value("to 2022").qualifier == "until")
    }

    @Test(arguments: [
        ("August 2023", "2023-08"), ("in August 2023", "2023-08"), ("August of the previous year", "2023-08"),
        ("August last year", "2023-08"), ("January this year", "2024-01"), ("since August", "2024-08"),
        ("in October", "2024-10"), ("last month", "2024-10"),
    ])
    func months(text: String, lexical: String) throws {
        let v = try value(text)
        #expect(v.literal == Literal(lexical, datatype: .gYearMonth), "\(text)")
    }

    @Test func monthBoundsAndFutureMonths() throws {
        let v = try value("August 2023")
        #expect(v.firstDay == CalendarDate(year: 2023, month: 8, day: 1))
        #expect(v.lastDay == CalendarDate(year: 2023, month: 8, day: 31))
        #expect(try value("in February", .future).literal.lexical == "2025-02")
        #expect(try value("in December", .past).literal.lexical == "2023-12")
    }

    @Test(arguments: [
        ("in 2022", "2022"), ("2018", "2018"), ("last year", "2023"), ("the previous year", "2023"),
        ("this year", "2024"), ("next year", "2025"), ("last year's elections", "2023"), ("a year ago", "2023"),
    ])
    func years(text: String, lexical: String) throws {
        let v = try value(text)
        #expect(v.literal == Literal(lexical, datatype: .gYear), "\(text)")
    }

    @Test func weeks() throws {
        let v = try value("last week")
        #expect(v.qualifier == "week")
        #expect(v.literal == Literal("2024-11-18", datatype: .date))
        #expect(v.firstDay == CalendarDate(year: 2024, month: 11, day: 18))
        #expect(v.lastDay == CalendarDate(year: 2024, month: 11, day: 24))
        #expect(try value("this week").literal.lexical == "2024-11-25")
    }

    @Test func relativePhrasesNeedAnArticleDate() {
        let undated = DateNormalizer(articleDate: nil)
        #expect(undated.normalize("Tuesday") == nil)
        #expect(undated.normalize("last year") == nil)
        #expect(undated.normalize("November 24") == nil)
        #expect(undated.normalize("Nov. 26, 2024")?.literal == Literal("2024-11-26", datatype: .date))
        #expect(undated.normalize("in 2022")?.literal == Literal("2022", datatype: .gYear))
    }

    @Test(arguments: ["may", "the protest", "Khan", "November 31, 2024", ""])
    func notDates(text: String) {
        #expect(d.normalize(text) == nil)
    }

    @Test func forADurationIsADuration() throws {
        let v = try value("for over a year")
        #expect(v.kind == .duration)
        #expect(v.literal == Literal("P1Y", datatype: .duration))
        #expect(v.qualifier == "at least")
        #expect(try value("for three days").literal.lexical == "P3D")
        #expect(d.normalize("for the protest") == nil)
    }
}
