// The view-link rule of clean/media_widgets.h on lines written for this
// test, in both scripts: a page's short label with the bracketed links that
// switch or export its view goes; a heading with a note mark, a document
// number and a bracketed headline stay.
#include <gtest/gtest.h>

#include <string>

#include "clean/media_widgets.h"
#include "clean/page_line.h"

namespace wenyuan::clean {
namespace media_view_links_test {

std::string Reason(std::string_view s) { return MediaWidgetReason(DecodeUtf32(s)); }

TEST(MediaViewLinks, ALabelWithViewLinksGoes) {
  for (const char* line :
       {"詳細書目  [MARC格式]", "商品详情 [大图模式] [列表模式]", "本頁內容 [純文字版]", "查詢結果 [列印] [匯出]",
        "会议纪要  [下载PDF]", "課程資訊 [English]", "书目信息 [简洁显示] [详细显示]", "地圖 【放大檢視】"}) {
    EXPECT_EQ(Reason(line), "bracketed link labels") << line;
  }
}

TEST(MediaViewLinks, HeadingsAndNumbersStay) {
  for (const char* line : {"研究方法 [註1]", "第二章 [1]", "国发〔2024〕", "【專題】城市更新的下一步", "他說 [笑]",
                           "第一節 緒論與研究背景說明 [修訂]", "出發城市 [台北__]"}) {
    EXPECT_EQ(Reason(line), "") << line;
  }
}

}  // namespace media_view_links_test
}  // namespace wenyuan::clean
