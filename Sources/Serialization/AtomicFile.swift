import Foundation
import NewsgraphModel

/// Writes a file so that readers see either the old version or the complete new one:
/// the body writes a temporary file in the same directory, which is renamed over the
/// destination only when the body returns without throwing. An error or interrupt never
/// leaves a half-written export or destroys the previous one.
public enum AtomicFile {
    public static func write(to destination: URL, _ body: (URL) throws -> Void) throws {
        let directory = destination.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw NewsgraphError(.outputFailed, file: directory.path, "cannot create directory: \(error.localizedDescription)")
        }
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).tmp-\(getpid())")
        do {
            try body(temporary)
            if rename(temporary.path, destination.path) != 0 {
                let reason = String(cString: strerror(errno))
                throw NewsgraphError(.outputFailed, file: destination.path, "cannot rename temporary file: \(reason)")
            }
        } catch {
            unlink(temporary.path)
            if error is NewsgraphError { throw error }
            throw NewsgraphError(.outputFailed, file: destination.path, "\(error)")
        }
    }
}
