import ZhLexicon

/// The word lists the entity recogniser reads: a gazetteer of places and the lists of
/// surnames, titles and head words (all from ZhMine's own Dictionaries/).
///
/// ```swift
/// let lists = EntityDictionaries()                     // Dictionaries/ found at run time
/// let tiny = EntityDictionaries(regions: ["株洲"], surnames: ["阳"], titles: ["市长"])
/// ```
public struct EntityDictionaries: Sendable {
    /// Administrative divisions and regional names (`regions.txt`), with foreign countries,
    /// world regions and major foreign cities (`world-places.txt`, not part of the lexicon).
    public var regions: ScalarWordSet
    /// International organisations and multilateral groupings (`world-organizations.txt`).
    public var worldOrganizations: ScalarWordSet
    /// Single and compound surnames (`surnames.txt`).
    public var surnames: ScalarWordSet
    /// Titles and byline words (`titles.txt`).
    public var titles: ScalarWordSet
    /// Organisation head words (`org-heads.txt`).
    public var organizationHeads: ScalarWordSet
    /// Facility head words (`facility-heads.txt`).
    public var facilityHeads: ScalarWordSet
    /// Suffixes of townships, villages and communities (`place-suffixes.txt`).
    public var placeSuffixes: ScalarWordSet
    /// Words that mark a quoted phrase as a programme (`program-cues.txt`).
    public var programCues: ScalarWordSet
    /// Organs of party and state named without a place (`organs.txt`: 党中央, 省委, 市政府).
    public var organs: ScalarWordSet
    /// National media (`media.txt`: 新华社, 人民日报, 澎湃新闻).
    public var media: ScalarWordSet
    /// One-character abbreviations of provinces (`place-abbreviations.txt`: 京, 川, 渝).
    public var placeAbbreviations: ScalarWordSet
    /// One-character abbreviations of countries and continents (`country-abbreviations.txt`: 中, 美, 俄).
    public var countryAbbreviations: ScalarWordSet
    /// Characters of transcribed foreign names (`transliteration-chars.txt`: 斯, 尔, 克, 娃).
    public var transliterationChars: ScalarWordSet

    /// Reads the lists from `directory`, by default those compiled into the lexicon in use
    /// (``ProjectDictionaries/text(_:in:)``); a list found nowhere is empty (said once on stderr).
    public init(directory: String? = nil) {
        func list(_ name: String) -> [String] { ProjectDictionaries.list(name, in: directory) }
        self.init(regions: list("regions.txt") + list("world-places.txt"), surnames: list("surnames.txt"), titles: list("titles.txt"),
                  organizationHeads: list("org-heads.txt"), facilityHeads: list("facility-heads.txt"),
                  placeSuffixes: list("place-suffixes.txt"), programCues: list("program-cues.txt"),
                  worldOrganizations: list("world-organizations.txt"), organs: list("organs.txt"), media: list("media.txt"),
                  placeAbbreviations: list("place-abbreviations.txt"), countryAbbreviations: list("country-abbreviations.txt"),
                  transliterationChars: list("transliteration-chars.txt"))
    }

    /// Lists given directly (for tests and embedding).
    public init(regions: [String] = [], surnames: [String] = [], titles: [String] = [],
                organizationHeads: [String] = [], facilityHeads: [String] = [],
                placeSuffixes: [String] = [], programCues: [String] = [], worldOrganizations: [String] = [],
                organs: [String] = [], media: [String] = [], placeAbbreviations: [String] = [],
                countryAbbreviations: [String] = [], transliterationChars: [String] = []) {
        self.regions = ScalarWordSet(regions)
        self.surnames = ScalarWordSet(surnames)
        self.titles = ScalarWordSet(titles)
        self.organizationHeads = ScalarWordSet(organizationHeads)
        self.facilityHeads = ScalarWordSet(facilityHeads)
        self.placeSuffixes = ScalarWordSet(placeSuffixes)
        self.programCues = ScalarWordSet(programCues)
        self.worldOrganizations = ScalarWordSet(worldOrganizations)
        self.organs = ScalarWordSet(organs)
        self.media = ScalarWordSet(media)
        self.placeAbbreviations = ScalarWordSet(placeAbbreviations)
        self.countryAbbreviations = ScalarWordSet(countryAbbreviations)
        self.transliterationChars = ScalarWordSet(transliterationChars)
    }
}
