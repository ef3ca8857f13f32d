// RightsNotices: a line that is a copyright, reprint or disclaimer notice,
// recognised by what it says whatever the site, in both scripts: 版權 /
// 著作權 claims (with 未經 / 不得 / 保留), "凡(本網)注明來源…" claims, a notice's
// heading after the site's name ("大众网版权声明："), reprint rules
// next to the verb (禁止轉載, 轉載請註明), a site's claim on an exclusive
// article (独家稿件…未经授权), a site or platform that disowns what it prints
// or its writers' views (僅供參考…不負責, 不代表本站 / 平台立場, 纯属作者个人
// 观点), advice disclaimers (僅供參考，不能替代專業醫療建議; 不构成投资建议 with
// the notice's subject or its risk words, not inside a poster's own
// sentence), hosting notices (仅提供信息存储服务) and 文責自負. Pure function,
// thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace wenyuan::clean {

// The reason (copyright / reprint / disclaimer notice) `core` is one, or "".
std::string RightsNoticeReason(const std::u32string& core);

// The reason when `core` is the heading of a site's notice: its title,
// alone or after the site's name, with or without a colon ("版權聲明",
// "大众网版权声明：", "北辰日報網免責聲明"), or "". The numbered clauses under
// such a heading are the notice's (clean/structure_rules.h).
std::string NoticeHeadingReason(std::u32string_view core);

// "第六條…", "第　十五　條…", "（五）…", "七、…": an article or an item of a
// regulation or a contract, whose words about copies and rights are rules
// (who owns a plan's results, what a party may not publish), never a
// site's notice.
bool IsArticleOrItemOfRules(std::u32string_view core);

}  // namespace wenyuan::clean
