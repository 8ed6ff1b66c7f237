import Dispatch
import NewsgraphModel

/// The parsed names of a batch's recognized mentions that can vote in the batch-wide hints
/// (`DocumentCoreference.genderHints`, `typeHints`: named, typed, not a date or quantity), in
/// document and mention order. Parsed once, one document per thread: both hints read them, and
/// parsing a name is most of their cost.
struct HintNames: Sendable {
    let documents: [[(type: EntityType, name: MentionName)]]

    init(_ extractions: [DocumentExtraction]) {
        var results = [[(type: EntityType, name: MentionName)]](repeating: [], count: extractions.count)
        results.withUnsafeMutableBufferPointer { slots in
            let base = UnsafeMutableSendablePointer(slots.baseAddress)
            DispatchQueue.concurrentPerform(iterations: extractions.count) { d in
                var named: [(type: EntityType, name: MentionName)] = []
                for m in extractions[d].mentions where m.named && m.type != .date && m.type != .quantity && m.type != .other {
                    if let n = MentionName(m) { named.append((m.type, n)) }
                }
                (base.pointer! + d).pointee = named
            }
        }
        documents = results
    }
}
