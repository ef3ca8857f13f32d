#include "server/response_head.h"

#include <algorithm>
#include <cctype>

namespace wenyuan::server {
namespace {

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), s.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::optional<RewrittenResponseHead> RewriteResponseHead(std::string_view head, bool client_keep_alive,
                                                         bool head_request) {
  const size_t first_end = head.find('\n');
  if (first_end == std::string_view::npos) return std::nullopt;
  std::string_view status_line = head.substr(0, first_end);
  if (!status_line.empty() && status_line.back() == '\r') status_line.remove_suffix(1);
  if (!status_line.starts_with("HTTP/1.") || status_line.size() < 12 || status_line[8] != ' ') return std::nullopt;
  const std::string_view code = status_line.substr(9, 3);
  if (!std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  const int status = std::stoi(std::string(code));

  RewrittenResponseHead out;
  out.head.assign(status_line);
  out.head += "\r\n";
  bool framed = head_request || status < 200 || status == 204 || status == 304;
  std::string_view rest = head.substr(first_end + 1);
  while (!rest.empty()) {
    const size_t lf = rest.find('\n');
    std::string_view line = rest.substr(0, lf);
    rest.remove_prefix(lf == std::string_view::npos ? rest.size() : lf + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;
    if (StartsWithIgnoreCase(line, "Connection:") || StartsWithIgnoreCase(line, "Keep-Alive:")) continue;
    if (StartsWithIgnoreCase(line, "Content-Length:")) framed = true;
    if (StartsWithIgnoreCase(line, "Transfer-Encoding:") && line.find("chunked") != std::string_view::npos) {
      framed = true;
    }
    out.head += line;
    out.head += "\r\n";
  }
  out.keep_alive = client_keep_alive && framed;
  if (!out.keep_alive) out.head += "Connection: close\r\n";
  out.head += "\r\n";
  return out;
}

}  // namespace wenyuan::server
