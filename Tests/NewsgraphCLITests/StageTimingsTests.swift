import Dispatch
import NewsgraphKit
import Testing

struct StageTimingsTests {
    @Test func tableListsStagesInOrderWithPartsIndentedAndTheOverhead() {
        let timings = StageTimings()
        timings.add(StageTimings.Stage.parallel, cpu: 2_600_000_000, wall: 1_400_000_000)
        timings.add(StageTimings.Stage.nlp, cpu: 2_000_000_000, isPart: true)
        timings.add(StageTimings.Stage.extraction, cpu: 400_000_000, isPart: true)
        timings.add(StageTimings.Stage.resolution, cpu: 200_000_000, wall: 200_000_000)
        timings.add(StageTimings.Stage.extraction, cpu: 100_000_000, isPart: true)
        let lines = timings.table().split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("stage"))
        #expect(lines[1].hasPrefix("annotate + extract") && lines[1].contains("2.60") && lines[1].hasSuffix("1.40"))
        #expect(lines[2].hasPrefix("  NLP") && lines[2].contains("2.00") && lines[2].hasSuffix("-"))
        #expect(lines[3].hasPrefix("  extraction") && lines[3].contains("0.50"))
        #expect(lines[4].hasPrefix("resolution") && lines[4].contains("0.20"))
        #expect(lines[5].hasPrefix("total"))
        #expect(lines[6] == "extraction + resolution = 35.0% of NLP CPU time")
        #expect(timings.seconds(StageTimings.Stage.extraction) == 0.5)
        #expect(timings.seconds("never ran") == 0)
    }

    @Test func threadTimeIsSummedOverWorkers() {
        let timings = StageTimings()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            timings.measureThread("work") {
                var x: UInt64 = 1
                for i in 0..<2_000_000 { x = x &* 6364136223846793005 &+ UInt64(i) }
                precondition(x != 0 || true)
            }
        }
        let work = timings.stages.first { $0.stage == "work" }
        #expect(work?.isPart == true)
        #expect((work?.cpuNanoseconds ?? 0) > 0)
        #expect(timings.measure("whole") { 42 } == 42)
        #expect(timings.stages.map(\.stage) == ["work", "whole"])
    }
}
