import Dispatch
import NewsgraphModel

/// The parsed names of a batch's recognized mentions that can vote in the batch-wide hints
/// (`DocumentCoreference.genderHints`, `typeHints`: named, typed, not a date or quantity), in
/// document and mention order. Parsed once, one document per thread: both hints read them, and
/// parsing a name is most of their cost.
struct HintNames: Sendable {
    let documents: [[(type: EntityType, name: MentionName)]]
    /// The same names by document and mention index (nil: not parsed, or no name), handed on to
    /// `DocumentCoreference` so that it does not parse them again.
    let byMention: [[MentionName?]]

    init(_ extractions: [DocumentExtraction]) {
        var results = [[MentionName?]](repeating: [], count: extractions.count)
        results.withUnsafeMutableBufferPointer { slots in
            let base = UnsafeMutableSendablePointer(slots.baseAddress)
            DispatchQueue.concurrentPerform(iterations: extractions.count) { d in
                let mentions = extractions[d].mentions
                var names = [MentionName?](repeating: nil, count: mentions.count)
                for (i, m) in mentions.enumerated() where m.named && m.type != .date && m.type != .quantity && m.type != .other {
                    names[i] = MentionName(m)
                }
                (base.pointer! + d).pointee = names
            }
        }
        byMention = results
        documents = zip(extractions, results).map { x, names in
            zip(x.mentions, names).compactMap { m, n in n.map { (m.type, $0) } }
        }
    }
}
