#include "server/upload_names.h"

#include <algorithm>

#include "util/utf8.h"

namespace wenyuan::server {

std::set<std::string> ParseExtensionList(std::string_view list) {
  std::set<std::string> out;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t comma = list.find(',', pos);
    if (comma == std::string_view::npos) comma = list.size();
    std::string ext(utf8::Trim(list.substr(pos, comma - pos)));
    if (!ext.empty() && ext[0] == '.') ext.erase(0, 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (!ext.empty()) out.insert(ext);
    pos = comma + 1;
  }
  return out;
}

Status CheckUploadName(std::string_view name, const std::set<std::string>& extensions) {
  auto bad = [&](const char* why) {
    return Status::InvalidArgument("upload file name is not allowed (" + std::string(why) + ")");
  };
  if (name.empty()) return bad("empty");
  if (name.size() > 200) return bad("longer than 200 bytes");
  if (!utf8::IsValid(name)) return bad("not UTF-8");
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f) return bad("control character");
    if (c == '/' || c == '\\') return bad("it holds a directory part");
    if (c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') {
      return bad("it holds one of : * ? \" < > |");
    }
  }
  if (name[0] == '.') return bad("hidden or relative name");
  if (name.find("..") != std::string_view::npos) return bad("'..'");
  if (name.back() == ' ' || name[0] == ' ') return bad("leading or trailing space");
  size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot + 1 == name.size()) {
    return Status::Unsupported("upload '" + std::string(name) + "' has no file type extension");
  }
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (!extensions.count(ext)) {
    return Status::Unsupported("upload '" + std::string(name) + "': files of type ." + ext + " are not accepted");
  }
  return Status::Ok();
}

}  // namespace wenyuan::server
