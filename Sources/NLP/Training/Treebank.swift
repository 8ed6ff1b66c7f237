import Foundation
import NewsgraphModel

/// The UD treebanks the shipped models are trained and measured on (../shared/data/ud).
public enum Treebank {
    /// Training data: EWT train + GUM train.
    public static let trainingFiles = ["en_ewt-ud-train.conllu", "en_gum-ud-train.conllu"]
    public static let ewtDev = "en_ewt-ud-dev.conllu"
    public static let gumDev = "en_gum-ud-dev.conllu"

    /// Reads one treebank file of `directory` as trainer sentences.
    public static func load(_ file: String, in directory: String) throws -> [TreebankSentence] {
        let path = (directory as NSString).appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: path) else {
            throw NewsgraphError(.trainingData, file: path,
                                 "treebank not found; pass --data with the directory holding the UD files")
        }
        let sentences = try CoNLLUReader.read(file: path).map(TreebankSentence.init)
        guard !sentences.isEmpty else { throw NewsgraphError(.trainingData, file: path, "no sentences") }
        return sentences
    }

    public static func loadTraining(in directory: String) throws -> [TreebankSentence] {
        try trainingFiles.flatMap { try load($0, in: directory) }
    }
}
