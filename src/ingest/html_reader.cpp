// Reads HTML with a real parser (gumbo, the WHATWG algorithm): keeps the
// text of the page in reading order with headings, paragraphs, list items
// and table rows on their own lines, and drops what is not content (script,
// style, nav, header, footer, forms). The title comes from the page's
// structure (html_title.h): its headline, never its site's name. One walk of
// the DOM collects both the text and the title's clues. The bytes are decoded first (text_decoding.h),
// honouring the charset the page declares; decoding warnings travel with the document. The DOM is walked with an
// explicit stack, so deep nesting in a hostile page cannot overflow ours.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/html_title.h"
#include "ingest/text_decoding.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ASIDE:
      return true;
    default:
      return false;
  }
}

// Collects text with HTML white-space rules, except that white space between
// two Han characters (a source line break inside Chinese text) vanishes.
// With a sink, each finished line goes to it instead of into the text.
class TextCollector {
 public:
  using LineSink = std::function<void(std::string_view)>;
  TextCollector() = default;
  explicit TextCollector(LineSink sink) : sink_(std::move(sink)) {}

  void AddText(std::string_view s) {
    for (size_t pos = 0; pos < s.size();) {
      char32_t cp = utf8::DecodeNext(s, pos);
      if (utf8::IsSpace(cp) && cp != 0x3000) {
        pending_space_ = true;
        continue;
      }
      if (pending_space_ && !line_.empty() && !(utf8::IsHan(last_) && utf8::IsHan(cp))) line_ += ' ';
      pending_space_ = false;
      utf8::Append(line_, cp);
      last_ = cp;
    }
  }
  void AddRaw(std::string_view s) {
    line_ += s;
    pending_space_ = false;
  }
  bool LineEmpty() const { return line_.empty(); }
  void BreakLine() {
    if (!line_.empty()) {
      if (sink_) {
        sink_(line_);
      } else {
        out_ += line_;
        out_ += '\n';
      }
      line_.clear();
    }
    pending_space_ = false;
    last_ = 0;
  }
  std::string Finish() {
    BreakLine();
    return std::move(out_);
  }

 private:
  LineSink sink_;
  std::string out_;
  std::string line_;
  bool pending_space_ = false;
  char32_t last_ = 0;
};

std::string NodeText(const GumboNode* node) {
  TextCollector c;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      c.AddText(n->v.text.text);
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i > 0; --i) stack.push_back(static_cast<GumboNode*>(kids.data[i - 1]));
    }
  }
  return std::string(utf8::Trim(c.Finish()));
}

// Gumbo's time grows with the square of the nesting depth, so a hostile
// page of a few megabytes of nested tags could stall ingestion for minutes.
// This follows how deep start tags nest (elements whose end tag is optional,
// and void elements, are left out so sloppy real pages do not count) and
// lets the reader refuse absurd depths before parsing.
//
// An end tag closes only what the parser would close: an element of its name
// that is open, and not behind an element that stops the search (the HTML
// parser ignores `</span>` when no span is open, and `</b>` across an open
// <div>). Counting every end tag would let `<div></span>` repeated nest
// without limit while the estimate stayed at one. The search looks at most
// kEndTagSearch elements down; an end tag whose element is deeper is taken
// as ignored, which can only overestimate the depth.
bool IsSpecialElement(std::string_view name) {
  static const std::string_view kSpecial[] = {
      "address",  "applet",   "article", "aside",     "blockquote", "body",   "button", "caption",  "center",
      "details",  "dir",      "div",     "dl",        "fieldset",   "figure", "footer", "form",     "h1",
      "h2",       "h3",       "h4",      "h5",        "h6",         "header", "hgroup", "html",     "iframe",
      "listing",  "main",     "marquee", "menu",      "nav",        "object", "ol",     "pre",      "section",
      "select",   "summary",  "table",   "template",  "textarea",   "ul",     "xmp",    "noscript", "figcaption",
      "frameset", "noframes", "noembed", "plaintext", "script",     "style",  "title",  "head"};
  for (auto s : kSpecial) {
    if (name == s) return true;
  }
  return false;
}

