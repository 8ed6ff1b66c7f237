/// A parser state of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011)
/// with the artificial root at the bottom of the stack.
///
/// Words are numbered 1...n, 0 is the root. Transitions:
/// - SHIFT: move the first buffer word b0 onto the stack;
/// - LEFT(l): attach s0 to b0 with label l, pop s0;
/// - RIGHT(l): attach s0 to s1 with label l, pop s0.
/// RIGHT from the root is only allowed as the very last transition, so every parse has exactly one
/// word attached to the root (UD's single-root constraint) without post-editing.
public struct ArcHybridConfiguration: Sendable {
    public let count: Int
    public private(set) var stack: [Int] = [0]
    /// First word of the buffer; the buffer is `bufferFront...count`.
    public private(set) var bufferFront = 1
    /// Head of each word (index 0 unused), -1 while unattached.
    public private(set) var heads: [Int]
    /// Label index of each word's arc, -1 while unattached.
    public private(set) var labels: [Int]
    // Feature bookkeeping: the two leftmost and two rightmost children, valencies, label sets.
    public private(set) var leftmost: [Int]
    public private(set) var secondLeftmost: [Int]
    public private(set) var rightmost: [Int]
    public private(set) var secondRightmost: [Int]
    public private(set) var leftValency: [Int]
    public private(set) var rightValency: [Int]
    public private(set) var leftLabelSet: [UInt64]
    public private(set) var rightLabelSet: [UInt64]

    public init(wordCount: Int) {
        count = wordCount
        heads = [Int](repeating: -1, count: wordCount + 1)
        labels = heads
        leftmost = heads
        secondLeftmost = heads
        rightmost = heads
        secondRightmost = heads
        leftValency = [Int](repeating: 0, count: wordCount + 1)
        rightValency = leftValency
        leftLabelSet = [UInt64](repeating: 0, count: wordCount + 1)
        rightLabelSet = leftLabelSet
        stack.reserveCapacity(wordCount + 1)
    }

    public var isTerminal: Bool { bufferFront > count && stack.count == 1 }
    public var bufferIsEmpty: Bool { bufferFront > count }

    /// Stack item `i` from the top (0 = s0), or nil.
    @inline(__always)
    public func stackItem(_ i: Int) -> Int? {
        i < stack.count ? stack[stack.count - 1 - i] : nil
    }

    /// Buffer item `i` (0 = b0), or nil.
    @inline(__always)
    public func bufferItem(_ i: Int) -> Int? {
        bufferFront + i <= count ? bufferFront + i : nil
    }

    public func canShift() -> Bool { bufferFront <= count }
    public func canLeft() -> Bool { stack.count >= 2 && bufferFront <= count }
    /// RIGHT is allowed between two words any time; from the root only when it ends the parse.
    public func canRight() -> Bool {
        stack.count >= 3 || (stack.count == 2 && bufferFront > count)
    }
    /// Whether the pending RIGHT would attach s0 to the root.
    public var rightAttachesToRoot: Bool { stack.count == 2 }

    /// The one legal transition, when there is only one: SHIFT while only the root is on the
    /// stack, and the RIGHT that attaches the last word to the root once the buffer is empty.
    @inline(__always)
    public func forcedTransition(rootLabel: Int) -> Transition? {
        if stack.count == 1 { return bufferFront <= count ? .shift : nil }
        if stack.count == 2, bufferFront > count { return .right(rootLabel) }
        return nil
    }

    public mutating func shift() {
        precondition(canShift())
        stack.append(bufferFront)
        bufferFront += 1
    }

    public mutating func left(label: Int) {
        precondition(canLeft())
        let dependent = stack.removeLast()
        attach(dependent, to: bufferFront, label: label)
    }

    public mutating func right(label: Int) {
        precondition(canRight())
        let dependent = stack.removeLast()
        attach(dependent, to: stack[stack.count - 1], label: label)
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        if dependent < head {
            // Left children arrive right to left, so the newest is the leftmost.
            secondLeftmost[head] = leftmost[head]
            leftmost[head] = dependent
            leftValency[head] += 1
            leftLabelSet[head] |= bit
        } else {
            // Right children arrive left to right, so the newest is the rightmost.
            secondRightmost[head] = rightmost[head]
            rightmost[head] = dependent
            rightValency[head] += 1
            rightLabelSet[head] |= bit
        }
    }
}
