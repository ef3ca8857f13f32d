// Reads HTML with a real parser (gumbo, the WHATWG algorithm): keeps the
// text of the page in reading order with headings, paragraphs, list items
// and table rows on their own lines, and drops what is not content (script,
// style, nav, header, footer, forms). The <title>, else the first <h1>, is
// the title. The DOM is walked with an explicit stack, so deep nesting in a
// hostile page cannot overflow ours.
#include <gumbo.h>

#include <memory>

#include "ingest/date_finder.h"
#include "ingest/document_reader.h"
#include "ingest/text_decoding.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

bool IsSkipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY: case GUMBO_TAG_ASIDE:
      return true;
    default:
      return false;
  }
}

// Collects text with HTML white-space rules, except that white space between
// two Han characters (a source line break inside Chinese text) vanishes.
class TextCollector {
 public:
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
      out_ += line_;
      out_ += '\n';
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

struct GumboOutputDeleter {
  void operator()(GumboOutput* o) const { gumbo_destroy_output(&kGumboDefaultOptions, o); }
};

class HtmlReader : public DocumentReader {
 public:
  std::vector<std::string> Extensions() const override { return {"html", "htm", "xhtml"}; }
  Result<ExtractedDocument> Read(const std::filesystem::path& path,
                                 std::string_view bytes) const override {
    WY_ASSIGN_OR_RETURN(std::string html, DecodeToUtf8(bytes, path.string()));
    std::unique_ptr<GumboOutput, GumboOutputDeleter> parsed(
        gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
    if (!parsed) return Status::InvalidArgument(path.string() + ": HTML could not be parsed");

    ExtractedDocument doc;
    doc.format = "html";
    std::string first_h1;
    TextCollector text;
    // Each stack entry is a node, or a marker to close a block or cell.
    struct Item {
      const GumboNode* node;
      bool close_block;
    };
    std::vector<Item> stack{{parsed->root, false}};
    while (!stack.empty()) {
      Item item = stack.back();
      stack.pop_back();
      if (item.close_block) {
        text.BreakLine();
        continue;
      }
      const GumboNode* n = item.node;
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
        text.AddText(n->v.text.text);
        continue;
      }
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_TITLE && doc.title.empty()) doc.title = NodeText(n);
      if (tag == GUMBO_TAG_H1 && first_h1.empty()) first_h1 = NodeText(n);
      if (IsSkipped(tag)) continue;
      if (tag == GUMBO_TAG_IMG) continue;  // alt text is not prose
      bool block = IsBlock(tag);
      if (block) {
        text.BreakLine();
        stack.push_back({nullptr, true});
      }
      if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && !text.LineEmpty()) text.AddRaw(" | ");
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i > 0; --i) {
        stack.push_back({static_cast<const GumboNode*>(kids.data[i - 1]), false});
      }
    }
    doc.text = text.Finish();
    if (doc.title.empty()) doc.title = first_h1;
    doc.date = FindFirstDate(doc.text);
    return doc;
  }
};

}  // namespace

std::unique_ptr<DocumentReader> MakeHtmlReader() { return std::make_unique<HtmlReader>(); }

}  // namespace wenyuan::ingest