// Elements an end tag of a special element does not close across (the
// parser's "scope" boundaries).
bool IsScopeBoundary(std::string_view name) {
  return name == "applet" || name == "caption" || name == "html" || name == "table" || name == "marquee" ||
         name == "object" || name == "template";
}

size_t EstimateNestingDepth(std::string_view html, size_t stop_above) {
  static const std::string_view kUncounted[] = {
      "p",     "li",    "td",    "th",       "tr",       "dt",   "dd",    "option", "br",      "img",   "hr",
      "meta",  "link",  "input", "col",      "area",     "base", "embed", "param",  "source",  "track", "wbr",
      "tbody", "thead", "tfoot", "colgroup", "optgroup", "rb",   "rt",    "rp",     "!doctype"};
  constexpr size_t kEndTagSearch = 64;
  std::vector<std::string> open;  // the elements open, innermost last
  size_t max_depth = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t start = i + (closing ? 2 : 1);
    size_t end = start;
    while (end < html.size() && (std::isalnum(static_cast<unsigned char>(html[end])) || html[end] == '!')) ++end;
    if (end == start) continue;
    std::string name(html.substr(start, end - start));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool uncounted = false;
    for (auto u : kUncounted) uncounted = uncounted || name == u;
    if (uncounted) continue;
    size_t gt = html.find('>', end);
    if (!closing && gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/') continue;
    if (!closing) {
      open.push_back(std::move(name));
      max_depth = std::max(max_depth, open.size());
      if (max_depth > stop_above) return max_depth;
      continue;
    }
    const bool special = IsSpecialElement(name);
    for (size_t k = 0; k < open.size() && k < kEndTagSearch; ++k) {
      const std::string& candidate = open[open.size() - 1 - k];
      if (candidate == name) {
        open.resize(open.size() - 1 - k);
        break;
      }
      if (special ? IsScopeBoundary(candidate) : IsSpecialElement(candidate)) break;
    }
  }
  return max_depth;
}

constexpr size_t kMaxNestingDepth = 5000;

std::string Attribute(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string(a->value) : std::string();
}

// Is this element the page's chrome (its header, menus, footer, sidebar)?
// A <header> inside the <article> or <main> is the article's own.
bool IsChromeElement(const GumboNode* n, bool in_article) {
  GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE) return true;
  if (tag == GUMBO_TAG_HEADER) return !in_article;
  const std::string marks = utf8::AsciiLower(Attribute(n, "class") + " " + Attribute(n, "id"));
  return marks.find("footer") != std::string::npos || marks.find("copyright") != std::string::npos ||
         marks.find("logo") != std::string::npos;
}

// The page's text and the title detector's clues (html_title.h), from one
// walk of the DOM.
struct WalkedPage {
  std::string text;
  HtmlTitleClues clues;
};

