// The cite-widget rules (clean/cite_widgets.h) on lines and blocks written
// for this test, in both scripts and in English: format rows and cite
// blocks of journal, thesis and conference pages go; sentences about
// formats, a reference list under its heading and a note on citing stay.
#include "clean/cite_widgets.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace wenyuan::clean {
namespace cite_widgets_test {

// The reasons MarkCiteWidgets gives the lines of `text`.
std::vector<std::string> Reasons(std::string_view text) {
  std::vector<PageLine> lines = MakePageLines(text);
  MarkCiteWidgets(lines);
  std::vector<std::string> out;
  for (const PageLine& l : lines) out.push_back(l.reason);
  return out;
}

TEST(CiteWidgets, FormatRows) {
  for (std::string_view row :
       {"全文: PDF (2863 KB)  HTML  输出: BibTeX | EndNote (RIS)", "下載 PDF | XML | RefWorks", "[PDF] [HTML] [EPUB]",
        "全文下载：CAJ下载 PDF下载", "导出引用：NoteExpress EndNote BibTeX", "Download: PDF (1.2 MB) | HTML",
        "匯出書目 RIS / BibTeX", "PDF 全文 (812KB) · HTML 全文"}) {
    EXPECT_TRUE(IsFormatRow(DecodeUtf32(row))) << row;
  }
  for (std::string_view line :
       {"本刊自2020年起同時提供 PDF 與 HTML 全文。", "PDF", "HTML5 与 CSS3 网页设计教程",
        "[4] Tone K. A slacks-based measure of efficiency[J]. Journal of the Operational Research Society, 2001"}) {
    EXPECT_FALSE(IsFormatRow(DecodeUtf32(line))) << line;
  }
}

TEST(CiteWidgets, CiteBlocks) {
  const char* blocks[] = {
      "引用本文:\n周立文, 許晴. 沿海城市熱島效應的季節差異[J]. 氣候研究, 2025, 12(3): 45-58.\n(BUTTON) 复制引用\n",
      "本文引用格式：\n张明远, 王蕾. 县域数字普惠金融与农户增收[J]. 农业经济问题, 2024(7): 88-99.\n",
      "引用格式：李安, 陳文. 臺灣山區道路邊坡監測[J]. 工程學刊, 2023, 9(2): 1-14.\n複製\n",
      "How to cite this article:\nWang L, Chen Y. Soil moisture retrieval from SAR[J]. Remote Sensing, 2024, 16(5): "
      "901-915.\nCopy\n",
      "Cite this article: Liu H, et al. Urban heat and health. Environ Res, 2022, 204: 112-120. doi:10.1016/x\n",
      "※引用本文：\n黄一鸣. 明清徽州会馆研究[D]. 合肥: 安徽大学, 2021.\n导出 BibTeX | RIS\n",
      "參考引用格式：\n林美華. 客家童謠的音韻[J]. 語言學報, 2020, 5(1): 33-50.\nLin M H. Phonology of Hakka nursery "
      "rhymes[J]. "
      "J Ling, 2020, 5(1): 33-50.\n(BUTTON) 複製引用\n",
      "Citation:\nZhang Q, Li P. Karst water tracing, Vol. 8, 2019, 233-241, doi:10.1000/k\n",
  };
  for (const char* block : blocks) {
    const auto reasons = Reasons(block);
    for (size_t k = 0; k < reasons.size(); ++k) {
      if (!MakePageLines(block)[k].blank()) {
        EXPECT_EQ(reasons[k], "citation widget") << block << " line " << k;
      }
    }
  }
}

TEST(CiteWidgets, LookAlikesStay) {
  const char* texts[] = {
      // A reference list under its own heading.
      "参考文献\n[1] 刘彦随. 中国新时代城乡融合[J]. 地理学报, 2018, 73(4): 637-650.\n",
      // A note on how to cite, a sentence.
      "引用本文時，請註明出處及作者。\n",
      // A label over a paragraph, not a reference.
      "引用格式\n本刊採用 GB/T 7714 著錄規則，作者三人以上時列前三人。\n",
      // A heading "Citation" over prose.
      "Citation\nThe study has been cited by twelve later papers on the basin.\n",
  };
  for (const char* text : texts) {
    for (const std::string& r : Reasons(text)) EXPECT_EQ(r, "") << text;
  }
}

}  // namespace cite_widgets_test
}  // namespace wenyuan::clean
