import Foundation

extension Panel {
    /// A figure's place in the panel: the indicator (its position in ``PanelIndicators/indicators``)
    /// and the one year the figure is about.
    struct Placement: Sendable, Hashable {
        var indicator: Int
        var year: Int
    }

    /// Places figures in the panel, resolving each distinct wording (indicator name, change word,
    /// unit) once.
    ///
    /// A figure has a place when its year is a single year, its indicator's synonym group has an id
    /// for its measure, and no figure rule (``PanelRules/figureRules``) keeps it out. Across an
    /// archive the same few hundred wordings recur in every report, and resolving one
    /// (``PanelIndicators/indicator(of:)``: scope words stripped, NFKC, synonym lookup, change class,
    /// unit folding) costs far more than a dictionary lookup.
    ///
    /// ```swift
    /// var placer = Panel.Placer(indicators: table)
    /// placer.place(record)   // 国内生产总值增长5%左右, year "2024" → Placement(indicator: 0 /* gdp_growth */, year: 2024)
    /// ```
    struct Placer {
        let indicators: PanelIndicators

        init(indicators: PanelIndicators) { self.indicators = indicators }

        mutating func place(_ record: TargetRecord) -> Placement? {
            guard let year = PanelRules.singleYear(record.year) else { return nil }
            let wording = Wording(indicator: record.indicator, change: record.change, unit: record.unit)
            let position: Int?
            if let known = resolved[wording] {
                position = known
            } else {
                position = indicators.position(of: record)
                resolved[wording] = .some(position)
            }
            guard let position, PanelRules.exclusion(of: record) == nil else { return nil }
            return Placement(indicator: position, year: year)
        }

        // MARK: - Machinery

        /// What ``PanelIndicators/indicator(of:)`` reads of a record, compared and hashed as UTF-8
        /// bytes (String's own hashing normalises every non-ASCII string first).
        private struct Wording: Hashable {
            var indicator: String
            var change: String?
            var unit: String?

            static func == (a: Wording, b: Wording) -> Bool {
                same(a.indicator, b.indicator) && same(a.change, b.change) && same(a.unit, b.unit)
            }

            func hash(into hasher: inout Hasher) {
                Self.combine(indicator, into: &hasher)
                Self.combine(change, into: &hasher)
                Self.combine(unit, into: &hasher)
            }

            private static func combine(_ part: String?, into hasher: inout Hasher) {
                guard var text = part else { return hasher.combine(-1) }
                hasher.combine(text.utf8.count)
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }

            private static func same(_ a: String?, _ b: String?) -> Bool {
                guard var a, var b else { return a == nil && b == nil }
                return a.withUTF8 { x in b.withUTF8 { y in x.elementsEqual(y) } }
            }
        }

        private var resolved: [Wording: Int?] = [:]
    }
}