// One walk over the page, serving two readers of it:
// - the text: content only, in reading order (IsSkipped elements and images
//   left out), headings, paragraphs, list items and table rows on their own
//   lines, table cells parted by " | ";
// - the title detector's clues, from the whole page, chrome included: the
//   <title>, the headings, the site's name where the page states it
//   (og:site_name, a logo's alt text, the copyright lines of the page's
//   text), the header's and footer's text and the links' text. The
//   copyright lines are picked from the page's lines as they are made
//   (cells and chrome on lines of their own), not from a second copy of
//   the page's text.
// Each stack entry says which of the two sees it: the text skips the
// chrome, the clues skip the <title>'s text (the title is taken whole).
WalkedPage WalkPage(const GumboNode* root) {
  constexpr size_t kMaxClues = 2000;
  constexpr size_t kMaxClueChars = 200;
  WalkedPage page;
  HtmlTitleClues& clues = page.clues;
  std::vector<std::string> copyright_lines, chrome_texts;
  TextCollector text;
  TextCollector all_lines([&](std::string_view line) {
    if (IsCopyrightLine(line)) copyright_lines.emplace_back(line);
  });
  TextCollector chrome_lines([&](std::string_view line) { chrome_texts.emplace_back(line); });
  struct Item {
    const GumboNode* node;
    bool for_text;   // part of the page's text
    bool for_clues;  // seen by the title detector
    bool in_chrome;
    bool in_article;
    bool close_text;   // a marker: the text's block ends
    bool close_clues;  // a marker: the clues' block ends
  };
  auto add = [&](std::vector<std::string>& to, std::string s) {
    if (!s.empty() && to.size() < kMaxClues && utf8::CodePointCount(s) <= kMaxClueChars) to.push_back(std::move(s));
  };
  std::vector<Item> stack{{root, true, true, false, false, false, false}};
  while (!stack.empty()) {
    const Item item = stack.back();
    stack.pop_back();
    if (item.close_text || item.close_clues) {
      if (item.close_text) text.BreakLine();
      if (item.close_clues) {
        all_lines.BreakLine();
        chrome_lines.BreakLine();
      }
      continue;
    }
    const GumboNode* n = item.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      if (item.for_text) text.AddText(n->v.text.text);
      if (item.for_clues) {
        all_lines.AddText(n->v.text.text);
        if (item.in_chrome) chrome_lines.AddText(n->v.text.text);
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE) {
      continue;  // skipped by both
    }
    // The text leaves out what is not content, and images (alt text is
    // not prose).
    const bool for_text = item.for_text && !IsSkipped(tag) && tag != GUMBO_TAG_IMG;
    bool for_clues = item.for_clues;
    bool in_chrome = item.in_chrome, in_article = item.in_article, close_clues = false;
    if (for_clues) {
      if (tag == GUMBO_TAG_TITLE) {
        if (clues.title.empty()) clues.title = NodeText(n);
        for_clues = false;
      } else if (tag == GUMBO_TAG_META) {
        const std::string key = utf8::AsciiLower(Attribute(n, "property") + Attribute(n, "name"));
        if (key == "og:site_name" || key == "application-name") add(clues.site_names, Attribute(n, "content"));
        for_clues = false;
      } else {
        in_chrome = item.in_chrome || IsChromeElement(n, item.in_article);
        in_article = item.in_article || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
        if (tag == GUMBO_TAG_IMG) {
          // A logo's alt text is the site's name; a photograph's may be the headline.
          const std::string alt(utf8::Trim(Attribute(n, "alt")));
          const std::string marks =
              utf8::AsciiLower(Attribute(n, "src") + " " + Attribute(n, "class") + " " + Attribute(n, "id"));
          if (in_chrome || marks.find("logo") != std::string::npos) add(clues.site_names, alt);
          for_clues = false;
        } else {
          if (tag == GUMBO_TAG_H1 && !in_chrome) add(clues.h1s, NodeText(n));
          if ((tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3) && !in_chrome) {
            add(clues.headings, NodeText(n));
          }
          if (tag == GUMBO_TAG_A) add(clues.links, NodeText(n));
          close_clues = IsBlock(tag) || in_chrome != item.in_chrome || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
          if (close_clues) {
            all_lines.BreakLine();
            chrome_lines.BreakLine();
          }
        }
      }
    }
    const bool close_text = for_text && IsBlock(tag);
    if (close_text) text.BreakLine();
    if (close_text || close_clues) stack.push_back({nullptr, false, false, false, false, close_text, close_clues});
    if (for_text && (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && !text.LineEmpty()) text.AddRaw(" | ");
    if (!for_text && !for_clues) continue;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i > 0; --i) {
      stack.push_back(
          {static_cast<const GumboNode*>(kids.data[i - 1]), for_text, for_clues, in_chrome, in_article, false, false});
    }
  }
  page.text = text.Finish();
  all_lines.BreakLine();
  chrome_lines.BreakLine();
  for (auto& line : copyright_lines) add(clues.chrome, std::move(line));
  for (auto& line : chrome_texts) add(clues.chrome, std::move(line));
  return page;
}

