import Foundation
import NewsgraphModel

/// What ingestion produced: the readable documents and, separately, every input that
/// failed with the reason. One bad article never hides the others.
public struct IngestResult: Sendable {
    public var documents: [SourceDocument]
    public var failures: [NewsgraphError]

    public init(documents: [SourceDocument] = [], failures: [NewsgraphError] = []) {
        self.documents = documents
        self.failures = failures
    }
}

public struct IngestOptions: Sendable {
    /// Publication date for inputs that carry none (`--date`); a date inside the input wins for
    /// HTML and JSON Lines, the option wins over a plain-text date line (it is explicit).
    public var date: CalendarDate?
    /// Forces one input syntax instead of choosing by extension (or sniffing stdin).
    public var format: InputFormat?
    public var limits: InputLimits

    public init(date: CalendarDate? = nil, format: InputFormat? = nil, limits: InputLimits = .default) {
        self.date = date
        self.format = format
        self.limits = limits
    }
}

/// Paths (files, directories searched recursively, `-` for stdin) → documents.
public struct InputLoader: Sendable {
    public var options: IngestOptions

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
    }

    public func load(paths: [String], readStandardInput: () -> [UInt8] = { FileHandle.standardInput.readDataToEndOfFile().map { $0 } }) -> IngestResult {
        var result = IngestResult()
        var usedIDs: [String: String] = [:] // id → source that took it
        for path in paths {
            if path == "-" {
                let bytes = readStandardInput()
                add(read(bytes: bytes, source: "-", stem: "stdin", format: options.format ?? InputFormat.sniff(bytes)),
                    to: &result, usedIDs: &usedIDs)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.failures.append(NewsgraphError(.fileNotFound, file: path, "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let files = InputLoader.articleFiles(under: path, forced: options.format)
                if files.isEmpty {
                    result.failures.append(NewsgraphError(.emptyInput, file: path,
                        "no .txt, .html or .jsonl files in this directory"))
                }
                for file in files { add(readFile(file), to: &result, usedIDs: &usedIDs) }
            } else {
                add(readFile(path), to: &result, usedIDs: &usedIDs)
            }
        }
        return result
    }

    /// Article files below `directory`, recursively, sorted, hidden files skipped.
    static func articleFiles(under directory: String, forced: InputFormat?) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            let full = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if forced != nil || InputFormat(fileExtension: (name as NSString).pathExtension) != nil { files.append(full) }
        }
        return files.sorted()
    }

    func readFile(_ path: String) -> [Result<SourceDocument, NewsgraphError>] {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let ext = (path as NSString).pathExtension
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return [.failure(NewsgraphError(.unreadable, file: path, "cannot open for reading (permissions?)"))]
        }
        defer { try? handle.close() }
        let format = options.format ?? InputFormat(fileExtension: ext)
        // JSON Lines files hold many documents: the size limit applies per record.
        if format != .jsonl, let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int,
           size > options.limits.maxDocumentBytes {
            return [.failure(NewsgraphError(.inputTooLarge, file: path,
                "\(size) bytes; the limit for one article is \(options.limits.maxDocumentBytes) bytes"))]
        }
        let bytes: [UInt8]
        do {
            bytes = [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            return [.failure(NewsgraphError(.unreadable, file: path, "read failed: \(error.localizedDescription)"))]
        }
        return read(bytes: bytes, source: path, stem: stem, format: format ?? InputFormat.sniff(bytes))
    }

    func read(bytes: [UInt8], source: String, stem: String, format: InputFormat) -> [Result<SourceDocument, NewsgraphError>] {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return [.failure(NewsgraphError(.emptyInput, file: source, "empty input"))]
        }
        if format == .jsonl {
            return JSONLinesReader.read(bytes, source: source, limits: options.limits, date: options.date)
        }
        if bytes.count > options.limits.maxDocumentBytes {
            return [.failure(NewsgraphError(.inputTooLarge, file: source,
                "\(bytes.count) bytes; the limit for one article is \(options.limits.maxDocumentBytes) bytes"))]
        }
        do {
            switch format {
            case .text:
                let text = try TextDecoder.decode(bytes, file: source)
                return [.success(try PlainTextReader.read(text, id: stem, source: source, date: options.date))]
            case .html:
                if let nul = bytes.firstIndex(of: 0) {
                    throw NewsgraphError(.binaryInput, file: source, offset: nul, "binary content (NUL byte); not an HTML article")
                }
                return [.success(try HTMLReader.read(bytes, id: stem, source: source, date: options.date))]
            case .jsonl:
                return []
            }
        } catch let error as NewsgraphError {
            return [.failure(error)]
        } catch {
            return [.failure(NewsgraphError(.unreadable, file: source, "\(error)"))]
        }
    }

    /// Keeps document ids unique and deterministic: a repeated file stem gets a short hash of
    /// its path; a repeated JSON Lines id is an error (ids are the user's own keys).
    private func add(_ results: [Result<SourceDocument, NewsgraphError>], to result: inout IngestResult,
                     usedIDs: inout [String: String]) {
        for item in results {
            switch item {
            case .failure(let error):
                result.failures.append(error)
            case .success(var document):
                if let first = usedIDs[document.id] {
                    if document.source.contains(":") && !FileManager.default.fileExists(atPath: document.source) {
                        result.failures.append(NewsgraphError(.badJSONLine, file: document.source,
                            "duplicate id \"\(document.id)\" (first used by \(first))"))
                        continue
                    }
                    document.id += "-" + StableHash.short(document.source)
                }
                usedIDs[document.id] = document.source
                result.documents.append(document)
            }
        }
    }
}
