import Foundation
import ZhExtract
@testable import ZhArchive

/// A processor for runner and archive tests: metadata from the real reader, one number row per
/// ASCII digit run, and the distinct Han bigrams as terms — deterministic and independent of the lexicon.
struct DigitsProcessor: DocumentProcessor {
    func process(_ document: SourceDocument) -> DocumentResult {
        let s = document.scalars
        let context = DocumentContext(text: s)
        var result = DocumentResult(metadata: DocumentMetadata(title: context.title, jurisdiction: context.jurisdiction,
                                                               year: context.reportYear, chars: s.count))
        var i = 0
        while i < s.count {
            guard s[i].properties.numericType != nil, s[i].isASCII else { i += 1; continue }
            var j = i
            while j < s.count, s[j].isASCII, s[j].properties.numericType != nil { j += 1 }
            let text = String(String.UnicodeScalarView(s[i..<j]))
            result.numbers.append(NumberRow(text: text, value: Decimal(string: text).map { .number($0) }, unit: nil,
                                            qualifier: "exact", kind: "amount", start: i, end: j))
            i = j
        }
        var terms = Set<String>()
        for k in 0..<max(0, s.count - 1) where s[k].value >= 0x4E00 && s[k + 1].value >= 0x4E00 && s[k].value <= 0x9FFF && s[k + 1].value <= 0x9FFF {
            terms.insert(String(String.UnicodeScalarView(s[k...k + 1])))
        }
        result.terms = terms.sorted()
        return result
    }
}
