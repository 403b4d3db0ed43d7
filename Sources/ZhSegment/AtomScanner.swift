/// What an atom is: the unit the segmenter starts from before any lexicon lookup.
///
/// Only `.han` atoms are segmented further with the lexicon; every other kind is
/// already a token. See ``AtomScanner`` for the token standard.
///
/// ```swift
/// AtomKind.percent   // "8.5%", "百分之五点五"
/// ```
public enum AtomKind: UInt8, Sendable, CaseIterable {
    /// A run of Han characters left for the lexicon (`推动经济发展`, `一带一路`).
    case han
    /// An Arabic number, signed, with separators, decimals, a fraction or a ratio and
    /// an attached magnitude (`1,234.5`, `-5`, `3/4`, `6万`, `1.3万亿`).
    case number
    /// A percentage or permille in either script (`8.5%`, `3‰`, `百分之五点五`).
    case percent
    /// A Chinese numeral with numeric structure (`三千五百万`, `一百零五`, `十三点二九亿`, `一〇三`).
    case chineseNumber
    /// `第` and a number (`第242`, `第十七`).
    case ordinal
    /// A year, month or day with its suffix (`2021年`, `二〇三五年`, `12月`, `6月份`, `三十一日`, `2021-01-07`).
    case date
    /// An hour (`8时`), the minutes right after it (`30分`), or a clock time (`8:30`).
    case time
    /// A Latin word: letters and digits with inner `-` `.` `_` `'` `&` (`GDP`, `5G`, `PM2.5`, `COVID-19`).
    case latin
    /// A URL (`https://www.gov.cn/zhengce`, `www.gov.cn`, `people.com.cn`).
    case url
    /// An e-mail address (`caibian3@peopledaily.com.cn`).
    case email
    /// One punctuation or symbol scalar, or a run of a repeatable one (`，`, `……`, `——`, `**`).
    case punctuation
    /// A run of white space (including U+3000 and line breaks).
    case whitespace
    /// Anything else: one symbol or emoji, or a run of letters of another script.
    case other
}

/// A half-open range of scalar offsets `start..<end` into the scanned text, and its kind.
///
/// ```swift
/// let atom = Atom(start: 4, end: 8, kind: .percent)   // "8.5%" in "增长目标8.5%"
/// atom.count   // 4
/// ```
public struct Atom: Sendable, Equatable, Hashable {
    public var start: Int32
    public var end: Int32
    public var kind: AtomKind

    public init(start: Int32, end: Int32, kind: AtomKind) {
        self.start = start
        self.end = end
        self.kind = kind
    }

    /// Length in scalars.
    @inline(__always) public var count: Int { Int(end - start) }
    /// The range as `Int`s, for slicing.
    @inline(__always) public var range: Range<Int> { Int(start)..<Int(end) }
}

/// Cuts normalised text into atoms in one linear pass: numbers, dates, Latin words,
/// URLs, punctuation, white space, and the Han runs that the lexicon segments.
///
/// The atoms tile the input exactly, in order. Token standard (the PKU standard of
/// the SIGHAN 2005 bakeoff, checked against its gold segmentation):
/// - a number is one token with its magnitude and percent sign (`6万`, `1.3万亿`,
///   `8.5%`, `3/4`, `-5`) and is never broken apart; its measure word or unit is a
///   separate token, left to the lexicon (`4400|个`, `6万|人`, `0.5|个|百分点`,
///   `1.3万亿|斤`; `千米`, `千克`, `千瓦`… stay units: `5|千米`);
/// - a date is one token per component (`2021年|1月|7日`, `二〇三五年`, `十二月|三十一日`);
///   only a four-digit year takes `年` (`3|年` is a duration, `2021|年度` a fiscal year);
///   `8时|30分` likewise; `第` joins the number after it (`第十七`, `第242`);
/// - a `-`/`+` is a sign only where it cannot join two operands (`-5℃`, but `3月|-|5月`);
/// - a Chinese numeral is an atom only with numeric structure: at least two numeral
///   characters forming a well-formed number (`二十`, `三千五百万`, `两万三千`), a
///   digit-by-digit year, or `百分之…`. Single numerals inside words (`一般`, `统一`,
///   `万一`), ill-formed runs (`十四五`, `三四`, `一一`) and party congresses (`十九大`)
///   stay Han for the lexicon.
///
/// Works on full-width digits, letters and `％．／＠` as well as on NFKC output.
/// Inputs longer than `Int32.max` scalars are scanned up to that length.
///
/// ```swift
/// let text = Array("2021年GDP增长8.5%，新增4400个".unicodeScalars)
/// var atoms: [Atom] = []
/// text.withUnsafeBufferPointer { AtomScanner().scan($0, into: &atoms) }
/// // 2021年 date | GDP latin | 增长 han | 8.5% percent | ， punctuation | 新增 han | 4400 number | 个 han
/// ```
public struct AtomScanner: Sendable {
    public init() {}

    /// Appends the atoms of `text` to `atoms` (the caller reuses the array between calls).
    public func scan(_ text: UnsafeBufferPointer<Unicode.Scalar>, into atoms: inout [Atom]) {
        let count = min(text.count, Int(Int32.max))
        guard count > 0, let base = text.baseAddress else { return }
        ScalarClasses.shared.table.withUnsafeBufferPointer { table in
            guard let classes = table.baseAddress else { return }
            var state = AtomScan(text: base, count: count, classes: classes)
            swap(&state.atoms, &atoms)
            state.run()
            swap(&state.atoms, &atoms)
        }
    }

