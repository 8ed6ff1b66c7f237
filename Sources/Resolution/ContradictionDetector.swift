import NewsgraphModel

/// Finds statements from different sources (documents, or speakers within one document) that give
/// incompatible amounts for the same thing.
///
/// "The same thing" is a frame:
/// - an event count, read from the counted noun ("six deaths", "hundreds of dead", "450 arrests") or from
///   the verb with the argument in patient position, passive and active aligned ("police arrested 450
///   protesters" = "450 protesters were arrested"; "killed hundreds" = "six died"): `death`, `injury`,
///   `arrest`. Event counts compare across documents that share at least one entity (the same story);
/// - a count held by an entity ("Khan faces more than 200 cases" / "has fought more than 150 cases"):
///   the counted noun's frame (`case`) with the same subject entity;
/// - otherwise the same subject entity, predicate lemma and counted noun.
/// Statements with dates that cannot overlap are not compared. One contradiction is reported per
/// frame, subject and pair of documents: the first conflicting pair in canonical order.
public struct ContradictionDetector: Sendable {
    public init() {}

    static let nounFrames: [String: String] = [
        "dead": "death", "death": "death", "deaths": "death", "fatality": "death", "fatalities": "death",
        "killed": "death", "died": "death", "injured": "injury", "injury": "injury", "injuries": "injury",
        "wounded": "injury", "arrest": "arrest", "arrests": "arrest", "arrested": "arrest", "detained": "arrest",
        "case": "case", "cases": "case", "charge": "case", "charges": "case",
    ]
    static let verbFrames: [String: String] = [
        "kill": "death", "die": "death", "dead": "death", "shoot": "death", "massacre": "death",
        "injure": "injury", "wound": "injury", "hurt": "injury",
        "arrest": "arrest", "detain": "arrest", "round": "arrest",
    ]
    /// Verbs whose subject is the one affected ("six people died").
    static let unaccusative: Set<String> = ["die", "dead", "perish"]
    static let eventFrames: Set<String> = ["death", "injury", "arrest"]

    struct Measurement {
        var statement: Statement
        var frame: String
        var subject: String?
        var reading: QuantityReading
        var days: ClosedRange<Int>?
    }

    /// What the pair loop needs, small enough to copy cheaply.
    private struct Entry {
        var statement: Int
        var document: Int
        /// Speaker of an attributed statement (`speakerKey`), nil for the writer's own assertion.
        var speaker: String?
        var reading: QuantityReading
        var days: ClosedRange<Int>?
    }

