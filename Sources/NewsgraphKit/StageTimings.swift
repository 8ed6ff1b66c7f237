import Foundation

/// CPU and wall time spent in each step of a run, for `newsgraph export --timings`.
///
/// Steps that run on one thread while nothing else runs (ingest, resolution, writing) are charged
/// the process CPU time they take. Annotation and extraction run per document on every core, so
/// each worker charges the CPU time of its own thread (`CLOCK_THREAD_CPUTIME_ID`) to the NLP
/// or the extraction step, and the sums are those steps' CPU time. Thread-safe.
public final class StageTimings: @unchecked Sendable {
    public struct Entry: Sendable, Equatable {
        public var stage: String
        public var cpuNanoseconds: UInt64
        public var wallNanoseconds: UInt64
        /// A part of the step before it (NLP and extraction within the parallel step), shown indented.
        public var isPart: Bool
    }

    private var entries: [Entry] = []
    private let lock = NSLock()
    private let started = CPUClock.wall()
    private let startedCPU = CPUClock.process()

    public init() {}

    /// Adds time to `stage` (created at the end of the table on first use).
    public func add(_ stage: String, cpu: UInt64, wall: UInt64 = 0, isPart: Bool = false) {
        lock.withLock {
            if let i = entries.firstIndex(where: { $0.stage == stage }) {
                entries[i].cpuNanoseconds += cpu
                entries[i].wallNanoseconds += wall
            } else {
                entries.append(Entry(stage: stage, cpuNanoseconds: cpu, wallNanoseconds: wall, isPart: isPart))
            }
        }
    }

    /// Runs a step that has the process to itself, charging it the process CPU time and wall time it takes.
    public func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let cpu = CPUClock.process(), wall = CPUClock.wall()
        defer { add(stage, cpu: CPUClock.process() - cpu, wall: CPUClock.wall() - wall) }
        return try body()
    }

    /// Runs part of a parallel step on the calling thread, charging it that thread's CPU time.
    public func measureThread<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let cpu = CPUClock.thread()
        defer { add(stage, cpu: CPUClock.thread() - cpu, isPart: true) }
        return try body()
    }

    public var stages: [Entry] { lock.withLock { entries } }

    /// CPU seconds charged to a stage (0 when it never ran).
    public func seconds(_ stage: String) -> Double {
        Double(stages.first { $0.stage == stage }?.cpuNanoseconds ?? 0) / 1e9
    }

    /// The table: each step's CPU seconds, its share of the run's CPU time, and its wall seconds
    /// (parts of the parallel step have no wall time of their own); then the whole run, whose CPU
    /// time includes what no step claims (argument parsing, start-up).
    public func table() -> String {
        let rows = stages
        let totalCPU = Double(CPUClock.process() - startedCPU) / 1e9
        let totalWall = Double(CPUClock.wall() - started) / 1e9
        func fixed(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
        var lines = ["stage                    CPU s   share   wall s"]
        for r in rows {
            let cpu = Double(r.cpuNanoseconds) / 1e9
            let share = totalCPU > 0 ? 100 * cpu / totalCPU : 0
            let wall = r.wallNanoseconds > 0 ? fixed(Double(r.wallNanoseconds) / 1e9) : "-"
            lines.append(((r.isPart ? "  " : "") + r.stage).padding(toLength: 22, withPad: " ", startingAt: 0)
                + fixed(cpu).leftPadded(8) + (fixed(share, 1) + "%").leftPadded(8) + wall.leftPadded(9))
        }
        lines.append("total".padding(toLength: 22, withPad: " ", startingAt: 0)
            + fixed(totalCPU).leftPadded(8) + "100.0%".leftPadded(8) + fixed(totalWall).leftPadded(9))
        let nlp = seconds(Stage.nlp)
        if nlp > 0 {
            let overhead = 100 * (seconds(Stage.extraction) + seconds(Stage.resolution)) / nlp
            lines.append("extraction + resolution = \(fixed(overhead, 1))% of NLP CPU time")
        }
        return lines.joined(separator: "\n")
    }

    /// The stage names the pipeline uses.
    public enum Stage {
        public static let ingest = "ingest"
        public static let models = "load models"
        public static let nlp = "NLP"
        public static let extraction = "extraction"
        public static let resolution = "resolution"
        /// NLP and extraction, per document on every core.
        public static let parallel = "annotate + extract"
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
