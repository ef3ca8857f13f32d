#include "server/request_head.h"

#include <algorithm>
#include <cctype>

namespace wenyuan::server {
namespace {

bool IsTokenChar(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (std::isalnum(u)) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

bool IsToken(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), IsTokenChar); }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// True if the comma-separated list `value` holds `token` (any case).
bool ListHas(std::string_view value, std::string_view token) {
  while (!value.empty()) {
    const size_t comma = value.find(',');
    if (EqualsIgnoreCase(Trim(value.substr(0, comma)), token)) return true;
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return false;
}

ParsedRequestHead Refuse(int status, std::string why) {
  ParsedRequestHead out;
  out.error_status = status;
  out.error = std::move(why);
  return out;
}

// Splits `head` into lines (CRLF or LF); false on a bare CR.
bool SplitLines(std::string_view head, std::vector<std::string_view>& lines) {
  while (!head.empty()) {
    const size_t lf = head.find('\n');
    std::string_view line = head.substr(0, lf);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find('\r') != std::string_view::npos) return false;
    lines.push_back(line);
    if (lf == std::string_view::npos) break;
    head.remove_prefix(lf + 1);
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return true;
}

bool IsHopByHop(std::string_view name) {
  for (std::string_view hop : {"Connection", "Keep-Alive", "Proxy-Connection", "Expect", "TE", "Trailer",
                               "Transfer-Encoding", "Upgrade", "Content-Length"}) {
    if (EqualsIgnoreCase(name, hop)) return true;
  }
  return EqualsIgnoreCase(name, kPeerField);
}

}  // namespace

size_t FindHeadEnd(std::string_view buffer) {
  for (size_t lf = buffer.find('\n'); lf != std::string_view::npos; lf = buffer.find('\n', lf + 1)) {
    if (lf + 1 < buffer.size() && buffer[lf + 1] == '\n') return lf + 2;
    if (lf + 2 < buffer.size() && buffer[lf + 1] == '\r' && buffer[lf + 2] == '\n') return lf + 3;
  }
  return std::string_view::npos;
}

ParsedRequestHead ParseRequestHead(std::string_view head, size_t max_fields) {
  // RFC 9112 2.2: ignore at least one empty line before the request line.
  while (head.starts_with("\r\n") || head.starts_with("\n")) head.remove_prefix(head[0] == '\r' ? 2 : 1);
  std::vector<std::string_view> lines;
  if (!SplitLines(head, lines)) return Refuse(400, "a bare CR in the request head");
  if (lines.empty()) return Refuse(400, "an empty request");

  ParsedRequestHead out;
  RequestHead& req = out.head;
  const std::string_view line = lines[0];
  const size_t sp1 = line.find(' ');
  const size_t sp2 = sp1 == std::string_view::npos ? sp1 : line.find(' ', sp1 + 1);
  if (sp2 == std::string_view::npos || line.find(' ', sp2 + 1) != std::string_view::npos) {
    return Refuse(400, "the request line is not METHOD TARGET VERSION");
  }
  const std::string_view method = line.substr(0, sp1);
  const std::string_view target = line.substr(sp1 + 1, sp2 - sp1 - 1);
  const std::string_view version = line.substr(sp2 + 1);
  if (!IsToken(method)) return Refuse(400, "the request method is not a token");
  if (target.empty() || std::any_of(target.begin(), target.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u <= 0x20 || u == 0x7f;
      })) {
    return Refuse(400, "the request target is empty or holds a control character");
  }
  if (version == "HTTP/1.1") {
    req.minor_version = 1;
  } else if (version == "HTTP/1.0") {
    req.minor_version = 0;
  } else if (version.starts_with("HTTP/")) {
    return Refuse(505, "only HTTP/1.0 and HTTP/1.1 are served");
  } else {
    return Refuse(400, "the request line has no HTTP version");
  }
  req.method = method;
  req.target = target;

  if (lines.size() - 1 > max_fields) return Refuse(431, "more than " + std::to_string(max_fields) + " header fields");
  bool has_length = false;
  bool close = req.minor_version == 0;
  for (size_t i = 1; i < lines.size(); ++i) {
    const std::string_view field = lines[i];
    if (field.front() == ' ' || field.front() == '\t') return Refuse(400, "a folded header line");
    const size_t colon = field.find(':');
    if (colon == std::string_view::npos) return Refuse(400, "a header line without a colon");
    const std::string_view name = field.substr(0, colon);
    if (!IsToken(name)) return Refuse(400, "a header field name that is not a token");
    const std::string_view value = Trim(field.substr(colon + 1));
    if (std::any_of(value.begin(), value.end(), [](char c) { return c == '\0'; })) {
      return Refuse(400, "a NUL in a header value");
    }
    if (EqualsIgnoreCase(name, "Content-Length")) {
      if (value.empty() || value.size() > 19 ||
          !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return Refuse(400, "Content-Length is not a number");
      }
      const uint64_t n = std::stoull(std::string(value));
      if (has_length && n != req.content_length) return Refuse(400, "two different Content-Lengths");
      has_length = true;
      req.content_length = n;
    } else if (EqualsIgnoreCase(name, "Transfer-Encoding")) {
      if (ListHas(value, "chunked")) return Refuse(411, "a chunked request body; send Content-Length instead");
      return Refuse(501, "Transfer-Encoding " + std::string(value) + " is not supported");
    } else if (EqualsIgnoreCase(name, "Connection")) {
      if (ListHas(value, "close")) close = true;  // HTTP/1.0 closes anyway
    } else if (EqualsIgnoreCase(name, "Expect")) {
      if (!EqualsIgnoreCase(value, "100-continue")) return Refuse(417, "only Expect: 100-continue is understood");
      req.expects_continue = true;
    }
    req.fields.emplace_back(name, value);
  }
  req.keep_alive = !close;
  return out;
}

std::string ForwardedHead(const RequestHead& head, std::string_view peer) {
  std::string out = head.method + " " + head.target + " HTTP/1." + std::to_string(head.minor_version) + "\r\n";
  for (const auto& [name, value] : head.fields) {
    if (IsHopByHop(name)) continue;
    out += name;
    out += ": ";
    out += value;
    out += "\r\n";
  }
  if (head.content_length > 0 || head.method == "POST" || head.method == "PUT" || head.method == "PATCH") {
    out += "Content-Length: " + std::to_string(head.content_length) + "\r\n";
  }
  out += "Connection: close\r\n";
  out += std::string(kPeerField) + ": " + std::string(peer) + "\r\n\r\n";
  return out;
}

}  // namespace wenyuan::server
