/// Arc-hybrid transitions as perceptron classes: 0 = SHIFT, 1 + 2l = LEFT(l), 2 + 2l = RIGHT(l).
public enum Transition: Hashable, Sendable {
    case shift
    case left(Int)
    case right(Int)

    public init(classIndex: Int) {
        if classIndex == 0 {
            self = .shift
        } else if classIndex % 2 == 1 {
            self = .left((classIndex - 1) / 2)
        } else {
            self = .right((classIndex - 2) / 2)
        }
    }

    public var classIndex: Int {
        switch self {
        case .shift: 0
        case .left(let label): 1 + 2 * label
        case .right(let label): 2 + 2 * label
        }
    }

    public static func classCount(labels: Int) -> Int { 1 + 2 * labels }

    /// Class names for the model file ("SHIFT", "L-nsubj", "R-obj", ...).
    public static func classNames(labels: [String]) -> [String] {
        ["SHIFT"] + labels.flatMap { ["L-" + $0, "R-" + $0] }
    }
}

extension ArcHybridConfiguration {
    /// Whether `transition` may be applied. Only the root label may attach a word to the root,
    /// and the root label may attach nothing else.
    public func isLegal(_ transition: Transition, rootLabel: Int) -> Bool {
        switch transition {
        case .shift: return canShift()
        case .left(let label): return canLeft() && label != rootLabel
        case .right(let label): return canRight() && (label == rootLabel) == rightAttachesToRoot
        }
    }

    public mutating func apply(_ transition: Transition) {
        switch transition {
        case .shift: shift()
        case .left(let label): left(label: label)
        case .right(let label): right(label: label)
        }
    }
}
