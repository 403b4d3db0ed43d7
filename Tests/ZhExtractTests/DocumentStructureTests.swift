import Foundation
import Testing
@testable import ZhExtract

@Suite("Document structure")
struct DocumentStructureTests {
    static func structure(_ text: String) -> DocumentStructure {
        DocumentStructure(text: Array(text.unicodeScalars))
    }

    @Test func headingStylesAndLevels() {
        let text = """
        # 2021:奋力开好局
        ## ——《政府工作报告》解读之四
        **【主要目标】**
        **关键词 1. 工业倍增升级**
        **周琦(株洲高新区产业发展局局长)**
        一、2023年工作回顾
        （一）大力推进现代化产业体系建设。实施制造业技术改造升级工程。
        1. 稳定工业增长
        第二篇 发展目标
        第一章 二〇三五年远景目标
        专栏1 “十四五”时期经济社会发展主要指标
        【延伸阅读】
        关键词 城市更新
        """
        let s = Self.structure(text)
        let found = s.headings.map { "\($0.style.rawValue) \($0.level) \($0.text)" }
        #expect(found == [
            "markdown 1 2021:奋力开好局",
            "markdown 2 ——《政府工作报告》解读之四",
            "bracket 2 主要目标",
            "keyword 3 1. 工业倍增升级",
            "bold 3 周琦(株洲高新区产业发展局局长)",
            "numbered 2 2023年工作回顾",
            "numbered 3 大力推进现代化产业体系建设",
            "numbered 4 稳定工业增长",
            "numbered 1 发展目标",
            "numbered 2 二〇三五年远景目标",
            "numbered 4 “十四五”时期经济社会发展主要指标",
            "bracket 2 延伸阅读",
            "keyword 3 城市更新",
        ])
    }

    @Test func listEntriesAndSentencesAreNotHeadings() {
        let s = Self.structure("""
        二、2024年主要预期目标
        地区生产总值增长5%左右；
        1. 地区生产总值增长5%左右；
        一是加快迈入千亿时代。
        - 新增3个以上千亿产业集群
        ——经济总体回升。全年国内生产总值超过126万亿元。
        """)
        #expect(s.headings.map(\.text) == ["2024年主要预期目标"])
        #expect(s.listItems.count == 3)
    }

    @Test func sectionsNestAndEndAtTheNextSiblingHeading() throws {
        let text = "一、2023年工作回顾\n（一）经济运行\n增长5%。\n二、2024年目标\n增长6%。\n"
        let scalars = Array(text.unicodeScalars)
        let s = DocumentStructure(text: scalars)
        let firstFigure = try #require(text.range(of: "增长5%")).lowerBound
        let offset1 = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: firstFigure)
        #expect(s.section(at: offset1)?.heading.text == "经济运行")
        #expect(s.headingPath(at: offset1).map(\.text) == ["2023年工作回顾", "经济运行"])
        let offset2 = scalars.count - 3
        #expect(s.section(at: offset2)?.heading.text == "2024年目标")
        #expect(s.headingPath(at: offset2).map(\.text) == ["2024年目标"])
        #expect(s.section(at: 0)?.heading.text == "2023年工作回顾")
    }

    @Test func textWithoutStructureHasNoneAndNoCrash() {
        for text in ["", "\n\n", "**", "# ", "一、", "（", "第", "专栏", "——", "2024年", "关键词"] {
            let s = Self.structure(text)
            #expect(s.sections.count == s.headings.count)
            #expect(s.section(at: 0) == nil || !s.headings.isEmpty)
        }
    }
}