    /// Convenience: the atoms of `text` in a new array.
    public func atoms(of text: [Unicode.Scalar]) -> [Atom] {
        var atoms: [Atom] = []
        atoms.reserveCapacity(text.count / 2 + 1)
        text.withUnsafeBufferPointer { scan($0, into: &atoms) }
        return atoms
    }
}

// MARK: - Machinery

/// The mutable state of one scan; the per-kind scanners live in extensions.
struct AtomScan {
    let text: UnsafePointer<Unicode.Scalar>
    let n: Int
    let classes: UnsafePointer<UInt8>
    var atoms: [Atom] = []

    /// End of the hour atom emitted last (so that `30分` right after `8时` is a time).
    var hourEnd = -1
    /// Cache for e-mail detection: end of the maximal run of local-part scalars containing the cursor.
    var localRunEnd = -1
    /// An `@` whose domain was already rejected.
    var rejectedAt = -1

    init(text: UnsafePointer<Unicode.Scalar>, count: Int, classes: UnsafePointer<UInt8>) {
        self.text = text
        self.n = count
        self.classes = classes
    }

    @inline(__always) func cls(_ i: Int) -> ScalarClass {
        let v = text[i].value
        if v < 0x10000 { return ScalarClass(rawValue: classes[Int(v)]) ?? ScalarClasses.classOfRare(v) }
        return ScalarClasses.classOfAstral(v)
    }

    @inline(__always) func value(_ i: Int) -> UInt32 { text[i].value }

    @inline(__always) mutating func emit(_ start: Int, _ end: Int, _ kind: AtomKind) {
        atoms.append(Atom(start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: end), kind: kind))
    }

    mutating func run() {
        var i = 0
        while i < n {
            switch cls(i) {
            case .digit:
                i = scanDigitStart(i)
            case .latin:
                i = scanLetterStart(i)
            case .han, .cnDigit, .cnUnit, .cnBig:
                i = scanHanRun(i)
            case .space:
                i = scanRun(i, .space, as: .whitespace)
            case .punct:
                i = scanPunctuation(i)
            case .otherLetter:
                i = scanRun(i, .otherLetter, as: .other)
            case .other:
                emit(i, i + 1, .other)
                i += 1
            }
        }
    }

    /// The run of scalars of class `c` starting at `i`, emitted as one atom of `kind`; returns its end.
    @inline(__always) mutating func scanRun(_ i: Int, _ c: ScalarClass, as kind: AtomKind) -> Int {
        var j = i + 1
        while j < n, cls(j) == c { j += 1 }
        emit(i, j, kind)
        return j
    }

    /// Punctuation: a sign glued to the number after it, a run of a repeatable mark, or one scalar.
    mutating func scanPunctuation(_ i: Int) -> Int {
        let v = value(i)
        if ScalarClasses.isSign(v), i + 1 < n, cls(i + 1) == .digit, signMayStartNumber(before: i) {
            return scanNumber(from: i, digitsAt: i + 1)
        }
        if ScalarClasses.isRepeatable(v) {
            var j = i + 1
            while j < n, value(j) == v { j += 1 }
            emit(i, j, .punctuation)
            return j
        }
        emit(i, i + 1, .punctuation)
        return i + 1
    }

    /// A `-`/`+` is a sign unless it joins two operands (`2020-2025`, `3月-5月`, `A-1`, `(1)-(3)`).
    func signMayStartNumber(before i: Int) -> Bool {
        guard i > 0 else { return true }
        if let last = atoms.last, Int(last.end) == i {
            switch last.kind {
            case .number, .percent, .chineseNumber, .date, .time, .ordinal: return false
            default: break
            }
        }
        switch cls(i - 1) {
        case .digit, .latin, .cnDigit, .cnUnit, .cnBig: return false
        case .punct:
            switch value(i - 1) {
            case 0x29, 0x5D, 0x7D, 0x25, 0xFF09, 0xFF3D, 0xFF05: return false  // ) ] } % ） ］ ％
            default: return true
            }
        default: return true
        }
    }

    /// A run of Han scalars, cut where a Chinese numeral, percentage, date or ordinal starts.
    mutating func scanHanRun(_ i: Int) -> Int {
        var runStart = i
        var j = i
        while j < n {
            let c = cls(j)
            switch c {
            case .han:
                if value(j) == 0x7B2C, j + 1 < n {  // 第
                    if let end = ordinalEnd(at: j) {
                        if runStart < j { emit(runStart, j, .han) }
                        emit(j, end, .ordinal)
                        runStart = end
                        j = end
                        continue
                    }
                }
                j += 1
            case .cnDigit, .cnUnit, .cnBig:
                let result = chineseNumeral(at: j)
                if let kind = result.kind {
                    if runStart < j { emit(runStart, j, .han) }
                    emit(j, result.end, kind)
                    runStart = result.end
                }
                j = max(result.end, j + 1)
            default:
                if runStart < j { emit(runStart, j, .han) }
                return j
            }
        }
        if runStart < j { emit(runStart, j, .han) }
        return j
    }
}
