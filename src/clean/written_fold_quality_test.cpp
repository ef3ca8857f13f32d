// Cleaning quality on the formerly blind written folds
// (tests/fixtures/clean/formerly-blind-pages*/): six web pages each, written
// in the crawl format with the chrome of the sites they imitate and labelled
// by a session that had not read the cleaner, measured once, then tuned on.
// Each fold is held to a floor; needs nothing from ../shared. The folds not
// yet tuned on are in untouched_fold_quality_test.cpp.
#include <gtest/gtest.h>

#include <vector>

#include "clean/clean_quality_test_support.h"

namespace wenyuan::clean {
namespace {

// The formerly blind folds (tests/fixtures/clean/formerly-blind-pages*/;
// each folder was blind-pages*/ until rules were written for it): six web
// pages each, written in the crawl format with the chrome of the sites they
// imitate by a session that had not read the cleaner's rules, labelled and
// committed before the cleaner was run on them, measured once, then tuned
// on. Each is held to the tuned folds' 0.99 now, or to what its rules
// reached where they did not reach that (the ninth, eleventh, twelfth,
// fourteenth, sixteenth, eighteenth to twenty-first, twenty-third to
// twenty-fifth, twenty-seventh to thirty-first, thirty-third to
// thirty-eighth, fortieth, forty-second to forty-fourth, and the later
// folds that name their floors below); its once-measured figure is kept
// beside it.
TEST(CleanQuality, FormerlyBlindWrittenCrawlPages) {
  const WrittenFold folds[] = {
      // County release, portal notice, HK paper, Mobile01 thread, Zhihu
      // Q&A, ministry FAQ; with the rules of abb81a8. Kept: posters' names,
      // counters and quotes; lost: a notice's metadata box and signature.
      {"formerly-blind-pages", "formerly_blind", "0.776 (83/107) / 0.910 (81/89)"},
      // Legislator's release, portal article, university announcement,
      // Tieba thread, tender notice, WeChat article; after the first fold's
      // rules (1a8e8b4). Kept: thread furniture, site footers; lost: a
      // field-row form, a unit-tagged headline, a sign-off, a source line.
      {"formerly-blind-pages-2", "formerly_blind2", "0.810 (81/100) / 0.859 (85/99)"},
      // Council minutes, People's Daily commentary, HK government release,
      // PTT mirror thread, court judgment, Taiwan news article; after the
      // second fold's rules. Kept: PTT furniture; lost: minutes' fields, a
      // judgment's closing, a release's dateline, a print-edition line.
      {"formerly-blind-pages-3", "formerly_blind3", "0.911 (82/90) / 0.832 (79/95)"},
      // Law database page, TV news story, personal blog post, statistics
      // release, encyclopedia entry, finance news; after the third fold's
      // rules (ed9856e). Kept: video-player and encyclopedia furniture, a
      // quote widget, blog chrome; lost: a law's last chapter.
      {"formerly-blind-pages-4", "formerly_blind4", "0.849 (135/159) / 0.972 (138/142)"},
      // Written reply to a legislator, health-education Q&A, HK written
      // question, policy explainer, job notice, book review; after the
      // fourth fold's rules (553441a). Kept: a review's replies; lost:
      // a reply's field table and signature, an article's bullet items.
      {"formerly-blind-pages-5", "formerly_blind5", "0.938 (121/129) / 0.881 (118/134)"},
      // Open-data dataset page, CNA news article, Dcard post with comment
      // floors, The Paper article, city government notice, Xiaohongshu note
      // with comments; after the fifth fold's rules (2a9231c). Kept: comment
      // headers and reaction rows, sort tabs, hashtag rows, an author card;
      // lost: a note's wrapped line taken for a share widget, its comments.
      {"formerly-blind-pages-6", "formerly_blind6", "0.770 (107/139) / 0.902 (110/122)"},
      // Control Yuan corrective case, CWA heavy-rain warning, Sohu article,
      // Bilibili video page, township photo album, community-college
      // notice; after the sixth fold's rules (b3f2991). Kept: a video
      // page's counts, uploader card, chapter list, comments and
      // recommended videos; lost: photo captions, a warning's heading.
      // blind7-3's and blind7-4's labels kept a closing comment prompt
      // ("…？欢迎在评论区聊聊。") until the twelfth fold's rules; the labelling
      // rules drop comment prompts, and the two lines were removed.
      {"formerly-blind-pages-7", "formerly_blind7", "0.786 (92/117) / 0.883 (98/111)", 0.99, 0.99},
      // ID-card policy release with numbered picture captions, HK paper
      // with a timeline widget, personal tech blog, ministry 公文 with an
      // attachment list, CCTV video story, Bahamut forum thread; after the
      // seventh fold's rules (d21e622). Kept: forum user cards, signatures
      // and the board's closing; lost: captions, a 公文's head fields.
      {"formerly-blind-pages-8", "formerly_blind8", "0.767 (92/120) / 0.913 (95/104)"},
      // Yahoo news aggregator article, Legislative Yuan bill page, Xinhua
      // article, CDC press release, cnyes finance news with stock widgets,
      // Weibo post; after the eighth fold's rules (e5d810b). Kept: ticker
      // rows, a section label, an account name; lost: an aggregated
      // article's headline, byline and date, a bill's field and name rows.
      // Exam announcement, Guancha column, court press release, 1999
      // citizen-mail reply, Zhihu column, research report page; after the
      // eighth fold's rules (53a87e3), and again unchanged with b8db839.
      // Kept: an exclusive-article notice, a section label, catalogue
      // fields and a download table; lost: a letter's closing and reply
      // fields, a column's author line and 编辑于 line.
      {"formerly-blind-pages-9", "formerly_blind9", "0.891 (98/110) / 0.955 (105/110)", 0.99, 0.98},
      {"formerly-blind-pages-10", "formerly_blind10", "0.939 (92/98) / 0.917 (99/108)"},
      // udn article, Jianshu essay, NCL catalogue record, Macao GIS
      // release, Eastmoney guba thread, MOENV air-quality report; after the
      // tenth fold's rules (b8db839). Kept: an engagement call, attachment
      // lists, forum reply headers glued to their bodies; lost: a table's
      // header, （完）, a record's 目次 and holdings table, a thread's post.
      {"formerly-blind-pages-11", "formerly_blind11", "0.916 (109/119) / 0.868 (112/129)", 0.99, 0.89},
      // Toutiao article, CommonWealth paywalled feature, GovHK service
      // page, cnblogs post with code, highway traffic notice, content-farm
      // repost; after the tenth fold's rules (b8db839). Kept: 原创 and
      // section labels, a paywall notice, comments and 【推荐】 adverts,
      // advert and continue-reading bars; lost: repeated code lines, rows
      // of a time-slot table, a paragraph behind a 廣告 bar.
      {"formerly-blind-pages-12", "formerly_blind12", "0.893 (134/150) / 0.946 (139/147)", 0.98, 0.99},
      // Storm Media opinion piece, Beijing Daily app article, Executive
      // Yuan gazette entry, Douban group thread, BSMI recall notice, ifeng
      // finance article; after the twelfth fold's rules (c7598fa). Kept: a
      // thread's post headers, pager and other threads, a closing
      // source/reporter pair; lost: a 觀點投書 headline, a thread's replies.
      // 1.0 / 0.993 after its rules.
      {"formerly-blind-pages-13", "formerly_blind13", "0.906 (116/128) / 0.940 (126/134)"},
      // The Reporter feature, 36Kr article, HK Consumer Council test,
      // Baidu Zhidao Q&A, township event page, books.com.tw book page;
      // after the twelfth fold's rules (c7598fa). Kept: a donation appeal,
      // reading time, answer headers and vote rows, shop price and payment
      // lines; lost: a sub-heading, a book's 目錄 and 詳細資料 fields.
      // 0.963 / 0.978 after its rules: a sponsored block, a tab row, an
      // activity page's fields and a heading under a 延伸閱讀 box remain.
      {"formerly-blind-pages-14", "formerly_blind14", "0.786 (114/145) / 0.892 (124/139)", 0.96, 0.97},
      // China Times article, Beijing News article, TFDA public notice,
      // Hupu BBS thread, HK Housing Authority notice, Ctrip travel guide;
      // after the rules of folds 13 and 14 (f155883). Kept: lynx's `o`
      // bullets, a thread's reply headings; lost: a notice's numbered
      // contact items, a thread's title, a travel guide's head and facts.
      // 1.0 / 1.0 after its rules.
      {"formerly-blind-pages-15", "formerly_blind15", "0.941 (96/102) / 0.878 (101/115)"},
      // ETtoday article, Jiemian feature, Ministry of Culture grant call,
      // Tianya thread, LCSD event page, Dianping restaurant page; after
      // the fifteenth fold's rules (0fd4a2f). Kept: a thread's labelled
      // post headers and quotation, a page clock, an editor credit; lost:
      // a restaurant's rating, dish list and facilities, a sub-heading
      // and paragraph under an in-body related pair, a headline and dek.
      // 0.981 / 0.981 after its rules: the clock, the editor credit and
      // the feature's headline and dek remain.
      {"formerly-blind-pages-16", "formerly_blind16", "0.932 (96/103) / 0.889 (96/108)", 0.98, 0.98},
      // Mirror Media article, Guangming commentary, National Audit Office
      // summary, LIHKG thread, Tourism Administration scenic spot, Tencent
      // News article; after the fifteenth fold's rules (0fd4a2f). Kept: a
      // thread's thumb rows, a subscription invitation, a save/print
      // button row; lost: an author's note under a commentary.
      // 1.0 / 1.0 after its rules.
      {"formerly-blind-pages-17", "formerly_blind17", "0.892 (99/111) / 0.990 (97/98)"},
      // Liberty Times article, Chinanews article, Ministry of Labor
      // interpretation letter, SegmentFault Q&A, zh.wikipedia article, 104
      // job posting; with main 0d0554a. Kept: an in-body app banner, a
      // comment prompt, a wiki's hatnote and infobox heading, answer
      // headers; lost: a question's body under "相关代码", a job's fields.
      // 0.943 / 0.975 after its rules: an in-body app banner, a comment
      // prompt, a Q&A page's tags, a job's follow button and applicant
      // counter remain.
      {"formerly-blind-pages-18", "formerly_blind18", "0.877 (71/81) / 0.627 (74/118)", 0.95, 0.97},
      // Ming Pao article, Caixin paywalled article, Presidential Office
      // release, Muchong forum thread, JD product page, 591 rental listing;
      // with main 0d0554a. Kept: a boxed paywall notice and its offer, a
      // thread's profile blocks, a product's after-sales template; lost:
      // a product's parameter groups, a listing's fields and summary.
      // 0.865 / 0.979 after its rules: the thread's profile blocks and
      // quoted post remain (left to the forum rules).
      {"formerly-blind-pages-19", "formerly_blind19", "0.645 (49/76) / 0.510 (49/96)", 0.86, 0.97},
      // SETN article, Southcn article, HK Census and Statistics release,
      // NGA thread, university syllabus, listed company's release; with
      // main 004f10a. Kept: a thread's poster names and reply references;
      // lost: a release's 評論 heading, a syllabus's heading and update line.
      // 1.0 / 0.975 after its rules: the three lost lines remain.
      {"formerly-blind-pages-20", "formerly_blind20", "0.942 (113/120) / 0.975 (119/122)", 0.99, 0.97},
      // on.cc article, Sina article, Macao gazette entry, Yahoo Knowledge+
      // Q&A, Taiwan law database page, Douban film page; with main 004f10a.
      // Kept: a Q&A page's answer headers, counts and reaction rows, a
      // film's rating widget; lost: a headline, date and caption over a
      // wrapped first line, a law's history, two of a film's fields.
      // 1.0 / 0.981 after its rules: the Sina headline and date (joined
      // with an app link under them) remain; 0.991 / 1.0 with the rules of
      // folds 22 and 23 (found over an advert's slot, the app link kept).
      {"formerly-blind-pages-21", "formerly_blind21", "0.915 (97/106) / 0.906 (96/106)", 0.99, 0.98},
      // PTS news article, PRC education-ministry notice, HK Observatory
      // weather tip, V2EX topic, MOHW long-term-care service page, Gitee
      // repository page; with main 8fcd8c3. Kept: a topic's reply headers,
      // floor numbers and sidebar, a notice's metadata box, a numbered
      // breadcrumb's last item, a repository's file list; lost: a notice's
      // closing, a README's last section, an update stamp.
      // 0.941 / 1.0 after its rules: the notice's metadata box and the
      // tip's 備註 explainer remain; 0.992 / 1.0 with the rules of folds 24
      // and 25 (the box, which the notice repeats below it, goes).
      {"formerly-blind-pages-22", "formerly_blind22", "0.729 (124/170) / 0.904 (113/125)", 0.99, 0.99},
      // Up Media column, Shanghai normative document, HK food alert, PIXNET
      // blog post, NBS price release, Tianyancha company record; with main
      // 8fcd8c3. Kept: a record's counted tabs and risk teasers, a blog's
      // tag row, a download link; lost: a notice's title and addressee
      // under a wrapped first line, an alert's headline and first
      // paragraph, a record's contact lines and tables.
      // 0.991 / 0.910 after its rules: two rows of the normative document's
      // metadata table, and the company record's contact lines, tables and
      // their headings remain.
      {"formerly-blind-pages-23", "formerly_blind23", "0.849 (107/126) / 0.839 (130/155)", 0.99, 0.90},
      // TVBS news article, MEE notice, Hospital Authority clinic page,
      // newsmth BBS thread, KKTIX event page, Baidu Jingyan how-to; with
      // main abd1a3f. Kept: a BBS thread's per-floor cards, headers,
      // quotes and signatures, a notice's metadata box, follow prompts;
      // lost: an event's date, place, organiser and sessions, a how-to's
      // list of tools. 0.977 / 1.0 after its rules: the thread's 标题
      // field, a how-to's END mark and an order-limit note remain.
      {"formerly-blind-pages-24", "formerly_blind24", "0.733 (99/135) / 0.901 (109/121)", 0.97, 0.99},
      // Sing Tao news article, CBC press release, CSRC penalty decision,
      // Xueqiu post, iCook recipe, Macao health notice; with main abd1a3f.
      // Kept: a post's comments with their stamps, a decision's metadata
      // box, a sponsor's line; lost: a release's date and number above its
      // headline, a recipe's servings and time. 0.986 / 1.0 after its
      // rules: the edition label and the site's slogan remain.
      {"formerly-blind-pages-25", "formerly_blind25", "0.860 (129/150) / 0.963 (129/134)", 0.98, 0.99},
      // Nextapple news article, STA 公告, HK Transport Department notice,
      // HKGolden thread, TSMC board-resolution release, university
      // admissions brochure; with main 89f54d3. Kept: an advert's frame
      // address, the site's scam reminder; lost: posts' last lines taken
      // for signatures, a notice's taking-effect line, attachments, signer
      // and date. 1.0 / 0.992 after its rules: the thread's last post,
      // below the last action row, remains.
      {"formerly-blind-pages-26", "formerly_blind26", "0.977 (129/132) / 0.892 (116/130)", 0.99, 0.99},
      // China Daily article, FSC sanction case, Macao Daily e-paper story,
      // SMZDM post, Moegirl wiki entry, THSR FAQ; with main 89f54d3. Kept:
      // an editor credit, a wrapped rights notice, a product card, a wiki's
      // index entries; lost: a headline's kicker and subtitle, a summary
      // table's number row, a post's title and byline, a wiki's lead and
      // table. 0.945 / 0.917 after its rules: the product card, the
      // contents' entries, the post's head, the wiki's lead and table and
      // the FAQ's title remain.
      {"formerly-blind-pages-27", "formerly_blind27", "0.921 (117/127) / 0.895 (119/133)", 0.94, 0.91},
      // Newtalk news article, State Council policy document, Macau police
      // 通告, 伊莉 (Discuz!) thread, ZOL laptop review, Chunghwa Post notice;
      // with main eff6311. Kept: a thread's cards, stamps, edit notes,
      // signatures, button rows and quote; lost: the thread's title and
      // last replies, a byline line, a notice's date in words. 1.0 / 0.986
      // after its rules (the post-unit recogniser, clean/forum_posts.h):
      // the news article's byline line remains.
      {"formerly-blind-pages-28", "formerly_blind28", "0.737 (73/99) / 0.934 (71/76)", 0.99, 0.98},
      // Huanqiu news article, Energy Administration 公告, RTHK story, CSDN
      // post, Lianjia house listing, Palace Museum exhibition page; with
      // main eff6311. Kept: a blog's knowledge-box lines, a listing's
      // disclaimer, an exhibition's category label; lost: a notice's
      // download list (since relabelled as dropped), a story's update
      // line, a post's title, author and date, a listing's head rows and
      // room table. 0.963 / 0.963 after its rules (the record-row
      // recogniser, clean/record_rows.h), against the relabelled notice:
      // the post's head and knowledge box, the story's update line, the
      // disclaimer and the category label remain.
      {"formerly-blind-pages-29", "formerly_blind29", "0.958 (92/96) / 0.798 (91/114)", 0.96, 0.96},
      // FTV news article, NHC 通知, HK Airport Authority press release,
      // Discourse topic, Autohome car page, Taiwan Cultural Memory Bank
      // record; with main 795b392. Kept: a topic's accepted-answer box and
      // auto-close notice, a record's label, licence, source, update and
      // citation lines; lost: a notice's closing, a release's date, a car
      // page's price, spec rows and dealer list. Measured once against the
      // labels as written; blind30-2's download list since relabelled as
      // dropped (recall 0.832 (94/113) against it). 0.922 / 0.991 after
      // its rules (clean/record_heads.h and deeper record-row and notice
      // recognisers): the topic's accepted-answer box, auto-close notice
      // and a selection button, the notice's index box, the licence row
      // and the record's category row remain.
      {"formerly-blind-pages-30", "formerly_blind30", "0.850 (85/100) / 0.803 (94/117)", 0.92, 0.99},
      // Red Star news article, MOHW 法規預告, am730 article, phpBB thread,
      // BOSS Zhipin job posting, Shopee product page; with main 795b392.
      // Kept: an editor credit, a thread's signature, quote header and
      // edit notice, template labels, skill tags; lost: a notice's header
      // fields and signer, a thread's code lines, a job's and a product's
      // title, price, summary and spec rows. Measured once against the
      // labels as written; blind31-2's download list since relabelled as
      // dropped (recall 0.842 (101/120) against it). 0.966 / 0.942 after
      // its rules: the thread's signature, quote header, edit notice and
      // code lines, the job's skill tags and work address remain.
      {"formerly-blind-pages-31", "formerly_blind31", "0.938 (105/112) / 0.821 (101/123)", 0.96, 0.94},
      // China Youth Daily news article, Kaohsiung labour bureau 公告, HKEJ
      // article, vBulletin 4 thread, ezTravel hotel page, atmovies film
      // record; with main 6073592. Kept: the whole vBulletin thread's
      // furniture (its post units not found under a wrapped first-visit
      // notice), a hotel's guest reviews, a film page's showtimes widget
      // and comments; lost: a notice's heading and spelled-out signer, a
      // bracketed reporter credit, a thread's last post, a hotel's name,
      // address and room table, a film's original title and IMDb row.
      // 1.000 / 1.000 after its rules (post units under a wrapped notice,
      // record names by the breadcrumb, buttoned table rows, users'
      // reviews, notice headings at the margin and spelled-out signers).
      {"formerly-blind-pages-32", "formerly_blind32", "0.591 (81/137) / 0.842 (80/95)"},
      // Southern Weekly feature, NMPA 公告, Macao IAM press release, Xiaomi
      // community post with replies, Anjuke new-home project page, Taiwan
      // thesis record; with main 6073592. Kept: an editor credit, a
      // replier's name, a project page's section labels, filter tabs and
      // map link, a thesis record's tab labels, contents tail and
      // permanent URL; lost: a feature's headline and caption, a notice's
      // closing formula, attachment line and date, a project's name,
      // address and licence rows, a thesis's wrapped foreign title and
      // keywords. Measured once against the labels as written; blind33-2's
      // 发布时间 line since relabelled as kept (0.896 (121/135) / 0.920
      // (115/125) against it). 0.965 / 0.992 after its rules: the project
      // page's label over its news item and bracketed address row and the
      // thesis record's four tab labels remain.
      {"formerly-blind-pages-33", "formerly_blind33", "0.889 (120/135) / 0.919 (114/124)", 0.96, 0.99},
      // 每日经济新闻 article, 移民署 公告, 文匯報 article, IPB topic,
      // 天天基金 fund page, 樂詞網 term record; with main 0452519. Kept: a
      // topic's posters' names, signature and rules line, a fund page's
      // furniture (breadcrumb, estimate widget, promotion, link cells,
      // lists, risk notice), a record's counter and pager; lost: a fund's
      // ranking row. Unchanged by the rules written for it (record-row
      // blocks, clean/value_rows.h), which address recall.
      {"formerly-blind-pages-34", "formerly_blind34", "0.705 (93/132) / 0.990 (104/105)", 0.86, 0.99},
      // 上观新闻 article, 广东省教育厅 通知, 論盡媒體 article, XenForo
      // thread, App Store app page, 中国天气网 forecast page; with main
      // 0452519. Kept: a thread's starter line, signature, quote header and
      // reactions; lost: a notice's title, 文号, addressee and 公开方式, an
      // app page's name, rating, price, 新功能 and 資訊 rows and version
      // history, a forecast's current conditions, alert and 7-day rows.
      // 0.865 (128/148) / 0.650 (93/143) after its rules (record-row
      // blocks, clean/value_rows.h): the forecast's rows come back (21/23);
      // the app page and the notice's head remain.
      {"formerly-blind-pages-35", "formerly_blind35", "0.832 (94/113) / 0.552 (79/143)", 0.98, 0.96},
      // 北青网 article, customs 公告, ET Net results story, Flarum thread,
      // vegetable price table, MOOC course page; measured with the rules of
      // folds 32 and 33 (the same with those of 34 and 35). Kept: a notice's
      // site date block, Flarum's notices and posters' names; lost: the price
      // table, a course's head and teachers. 0.924 (121/131) / 0.953
      // (122/128) after its rules (clean/post_boundaries.h, spaced tables,
      // field runs, margin headlines): the course's school and teachers
      // remain.
      {"formerly-blind-pages-36", "formerly_blind36", "0.839 (94/112) / 0.742 (95/128)", 0.96, 0.99},
      // 第一财经 article, Macau labour release, 信傳媒 politics, NodeBB
      // topic, Steam store page, faculty profile; measured as fold 36. Kept:
      // NodeBB's names, stamps and signatures; lost: the store page's rows
      // and requirements, the profile's fields. 0.928 (129/139) / 0.805
      // (120/149) after its rules: the store page remains.
      {"formerly-blind-pages-37", "formerly_blind37", "0.846 (115/136) / 0.698 (104/149)", 0.99, 0.95},
      // Macau bus route, county 任前公示, GitHub issue thread, hospital
      // clinic timetable, long-form magazine feature, HK sale listing;
      // measured once before the rules of folds 36 and 37, 0.829 (165/199)
      // / 0.939 (169/180) after them (a new engine's post boundaries, a
      // listing's field runs). 0.978 (177/181) / 1.000 after its own rules
      // (thread events and tail, spaced schedules, stamps below a record):
      // a portal's metadata rows, labelled the other way in fold 23, remain.
      {"formerly-blind-pages-38", "formerly_blind38", "0.773 (160/207) / 0.906 (163/180)", 0.97, 0.99},
      // Tainan mayor's schedule, 华龙网 local news, HK drug record,
      // HyperKitty mail thread, Macau TV schedule, 下厨房 recipe; measured as
      // fold 38, 0.656 (107/163) / 0.774 (106/137) after the rules of folds
      // 36 and 37. 0.993 (135/136) / 1.000 after its own rules (mail quotes,
      // Latin stops, readers' contributions, two-column schedules).
      {"formerly-blind-pages-39", "formerly_blind39", "0.635 (108/170) / 0.774 (106/137)", 0.99, 0.99},
      // A county budget page, a patent record, a 人社部 policy explainer, a
      // 頭條日報 column, a Macau school notice with an exam timetable, a
      // metro-works page; measured once with the rules up to folds 34 and
      // 35, 0.929 / 0.992 after rounds five and six; 0.959 (118/123) /
      // 0.992 after round seven (a patent's disclaimers and browser advice
      // go; its figure labels and cited patents remain).
      {"formerly-blind-pages-40", "formerly_blind40", "0.901 (118/131) / 0.992 (117/118)", 0.95, 0.99},
      // A league table, a phone's spec page, a Discuz! thread, a HK
      // consultation, council minutes, a flight board; measured as fold 40,
      // 0.893 / 0.966 after rounds five and six; 1.000 / 1.000 after round
      // seven (notices, pagers, download lists, reviews, a record's title
      // over its table).
      {"formerly-blind-pages-41", "formerly_blind41", "0.850 (119/140) / 0.863 (126/146)", 0.99, 0.99},
      // A county 信息公开 record, an inmediahk article with comments, an 出國
      // 報告 with its PDF text, an HKTVmall product, a 360问答 thread, a DSEC
      // statistics page; measured once with the rules up to folds 38 and 39,
      // the same after round seven; 0.976 (163/167) / 0.976 after round
      // eight (site notices, comment and review blocks, running headers).
      {"formerly-blind-pages-42", "formerly_blind42", "0.774 (154/199) / 0.886 (148/167)", 0.97, 0.97},
      // A Macau release, a SegmentFault article, a department's admissions
      // notice, a 591 rental listing, a HK Discuz! thread, a wiki entry;
      // measured as fold 42; 1.000 / 0.965 after round eight (the wiki's
      // references, labelled the other way in fold 18, remain).
      {"formerly-blind-pages-43", "formerly_blind43", "0.938 (137/146) / 0.958 (138/144)", 0.99, 0.96},
      // A ministry release, a 办事指南, a HK food feature, a recipe, a
      // Bangumi review with replies, a ferry timetable; measured once with
      // round seven in, the same with round eight; 0.993 (144/145) / 0.948
      // after round nine (a release's contact block, labelled the other way
      // in five folds, remains).
      {"formerly-blind-pages-44", "formerly_blind44", "0.949 (129/136) / 0.864 (133/154)", 0.99, 0.94},
      // A judgment, an IR announcement, a Macau written inquiry, a library
      // record, a developer Q&A thread, a Hualien news article; measured as
      // fold 44; 1.000 / 1.000 after round nine.
      {"formerly-blind-pages-45", "formerly_blind45", "0.949 (131/138) / 0.904 (132/146)", 0.99, 0.99},
      // A county notice, a HK press release, a journal abstract page, a
      // used-car listing, a Discuz! help thread, a scenic area's tickets
      // page; measured once with rounds seven and eight, the same after
      // round nine; 1.000 (161/161) / 0.988 (159/161) after round ten (a
      // title flush left and a date line far below the record remain).
      {"formerly-blind-pages-46", "formerly_blind46", "0.960 (143/149) / 0.876 (141/161)", 0.99, 0.98},
      // A procurement result notice, a council interpellation record, a
      // doctor's profile, a HK school page, a PIXNET blog post, a local
      // regulation; measured as fold 46; 1.000 (187/187) / 0.974 (188/193)
      // after round ten (an update-date line, labelled the other way in
      // fold 5, and a blog's soil recipe, whose rule cost blind fold 50
      // six lines and was dropped, remain).
      {"formerly-blind-pages-47", "formerly_blind47", "0.806 (166/206) / 0.870 (168/193)", 0.99, 0.97},
      // A Macau weather station's month, a long article with a table, a HK
      // parents' forum thread, a company registry record, a drug label, a
      // Singapore news article; measured once before round ten, the same
      // after it; 0.985 (193/196) / 0.985 (195/198) after round eleven (a
      // row labelled cut short and a label's head remain).
      {"formerly-blind-pages-48", "formerly_blind48", "0.973 (179/184) / 0.909 (180/198)", 0.98, 0.98},
      // A HK court's cause list, a Singapore news page with comments, an
      // EIA case record, a train timetable, a Malaysian stock page, an
      // old-Reddit thread; measured as fold 48; 1.000 (157/157) / 0.963
      // (157/163) after round eleven (the EIA record's head remains).
      {"formerly-blind-pages-49", "formerly_blind49", "0.709 (122/172) / 0.748 (122/163)", 0.99, 0.96},
      // Two government reports as PDF text inside a page, two mainland news
      // pages with copyright notices, a HK news page, a phpwind thread;
      // measured as fold 54 (written for the kinds issue 18 names); 0.912
      // (135/148) / 0.962 (127/132) after the eighteenth session's two
      // phenomenon rules (a notice's heading after the site's name with its
      // numbered clauses; a running header over "— 1 —" page numbers);
      // 0.924 (134/145) / 0.985 (130/132) after the nineteenth's (the trip
      // report's cover and its bare page numbers).
      {"formerly-blind-pages-54", "formerly_blind54", "0.830 (132/159) / 0.962 (127/132)", 0.92, 0.98},
      // A HK news page with a video ad, a MyBB thread, a booking page with
      // reviews, a Macau price survey, a HK Ombudsman report's PDF text, a
      // statistics page; measured once in the eighteenth session; 0.864
      // (159/184) / 0.895 (162/181) after the nineteenth session's rules
      // (the report's running header over "- 1 -" page numbers goes and
      // its cover comes back: the report is whole).
      {"formerly-blind-pages-52", "formerly_blind52", "0.824 (150/182) / 0.878 (159/181)", 0.86, 0.89},
      // A district office's notice, a vBulletin thread, a research-funding
      // record, an estate listing, a press release, a bus route's page;
      // measured as fold 52; 0.944 (169/179) / 0.961 (171/178) after the
      // nineteenth session's rules (both directions' stops under
      // "（共28站）" come back).
      {"formerly-blind-pages-53", "formerly_blind53", "0.917 (111/121) / 0.635 (113/178)", 0.91, 0.93},
      // A commissioned study's PDF text inside its page, a HK finance
      // story, a procurement notice, an admissions record, a Discuz!
      // mobile thread, a Singapore page; measured once in the nineteenth
      // session; 0.978 (174/178) / 0.934 (183/196) after its last rules
      // (the study's 33-character running header goes; its cover stays
      // lost, and two lines of false credit went with the header).
      {"formerly-blind-pages-56", "formerly_blind56", "0.924 (170/184) / 0.944 (185/196)", 0.97, 0.93},
      // A trip report's PDF text inside its page, a mainland news page, a
      // HK press release, a museum record, a Q&A page, a city regulation;
      // measured as fold 56; 0.970 (128/132) / 0.955 (128/134) after the
      // same rules (the report's title as running header goes, the page's
      // headline printing it stays; the cover meets the cover-field rules).
      {"formerly-blind-pages-58", "formerly_blind58", "0.921 (129/140) / 0.963 (129/134)", 0.96, 0.95},
      // A mainland portal's news, a Legislative Yuan committee record, a
      // product page, a train's timetable, a blog post with its comments, a
      // hospital's health article; measured once in the nineteenth session;
      // 0.916 (152/166) / 0.981 (155/158) after the twentieth's rules (the
      // blog's comments with their actions on the header line, its profile
      // box and its counter row go).
      {"formerly-blind-pages-57", "formerly_blind57", "0.778 (151/194) / 0.981 (155/158)", 0.91, 0.98},
      // A provincial environment bulletin, a Macau news story, a Control
      // Yuan report record, a university's admission scores, a Stack
      // Exchange Q&A, a library's opening hours; measured as fold 57; 0.994
      // (180/181) / 0.968 (179/185) after the same rules (the school's name
      // as a middle crumb with its fields, the library's sections under its
      // table, two fields no longer run together, the Q&A's signed
      // comments and reputation rows).
      {"formerly-blind-pages-59", "formerly_blind59", "0.909 (149/164) / 0.811 (150/185)", 0.99, 0.96},
      // A 施政計畫 as PDF text inside its page, Fujian and HK news, a bbPress
      // topic, a lottery draw, a Macau stamp issue; measured once in the
      // twentieth session; 1.000 (144/144) / 1.000 (145/145) after round
      // sixteen (the page's head and the cover's date over the PDF text,
      // the topic's summary, range and roles, the table of other draws).
      {"formerly-blind-pages-60", "formerly_blind60", "0.917 (143/156) / 0.952 (138/145)"},
      // A 政府工作报告 as PDF text inside its page, CCTV and HK news, a
      // WeCenter Q&A, an election result, a Macau programme page; measured
      // with fold 60; 1.000 (125/125) / 0.992 (124/125) after round sixteen
      // (the report's head, the answers' headers and voters rows, the
      // result's two-line title, the programme's Portuguese name, fields
      // and enquiry box).
      {"formerly-blind-pages-62", "formerly_blind62", "0.926 (112/121) / 0.888 (111/125)"},
      // A Taipei 里公告, a Macau bank's fee schedule, a HK concert page, a
      // county recruitment notice with its catalogue box, a Q&A page, a HK
      // air-quality record; measured once in the twentieth session; 0.990
      // (195/197) / 1.000 (196/196) after round seventeen (the Q&A's tags,
      // asker, count, answerers' heads and comments, the bank's enquiry line
      // and deposit-protection statement, the map's alt text; the catalogue
      // box's two rows remain).
      {"formerly-blind-pages-61", "formerly_blind61", "0.929 (195/210) / 1.000 (196/196)", 0.98, 1.00},
      // A MOPS filing, a Macau hospital department, a reply to a 提案, a
      // Homeland topic, a HK gazette tender notice, a travel site's
      // attraction; measured with fold 61; 0.979 (142/145) / 1.000 (139/139)
      // after round seventeen (the reply's closing, the topic's replies and
      // info row, the gazette notice's head and signer, the hospital's list
      // tail, the attraction's tab row and location box; the catalogue box's
      // rows and the Latin name remain).
      {"formerly-blind-pages-63", "formerly_blind63", "0.958 (114/119) / 0.827 (115/139)", 0.97, 0.99},
      // A Discuz! thread, a 出國報告 with the PDF's text, a provincial notice
      // with its catalogue box, HK and mainland news, a judgment record;
      // written and measured once in the twenty-second session; 0.931
      // (121/130) / 0.910 (121/133) after round eighteen (the story's
      // sub-heading under its inline related list; the report's info
      // table, conversion notice and cover fields, the judgment's wrapped
      // item and party rows and the box's two rows remain).
      {"formerly-blind-pages-64", "formerly_blind64", "0.930 (120/129) / 0.902 (120/133)", 0.93, 0.90},
      // A mayor's-mailbox reply, a written answer to a legislator, an
      // encyclopedia entry, a video page, a Macau press release, a PTT
      // article; measured with fold 64; 0.967 (118/122) / 1.000 (120/120)
      // after round eighteen (the entry's section headings, the video
      // page's chrome and chapters, the release's head and caption, the PTT
      // author line and signature, the mailbox's label, the meeting line;
      // the mailbox's case and contact lines, the 基本信息 label and the
      // PTT title line remain).
      {"formerly-blind-pages-65", "formerly_blind65", "0.837 (103/123) / 0.875 (105/120)", 0.96, 1.00},
      // A law from a 法規資料庫, a 政务服务 guide, a LegCo panel agenda, a
      // county release with a gallery, a 人民网 commentary, an admissions
      // notice; written and measured once in the twenty-second session;
      // 0.933 (140/150) / 0.940 (141/150) after round nineteen (the law's
      // classification, site and download rows, back-to-top link and first
      // chapter, the guide's chart label and FAQ label, the release's
      // contact block and gallery; the agenda's paper lines, its PDF notice
      // and other meetings and the law's history list, which fold 4's and
      // 21's labels keep, remain).
      {"formerly-blind-pages-66", "formerly_blind66", "0.877 (143/163) / 0.933 (140/150)", 0.93, 0.93},
      // A blog post, a 知乎 column article, a drug-licence record, an
      // open-data set page, a 12345 message and reply, a tender notice;
      // measured with fold 66; 0.988 (171/173) / 0.989 (178/180) after round
      // nineteen (the post's date line, the column's headings and comments,
      // the record's picture files, the data set's download table, related
      // list and comments, the message's notice and header rows, the
      // tender's objection block; the message's two content labels, which
      // folds 9, 45 and 65 keep, the reply's closing thanks and the
      // column's source note remain).
      {"formerly-blind-pages-67", "formerly_blind67", "0.819 (158/193) / 0.922 (166/180)", 0.98, 0.98},
      // A 監察院 investigation report as PDF text, a gazette entry, 新华网 and
      // 明報 news, a Discuz! thread, a city's local regulation; written and
      // measured once in the twenty-third session, with the cleaner of
      // round eighteen; 1.000 (115/115) / 1.000 (114/114) after round twenty
      // (the report's title over its cover's kind line and running header,
      // the gazette's issue fields, links back and same-issue list, its
      // letter's 主旨, signatures under the posts' action rows, the
      // contents heading).
      {"formerly-blind-pages-68", "formerly_blind68", "0.897 (113/126) / 0.982 (112/114)", 1.00, 1.00},
      // Council minutes, a 政府工作报告 as PDF text, a Mobile01 thread, 澎湃
      // news, a Hong Kong press release, a ministry's FAQ; measured with
      // fold 68; 0.984 (126/128) / 1.000 (125/125) after round twenty (the
      // minutes' numbered head, lists and agenda, the headline over its
      // date line that the PDF's running header repeats, the proof-reader's
      // credit; the catalogue box's 发布机构/成文日期 rows, which the labels
      // keep or drop by fold, remain).
      {"formerly-blind-pages-69", "formerly_blind69", "0.974 (113/116) / 0.888 (111/125)", 0.98, 1.00},
      // A 國發會 study as PDF text, a gazette notice, 中新网 and HK01 news, a
      // 巴哈姆特 thread, a county's 自治條例; measured once with the cleaner
      // of round nineteen; after round twenty-one, catalogue boxes, notices,
      // a video box and the thread's furniture go, its title stays.
      {"formerly-blind-pages-70", "formerly_blind70", "0.831 (118/142) / 0.992 (119/120)", 0.99, 1.00},
      // A 立法院公報 reply, a 留言板 message, a ministry release, a 天涯 thread,
      // a statistical bulletin, a 函; measured with fold 70; after round
      // twenty-one the release's head and the bulletin's date line remain lost.
      {"formerly-blind-pages-71", "formerly_blind71", "0.869 (113/130) / 0.949 (112/118)", 1.00, 0.97},
      // A 公務出國報告 as PDF text, a 全国人大 law, 自由時報 news, a 百度贴吧
      // thread, a 市長信箱 reply, a 政策解读; measured once with the cleaner
      // of round twenty (58154a7); after round twenty-two the record and
      // case boxes and the law's 目录 go; the 楼中楼 replies' name prefixes,
      // the cover's person rows and the law's history line remain.
      {"formerly-blind-pages-72", "formerly_blind72", "0.856 (137/160) / 0.936 (131/140)", 0.96, 0.93},
      // A 總決算 summary as PDF text, a 立法會 written reply, a 人民网
      // commentary, a PTT post, a 政府采购 tender, a 行政規則; measured with
      // fold 72; after round twenty-two the boxes, running headers, quotes
      // and 相關法條 links go; the tender's head and contact blocks remain lost.
      {"formerly-blind-pages-73", "formerly_blind73", "0.860 (153/178) / 0.906 (155/171)", 0.99, 0.91},
  };
  for (const WrittenFold& fold : folds) ExpectWrittenFoldAtLeast(fold);
}

}  // namespace
}  // namespace wenyuan::clean
