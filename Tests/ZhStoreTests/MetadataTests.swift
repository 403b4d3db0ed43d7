import Testing
@testable import ZhStore

/// Title, year and jurisdiction from a report's first lines.
@Suite struct MetadataTests {
    let reader = DocumentMetadataReader(regions: ["湖南省", "湖南", "株洲市", "株洲", "长沙市", "长沙", "四川省", "四川", "芦淞区"])

    func read(_ s: String) -> DocumentMetadata { reader.read(Array(s.unicodeScalars)) }

    @Test func titleWithPlaceAndYear() {
        let m = read("\n  # **湖南省株洲市2021年政府工作报告**  \n正文")
        #expect(m.title == "湖南省株洲市2021年政府工作报告")
        #expect(m.jurisdiction == "株洲市")
        #expect(m.year == 2021)
        #expect(m.chars == 31)
    }

    @Test func yearFromTheDatelineWhenTheTitleHasNone() {
        let m = read("长沙市人民政府工作报告\n\n——2021年1月20日在长沙市第十五届人民代表大会第六次会议上\n")
        #expect(m.jurisdiction == "长沙市")
        #expect(m.year == 2021)
    }

    @Test func nationalReport() {
        let m = read("政府工作报告\n——２０２４年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理")
        #expect(m.jurisdiction == "全国")
        #expect(m.year == 2024)
    }

    @Test func nothingToSay() {
        let m = read("关于做好工作的通知\n各单位：\n请于12345号文件所述时间前完成。")
        #expect(m.jurisdiction == nil)
        #expect(m.year == nil)
        #expect(read("").title == nil)
    }
}
