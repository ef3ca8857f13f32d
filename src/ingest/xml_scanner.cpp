#include "ingest/xml_scanner.h"

#include "util/utf8.h"

namespace wenyuan::ingest {

std::string DecodeXmlEntities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 12) {
      out += '&';
      continue;
    }
    std::string_view ent = s.substr(i + 1, semi - i - 1);
    if (ent == "lt")
      out += '<';
    else if (ent == "gt")
      out += '>';
    else if (ent == "amp")
      out += '&';
    else if (ent == "quot")
      out += '"';
    else if (ent == "apos")
      out += '\'';
    else if (ent.size() > 1 && ent[0] == '#') {
      char32_t cp = 0;
      bool hex = ent[1] == 'x' || ent[1] == 'X';
      bool ok = ent.size() > (hex ? 2u : 1u);
      for (size_t k = hex ? 2 : 1; k < ent.size() && ok; ++k) {
        char c = ent[k];
        int d = (c >= '0' && c <= '9')          ? c - '0'
                : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                : -1;
        if (d < 0 || cp > 0x10FFFF)
          ok = false;
        else
          cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(d);
      }
      if (!ok) {
        out += '&';
        continue;
      }
      utf8::Append(out, cp);
    } else {
      out += '&';
      continue;
    }
    i = semi;
  }
  return out;
}

std::string XmlAttribute(const XmlTag& tag, std::string_view name) {
  std::string_view rest = tag.attributes;
  constexpr std::string_view kSpace = " \t\r\n";
  while (true) {
    size_t start = rest.find_first_not_of(kSpace);
    if (start == std::string_view::npos) return {};
    rest.remove_prefix(start);
    size_t eq = rest.find('=');
    if (eq == std::string_view::npos) return {};
    std::string_view key = rest.substr(0, eq);
    key = key.substr(0, key.find_first_of(kSpace));
    rest.remove_prefix(eq + 1);
    size_t q = rest.find_first_not_of(kSpace);
    if (q == std::string_view::npos || (rest[q] != '"' && rest[q] != '\'')) return {};
    size_t close = rest.find(rest[q], q + 1);
    if (close == std::string_view::npos) return {};
    std::string_view value = rest.substr(q + 1, close - q - 1);
    rest.remove_prefix(close + 1);
    if (key == name) return DecodeXmlEntities(value);
  }
}

Status ScanXml(std::string_view xml, const std::function<void(const XmlTag&)>& on_tag,
               const std::function<void(std::string_view)>& on_text) {
  size_t i = 0;
  while (i < xml.size()) {
    size_t lt = xml.find('<', i);
    if (lt == std::string_view::npos) lt = xml.size();
    if (lt > i) on_text(DecodeXmlEntities(xml.substr(i, lt - i)));
    if (lt == xml.size()) break;
    if (xml.substr(lt).starts_with("<!--")) {
      size_t end = xml.find("-->", lt + 4);
      if (end == std::string_view::npos)
        return Status::InvalidArgument("byte " + std::to_string(lt) + ": unterminated comment");
      i = end + 3;
      continue;
    }
    if (xml.substr(lt).starts_with("<![CDATA[")) {
      size_t end = xml.find("]]>", lt + 9);
      if (end == std::string_view::npos)
        return Status::InvalidArgument("byte " + std::to_string(lt) + ": unterminated CDATA");
      on_text(xml.substr(lt + 9, end - lt - 9));
      i = end + 3;
      continue;
    }
    size_t gt = xml.find('>', lt);
    if (gt == std::string_view::npos) {
      return Status::InvalidArgument("byte " + std::to_string(lt) + ": tag never closes");
    }
    std::string_view inner = xml.substr(lt + 1, gt - lt - 1);
    i = gt + 1;
    if (inner.empty() || inner[0] == '?' || inner[0] == '!') continue;
    XmlTag tag;
    if (inner[0] == '/') {
      tag.closing = true;
      inner.remove_prefix(1);
    }
    if (!inner.empty() && inner.back() == '/') {
      tag.self_closing = true;
      inner.remove_suffix(1);
    }
    size_t name_end = inner.find_first_of(" \t\r\n");
    tag.name = inner.substr(0, name_end);
    if (name_end != std::string_view::npos) tag.attributes = inner.substr(name_end);
    on_tag(tag);
  }
  return Status::Ok();
}

}  // namespace wenyuan::ingest