    public func find(in corpus: Corpus) -> [Contradiction] {
        let statements = corpus.statements
        let documentIDs = Array(Set(statements.map(\.document))).sorted()
        let documentIndex = Dictionary(uniqueKeysWithValues: documentIDs.enumerated().map { ($1, $0) })
        let names = Dictionary(corpus.entities.map { ($0.key, $0.name) }, uniquingKeysWith: { a, _ in a })
        var entitiesOf: [String: Set<String>] = [:]
        for e in corpus.entities { for m in e.mentions { entitiesOf[m.document, default: []].insert(e.key) } }

        // Buckets: event counts by frame; other counts by frame and subject entity.
        var buckets: [String: [Entry]] = [:]
        for (i, s) in statements.enumerated() where s.polarity == .positive {
            for m in Self.measurements(s) {
                let event = Self.eventFrames.contains(m.frame)
                guard event || m.subject != nil else { continue }
                let key = m.frame + "\u{1F}" + (event ? "" : m.subject!)
                buckets[key, default: []].append(Entry(statement: i, document: documentIndex[s.document]!,
                                                       speaker: s.attribution.map { Self.speakerKey($0.speaker) },
                                                       reading: m.reading, days: m.days))
            }
        }
        var out: [Contradiction] = []
        for key in buckets.keys.sorted() {
            let list = buckets[key]!
            let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false)
            let frame = String(parts[0]), subject = parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil
            let event = subject == nil
            var sharesEntity: [Int: Bool] = [:]
            var reported = Set<Int>()
            for i in list.indices {
                let a = list[i]
                for j in (i + 1)..<list.count {
                    let b = list[j]
                    // One contradiction per pair of documents (and frame, subject).
                    let (lo, hi) = a.document <= b.document ? (a.document, b.document) : (b.document, a.document)
                    let pair = lo * documentIDs.count + hi
                    if reported.contains(pair) { continue }
                    if a.document == b.document {
                        guard let sa = a.speaker, let sb = b.speaker, sa != sb else { continue }
                    }
                    if let da = a.days, let db = b.days, !da.overlaps(db) { continue }
                    guard a.reading.conflicts(with: b.reading) else { continue }
                    if event {
                        let shared = sharesEntity[pair] ?? !(entitiesOf[documentIDs[lo]] ?? []).isDisjoint(with: entitiesOf[documentIDs[hi]] ?? [])
                        sharesEntity[pair] = shared
                        guard shared else { continue }
                    }
                    reported.insert(pair)
                    let about = subject.map { " of \(names[$0] ?? $0)" } ?? ""
                    out.append(Contradiction(first: statements[a.statement].id, second: statements[b.statement].id,
                                             reason: "\(a.reading.text) vs \(b.reading.text) (\(frame) count\(about))"))
                }
            }
        }
        return out.sorted { ($0.first, $0.second, $0.reason) < ($1.first, $1.second, $1.reason) }
    }

    /// Sources differ when documents differ or, within one document, when two different speakers
    /// make the claims ("PTI said hundreds were killed" / "the authorities said six died").
    static func speakerKey(_ a: Argument) -> String {
        if case .entity(let k) = a.value { return "entity:" + k }
        return "text:" + a.text.lowercased()
    }

    /// Every amount a statement gives, with its frame.
    static func measurements(_ s: Statement) -> [Measurement] {
        // Most statements state no amount at all: read the arguments first, and the frame only when
        // one of them gives an amount.
        // Read in place (subject, object, qualifiers): no array of arguments built per statement.
        var readings: [(argument: Argument, reading: QuantityReading)] = []
        func read(_ a: Argument) {
            if case .statement = a.value { return } // a claim's content is measured in its own statement
            if a.type == .date { return }
            if case .literal(let lit) = a.value, lit.datatype != .integer, lit.datatype != .decimal, lit.datatype != .string { return }
            guard let reading = QuantityReading(a) else { return }
            readings.append((a, reading))
        }
        read(s.subject)
        if let o = s.object { read(o) }
        for q in s.qualifiers { read(q.argument) }
        guard !readings.isEmpty else { return [] }
        let lemmaWords = s.predicate.lemma.lowercased().split(separator: " ").map(String.init)
            + s.predicate.text.lowercased().split(separator: " ").map(String.init)
        // "left six police officers dead": a one-word result complement names the event too.
        let results = s.qualifiers.map { $0.argument.text.lowercased() }.filter { !$0.contains(" ") }
        let verbFrame = lemmaWords.lazy.compactMap { verbFrames[$0] }.first ?? results.lazy.compactMap { nounFrames[$0] }.first
        let unaccusative = lemmaWords.contains { Self.unaccusative.contains($0) }
        let patient: Argument? = s.passive || unaccusative ? s.subject : s.object
        var subjectKey: String?
        if case .entity(let k) = s.subject.value { subjectKey = k }
        let days = dateRange(s)
        var out: [Measurement] = []
        for (a, reading) in readings {
            let nounFrame = reading.unit.lazy.compactMap { nounFrames[$0] }.first
            let frame: String
            if let nounFrame {
                frame = nounFrame
            } else if let verbFrame, a == patient {
                frame = verbFrame
            } else if a == patient, let secondary = wordAfter(a, in: s).flatMap({ nounFrames[$0] }) {
                // A secondary predicate right after the patient: "left six police officers dead".
                frame = secondary
            } else if subjectKey != nil, a != s.subject, let head = reading.unit.last {
                frame = s.predicate.lemma + "/" + head
            } else {
                continue
            }
            out.append(Measurement(statement: s, frame: frame, subject: subjectKey, reading: reading, days: days))
        }
        return out
    }

    /// The lowercased word right after an argument in its sentence, if any.
    static func wordAfter(_ a: Argument, in s: Statement) -> String? {
        guard let span = a.span, span.end >= s.sentenceSpan.begin, span.end <= s.sentenceSpan.end else { return nil }
        let rest = s.sentence.scalarSlice(Span(begin: span.end - s.sentenceSpan.begin, end: s.sentenceSpan.length))
        return rest.split(whereSeparator: { !$0.isLetter }).first.map { $0.lowercased() }
    }

    /// Days since the epoch a statement's date qualifier covers, when it gives an exact date, month or year.
    static func dateRange(_ s: Statement) -> ClosedRange<Int>? {
        for q in s.qualifiers {
            guard case .literal(let lit) = q.argument.value, q.argument.qualifier == nil else { continue }
            let parts = lit.lexical.split(separator: "-").compactMap { Int($0) }
            switch lit.datatype {
            case .date:
                if let d = CalendarDate(iso: lit.lexical) { return d.daysSinceEpoch...d.daysSinceEpoch }
            case .gYearMonth where parts.count == 2:
                if let first = CalendarDate(year: parts[0], month: parts[1], day: 1) {
                    let last = first.adding(days: CalendarDate.daysIn(month: parts[1], year: parts[0]) - 1)
                    return first.daysSinceEpoch...last.daysSinceEpoch
                }
            case .gYear where parts.count == 1:
                if let first = CalendarDate(year: parts[0], month: 1, day: 1), let last = CalendarDate(year: parts[0], month: 12, day: 31) {
                    return first.daysSinceEpoch...last.daysSinceEpoch
                }
            default: continue
            }
        }
        return nil
    }
}
