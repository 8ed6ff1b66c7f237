import Testing
@testable import Resolution

/// The byte-level paths taken for ASCII text give what the Character-level ones give.
@Suite struct ASCIIFastPathTests {
    static let text = """
        Police arrested Naqvi's aide on Monday. The police said the well-known aide, a PTI-linked \
        organizer, was held; police-run cells are full. Khan (PTI) spoke. x-ray re-run -dash end
        """

    @Test func lowercaseWordScanMatchesTheWordSet() throws {
        let ascii = DocumentText(Self.text)
        // The same words in a text with one non-ASCII character take the set path.
        let other = DocumentText(Self.text + " café")
        let words = other.lowercaseWords()
        #expect(ascii.lowercaseWords().isSubset(of: words))
        let probes = ["police", "Police", "aide", "well-known", "well", "known", "organizer", "pti", "run", "police-run",
                      "x-ray", "re-run", "dash", "-dash", "end", "nd", "said", "the", "naqvi", "s", "", "café", "held;"]
        for probe in probes {
            let scanned = try #require(ascii.writesLowercaseWord(probe) as Bool?)
            #expect(scanned == ascii.lowercaseWords().contains(Substring(probe)), "\(probe)")
            if probe != "café" { #expect(scanned == words.contains(Substring(probe)), "\(probe)") }
        }
        #expect(other.writesLowercaseWord("police") == nil)
    }

    @Test(arguments: ["PTI", "U.N.", "PML-N", "Pti", "P", "ABCDEFGHI", "ABCDEFGH", "A1", "HR CP", "..", "É.U.", "ÉU"])
    func acronymTest(word: String) {
        let letters = word.filter { $0.isLetter }
        let reference = letters.count >= 2 && letters.count <= 8 && letters.allSatisfy { $0.isUppercase }
            && word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
        #expect(MentionName.isAcronym(word) == reference)
    }

    @Test(arguments: [
        ("Pakistan Tehreek-e-Insaf", ["PTI"]), ("Human Rights Commission of Pakistan", ["HRCP", "HRCOP"]),
        ("Pakistan Muslim League-Nawaz", ["PMLN"]), ("-abc --Def  ghi", ["D", "ADG"]), ("Électricité de France", ["ÉF", "ÉDF"]),
    ])
    func initials(name: String, expected: [String]) {
        #expect(MentionName.initials(name) == expected)
    }

    @Test func nameVariantsAsWords() {
        #expect(DocumentCoreference.containsWords(["imran", "khan", "niazi"], ["imran", "khan"]))
        #expect(DocumentCoreference.containsWords(["imran", "khan", "niazi"], ["khan", "niazi"]))
        #expect(!DocumentCoreference.containsWords(["imran", "khan", "niazi"], ["imran", "niazi"]))
        #expect(!DocumentCoreference.containsWords(["imran", "khan"], ["imran", "khan", "niazi"]))
        #expect(DocumentCoreference.dropsMiddleNames(["joshua", "abraham", "norton"], ["joshua", "norton"]))
        #expect(DocumentCoreference.dropsMiddleNames("joshua abraham norton", "joshua norton"))
        #expect(!DocumentCoreference.dropsMiddleNames(["joshua", "norton"], ["joshua", "norton"]))
    }

    @Test(arguments: ["interior minister", "the former", "chief of army staff", "minister ", " ", "", "prime minister of",
                      "ministre délégué", "premier ministre"])
    func isRoleAgreesWithSplitting(role: String) {
        let reference: Bool = {
            guard let last = role.split(separator: " ").last else { return false }
            return NameForms.titleWords.contains(String(last)) && !["of", "the", "for", "former", "jailed"].contains(String(last))
                || role.hasSuffix("chief of army staff")
        }()
        #expect(NameForms.isRole(role) == reference)
    }
}
