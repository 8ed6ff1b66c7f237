import Foundation
import Testing
@testable import NLP

/// ../shared/data/ud located from this file (Tests/NLPTests/TransitionTests.swift → package root → ..).
enum ParserTestData {
    static let udDirectory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/ud").path
    static var available: Bool {
        FileManager.default.fileExists(atPath: udDirectory + "/" + Treebank.ewtDev)
    }
}

/// Follows the dynamic oracle's zero-cost transitions (preferring SHIFT, then the lowest class) and
/// returns the tree it builds.
func oracleParse(heads: [Int], labels: [Int], labelCount: Int, rootLabel: Int) -> (heads: [Int], labels: [Int]) {
    let oracle = DynamicOracle(heads: heads, labels: labels)
    var state = ArcHybridConfiguration(wordCount: heads.count - 1)
    while !state.isTerminal {
        let transition = (0..<Transition.classCount(labels: labelCount)).lazy.map(Transition.init(classIndex:))
            .first { state.isLegal($0, rootLabel: rootLabel) && oracle.cost($0, in: state) == 0 }
        guard let transition else { break }
        state.apply(transition)
    }
    return (state.heads, state.labels)
}

// "She quickly read the old book": read is the root.
private let projectiveHeads = [-1, 3, 3, 0, 6, 6, 3]
private let projectiveLabels = [-1, 1, 2, 0, 3, 4, 5]  // 0 = root

@Test func oracleReachesProjectiveGoldTree() {
    let parse = oracleParse(heads: projectiveHeads, labels: projectiveLabels, labelCount: 6, rootLabel: 0)
    #expect(Array(parse.heads.dropFirst()) == Array(projectiveHeads.dropFirst()))
    #expect(Array(parse.labels.dropFirst()) == Array(projectiveLabels.dropFirst()))
}

@Test func dynamicOracleCostsOnHandMadeConfigurations() {
    let oracle = DynamicOracle(heads: projectiveHeads, labels: projectiveLabels)
    var state = ArcHybridConfiguration(wordCount: 6)
    // Stack [root], buffer [She ...]: only SHIFT is legal and it is free.
    #expect(oracle.cost(.shift, in: state) == 0)
    state.shift()  // stack [root, She]
    // Attaching "She" to the root would lose She ← read.
    #expect(!state.canRight())
    #expect(oracle.cost(.left(1), in: state) == 1)  // She ← quickly: loses She ← read
    #expect(oracle.cost(.shift, in: state) == 0)
    state.shift()  // stack [root, She, quickly], buffer [read, ...]
    #expect(oracle.cost(.left(2), in: state) == 0)  // quickly ← read, right label
    #expect(oracle.cost(.left(3), in: state) == 1)  // right arc, wrong label
    #expect(oracle.cost(.right(2), in: state) == 1)  // She → quickly loses quickly ← read
    // SHIFT pushes "read" over She and quickly, its two gold dependents: both lost; and
    // "read" can no longer reach the root (it would sit above quickly, not right on the root).
    #expect(oracle.cost(.shift, in: state) == 3)
    state.left(label: 2)
    #expect(oracle.cost(.left(1), in: state) == 0)  // She ← read
    state.left(label: 1)
    state.shift()
    state.shift()  // stack [root, read, the], buffer [old, book]
    #expect(oracle.cost(.right(3), in: state) == 1)  // read → the loses the ← book
    #expect(oracle.cost(.left(3), in: state) == 1)  // the ← old loses the ← book
    #expect(oracle.cost(.shift, in: state) == 0)
}

@Test func rightFromRootOnlyEndsTheParse() {
    var state = ArcHybridConfiguration(wordCount: 2)
    state.shift()
    #expect(!state.isLegal(.right(0), rootLabel: 0))
    state.shift()
    #expect(state.isLegal(.right(1), rootLabel: 0))
    #expect(!state.isLegal(.right(0), rootLabel: 0))  // root label only for the root arc
    state.right(label: 1)
    #expect(state.isLegal(.right(0), rootLabel: 0))
    #expect(!state.isLegal(.right(1), rootLabel: 0))
    state.right(label: 0)
    #expect(state.isTerminal)
    #expect(state.heads == [-1, 0, 1])
}

