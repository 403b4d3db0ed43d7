/// The named entity rules added for issue 16, with the type each gives and its declared
/// priority: when two candidates of equal length overlap, the higher rank wins (the longer
/// candidate always wins first). The older rules still carry bare ranks (1 propagation,
/// 2 lexicon-tagged names, 3 national organs, 4 people and companies) and are to move here.
/// `zhmine entities --explain` prints the rule of each entity (``Entity/rule``).
///
/// ```swift
/// EntityRule.congress.rank   // 4
/// ```
enum EntityRule: String, CaseIterable, Sendable {
    /// organs.txt at a word start: 党中央, 国务院办公厅, 省委, 市政府, 区人大常委会.
    case organ
    /// media.txt at a word start, with its app or site: 新华社, 央视新闻客户端.
    case media
    /// ordinal 届 and/or 全国 before 人民代表大会/人大, place or 省/市/县/区 before: 市十八届人大.
    case congress
    /// surname + one or two characters after a stop or title, before a speech or report verb
    /// (说, 表示, 强调, 作 …): 宋嘉和|作政府工作报告, 郑雅琴表示.
    case speakerBeforeVerb
    /// surname + one or two given characters anywhere, scored by the given characters' name odds,
    /// the lexicon's word for the span and the cues around it (``PersonScore``): 王佳琪、李晓梅等同志.
    case scoredName
    /// a rare word the lexicon tags as a person, without a surname, by a title or before a speech
    /// verb: 总统克林顿, 恩格斯指出.
    case transcribedName
    /// a name of parts joined by a middle dot in running text: 莉萨·科斯马斯说 → 莉萨·科斯马斯.
    case dottedName
    /// a single surname right before a title or honorific, the surname alone (pd convention: 江|主席,
    /// 李|先生, 胡|老, 陈|教授); a longer person candidate through the title is dropped.
    case surnameWithTitle
    /// a run of three or more transliteration characters (`transliteration-chars.txt`) of whole
    /// tokens, none an ordinary word nor a place of the gazetteer: 内塔尼亚胡, 基里延科; two by a title
    /// or before a speech verb (部长鲁宾说).
    case transliteratedName
    /// one-character abbreviations of countries in a pair before a relation word, each a place
    /// (中美|关系, 中日韩|合作), of provinces one region (川渝|合作), one after a travel verb (访华, 在京)
    /// or before 方 (中方).
    case abbreviatedPlace
    /// a place and a team word: 中国队, 印尼女队, 巴西国家队.
    case team
    /// a lone 市/区/县/省 after a stop, nouns, then a facility or organisation head of two or more
    /// characters: 市妇女儿童活动中心, 区文化艺术中心 (facility); 县人民医院 (organisation).
    case scopedFacility, scopedOrganization
    /// a named place ending in 市/县/区/省, one or two descriptive words, then a school or hospital
    /// head: 柳州市工人医院, 德清县高级中学 (not 杭州市公立医院, a category).
    case placedInstitution

    /// The type the rule gives.
    var type: EntityType {
        switch self {
        case .organ, .media, .congress: return .organization
        case .speakerBeforeVerb, .scoredName, .transcribedName, .dottedName, .surnameWithTitle, .transliteratedName: return .person
        case .abbreviatedPlace: return .place
        case .team, .scopedOrganization, .placedInstitution: return .organization
        case .scopedFacility: return .facility
        }
    }

    /// Declared priority among equally long overlapping candidates (higher wins).
    var rank: UInt8 {
        switch self {
        case .congress: return 4
        case .organ, .media, .dottedName, .team, .surnameWithTitle: return 3
        case .speakerBeforeVerb: return 3
        case .scoredName, .transcribedName, .transliteratedName, .abbreviatedPlace, .scopedFacility, .scopedOrganization, .placedInstitution: return 2
        }
    }
}
