/// The arc-hybrid dynamic oracle (Goldberg & Nivre 2013): the number of gold arcs a transition
/// makes unreachable from the current configuration, which may already contain errors. A
/// transition is correct iff its cost is 0, so training can follow the model's own (wrong)
/// predictions and still learn the best continuation ("error exploration").
public struct DynamicOracle: Sendable {
    /// Gold head of each word (index 0 unused; 0 = root), on a projective tree.
    public let goldHeads: [Int]
    public let goldLabels: [Int]
    /// Gold dependents of each word, ascending.
    private let goldChildren: [[Int]]

    public init(heads: [Int], labels: [Int]) {
        goldHeads = heads
        goldLabels = labels
        var children = [[Int]](repeating: [], count: heads.count)
        for dependent in 1..<heads.count where heads[dependent] >= 0 {
            children[heads[dependent]].append(dependent)
        }
        goldChildren = children
    }

    /// Cost of `transition` in `state` (assumed legal).
    public func cost(_ transition: Transition, in state: ArcHybridConfiguration) -> Int {
        switch transition {
        case .shift:
            let b0 = state.bufferFront
            var cost = 0
            // b0 can no longer take a head from the stack below s0...
            let s0 = state.stack[state.stack.count - 1]
            let head = goldHeads[b0]
            if head != s0, head < b0, state.stack.contains(head) { cost += 1 }
            // ...nor take any stack word as a dependent.
            for child in goldChildren[b0] where child < b0 && state.stack.contains(child) { cost += 1 }
            return cost
        case .left(let label):
            let s0 = state.stack[state.stack.count - 1]
            let s1 = state.stack[state.stack.count - 2]
            let b0 = state.bufferFront
            var cost = dependentsInBuffer(of: s0, state)
            let head = goldHeads[s0]
            if head == b0 {
                if goldLabels[s0] != label { cost += 1 }
            } else if head == s1 || head > b0 {
                cost += 1
            }
            return cost
        case .right(let label):
            let s0 = state.stack[state.stack.count - 1]
            let s1 = state.stack[state.stack.count - 2]
            var cost = dependentsInBuffer(of: s0, state)
            let head = goldHeads[s0]
            if head == s1 {
                if goldLabels[s0] != label { cost += 1 }
            } else if head >= state.bufferFront && head != 0 {
                cost += 1
            }
            return cost
        }
    }

    private func dependentsInBuffer(of word: Int, _ state: ArcHybridConfiguration) -> Int {
        var count = 0
        for child in goldChildren[word] where child >= state.bufferFront { count += 1 }
        return count
    }
}