/// `forcedTransition` names a transition exactly when it is the only legal one (the parser skips
/// scoring there), checked on every configuration of many pseudo-random transition sequences.
@Test func forcedTransitionIsTheOnlyLegalOne() {
    let labelCount = 3, rootLabel = 0
    let classes = (0..<Transition.classCount(labels: labelCount)).map(Transition.init(classIndex:))
    var rng = SplitMix64(seed: 7)
    var forcedShifts = 0, forcedRoots = 0
    for wordCount in 1...9 {
        for _ in 0..<40 {
            var state = ArcHybridConfiguration(wordCount: wordCount)
            while !state.isTerminal {
                let legal = classes.filter { state.isLegal($0, rootLabel: rootLabel) }
                if let forced = state.forcedTransition(rootLabel: rootLabel) {
                    #expect(legal.map(\.classIndex) == [forced.classIndex])
                    if case .shift = forced { forcedShifts += 1 } else { forcedRoots += 1 }
                } else {
                    #expect(legal.count > 1)
                }
                state.apply(legal[Int(rng.next() % UInt64(legal.count))])
            }
        }
    }
    #expect(forcedShifts > 0 && forcedRoots == 9 * 40)  // one root arc ends every parse
}

// A non-projective tree: "A hearing is scheduled on the issue today": 2 (hearing) has the
// dependent 5 (on) across "is scheduled" (3, 4) which hearing does not dominate.
private let nonProjectiveHeads = [-1, 2, 4, 4, 0, 2, 7, 5, 4]
private let nonProjectiveLabels = ["", "det", "nsubj:pass", "aux:pass", "root", "nmod", "det", "nmod", "obl:tmod"]

@Test func projectivizeLiftsAndDeprojectivizeRestores() {
    #expect(PseudoProjectivity.shortestNonProjectiveArc(nonProjectiveHeads) == 5)
    let projective = PseudoProjectivity.projectivize(heads: nonProjectiveHeads, labels: nonProjectiveLabels)
    #expect(PseudoProjectivity.shortestNonProjectiveArc(projective.heads) == nil)
    #expect(projective.heads[5] == 4)
    #expect(projective.labels[5] == "nmod|nsubj:pass")
    let restored = PseudoProjectivity.deprojectivize(heads: projective.heads, labels: projective.labels)
    #expect(restored.heads == nonProjectiveHeads)
    #expect(restored.labels == nonProjectiveLabels)
}

@Test func projectiveTreesAreUnchanged() {
    let labels = ["", "nsubj", "advmod", "root", "det", "amod", "obj"]
    let result = PseudoProjectivity.projectivize(heads: projectiveHeads, labels: labels)
    #expect(result.heads == projectiveHeads)
    #expect(result.labels == labels)
    #expect(PseudoProjectivity.deprojectivize(heads: projectiveHeads, labels: labels).heads == projectiveHeads)
}

@Test func oracleReachesLiftedNonProjectiveTree() {
    let projective = PseudoProjectivity.projectivize(heads: nonProjectiveHeads, labels: nonProjectiveLabels)
    let inventory = Array(Set(projective.labels.dropFirst())).sorted()
    let index = Dictionary(uniqueKeysWithValues: inventory.enumerated().map { ($1, $0) })
    let labelIndices = [-1] + projective.labels.dropFirst().map { index[$0]! }
    let parse = oracleParse(heads: projective.heads, labels: labelIndices, labelCount: inventory.count,
                            rootLabel: index["root"]!)
    let names = [""] + parse.labels.dropFirst().map { inventory[$0] }
    let restored = PseudoProjectivity.deprojectivize(heads: parse.heads, labels: names)
    #expect(restored.heads == nonProjectiveHeads)
    #expect(restored.labels == nonProjectiveLabels)
}

/// Every EWT dev tree (a 1,000-sentence sample) is reached exactly by the oracle after lifting,
/// and lifting then lowering gives the gold tree back for (almost) all non-projective ones.
@Test(.enabled(if: ParserTestData.available, "needs ../shared/data/ud"))
func oracleReachesEveryTreebankTree() throws {
    let sentences = Array(try Treebank.load(Treebank.ewtDev, in: ParserTestData.udDirectory).prefix(1000))
    var nonProjective = 0, restored = 0
    for sentence in sentences {
        let heads = [-1] + sentence.heads, names = [""] + sentence.deprels
        let projective = PseudoProjectivity.projectivize(heads: heads, labels: names)
        let inventory = Array(Set(projective.labels.dropFirst())).sorted()
        let index = Dictionary(uniqueKeysWithValues: inventory.enumerated().map { ($1, $0) })
        let labels = [-1] + projective.labels.dropFirst().map { index[$0]! }
        let parse = oracleParse(heads: projective.heads, labels: labels, labelCount: inventory.count,
                                rootLabel: index["root"] ?? -1)
        #expect(parse.heads == projective.heads, "\(sentence.forms.joined(separator: " "))")
        #expect(parse.labels == labels)
        if projective.heads != heads {
            nonProjective += 1
            let back = PseudoProjectivity.deprojectivize(heads: projective.heads, labels: projective.labels)
            if back.heads == heads && back.labels == names { restored += 1 }
        }
    }
    #expect(nonProjective > 0)
    #expect(Double(restored) >= 0.9 * Double(nonProjective), "\(restored) of \(nonProjective) restored")
}
