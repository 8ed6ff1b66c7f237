#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time in nanoseconds, per thread or for the whole process.
///
/// Documents are annotated on every core at once, so wall time cannot say what a stage costs;
/// the CPU time of the thread that ran it can, summed over the threads that ran it.
public enum CPUClock {
    /// CPU time consumed so far by the calling thread.
    public static func thread() -> UInt64 { read(CLOCK_THREAD_CPUTIME_ID) }

    /// CPU time consumed so far by all threads of the process.
    public static func process() -> UInt64 { read(CLOCK_PROCESS_CPUTIME_ID) }

    /// Monotonic wall-clock time.
    public static func wall() -> UInt64 { read(CLOCK_MONOTONIC) }

    private static func read(_ clock: clockid_t) -> UInt64 {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }
}