// The charset the page declares in its first 2 KB (where HTML requires the
// declaration to be): <meta charset="big5">, <meta http-equiv="Content-Type"
// content="text/html; charset=gb2312">, or an XML declaration's encoding.
// Lower case; empty if there is none. A plain byte scan: every encoding it
// can name writes these ASCII letters as themselves.
std::string DeclaredCharset(std::string_view bytes) {
  constexpr size_t kSniffBytes = 2048;
  std::string head(bytes.substr(0, kSniffBytes));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // The value after `name`, `=` and an optional quote, in the tag [from, to).
  auto value_after = [&](std::string_view name, size_t from, size_t to) -> std::string {
    for (size_t at = head.find(name, from); at != std::string::npos && at < to; at = head.find(name, at + 1)) {
      size_t i = at + name.size();
      while (i < to && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
      if (i >= to || head[i] != '=') continue;
      ++i;
      while (i < to && (std::isspace(static_cast<unsigned char>(head[i])) || head[i] == '"' || head[i] == '\'')) ++i;
      size_t start = i;
      while (i < to && (std::isalnum(static_cast<unsigned char>(head[i])) || head[i] == '-' || head[i] == '_' ||
                        head[i] == '.' || head[i] == ':')) {
        ++i;
      }
      if (i > start) return head.substr(start, i - start);
    }
    return {};
  };
  size_t start = head.starts_with("\xef\xbb\xbf") ? 3 : 0;
  if (head.compare(start, 5, "<?xml") == 0) {
    size_t end = head.find("?>", start);
    std::string enc = value_after("encoding", start, end == std::string::npos ? head.size() : end);
    if (!enc.empty()) return enc;
  }
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    size_t end = head.find('>', at);
    std::string charset = value_after("charset", at, end == std::string::npos ? head.size() : end);
    if (!charset.empty()) return charset;
  }
  return {};
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

class HtmlReader : public DocumentReader {
 public:
  std::vector<std::string> Extensions() const override { return {"html", "htm", "xhtml"}; }
  Result<ExtractedDocuments> Read(const std::filesystem::path& path, std::string_view bytes) const override {
    WY_ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(bytes, path.string(), DeclaredCharset(bytes)));
    const std::string& html = decoded.text;
    if (size_t depth = EstimateNestingDepth(html, kMaxNestingDepth); depth > kMaxNestingDepth) {
      return Status::InvalidArgument(path.string() + ": HTML elements nest more than " +
                                     std::to_string(kMaxNestingDepth) + " deep (the limit); refused");
    }
    // Parse errors are not used, and gumbo copies the whole stack of open
    // elements into each one: deep nesting would cost memory quadratic in
    // the depth (gigabytes for 100000 <div>s). Record none.
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    std::unique_ptr<GumboOutput, GumboOutputDeleter> parsed(
        gumbo_parse_with_options(&options, html.data(), html.size()));
    if (!parsed) return Status::InvalidArgument(path.string() + ": HTML could not be parsed");

    ExtractedDocument doc;
    doc.format = "html";
    doc.warnings = std::move(decoded.warnings);
    WalkedPage page = WalkPage(parsed->root);
    doc.text = std::move(page.text);
    doc.title = ChooseHtmlTitle(page.clues);
    doc.date = FindFirstDate(doc.text);
    return OneDocument(std::move(doc));
  }
};

}  // namespace

std::unique_ptr<DocumentReader> MakeHtmlReader() { return std::make_unique<HtmlReader>(); }

}  // namespace wenyuan::ingest
