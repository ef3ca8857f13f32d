// RequestHead: the front door's reading of an HTTP/1.x request head (the
// request line and header fields up to the blank line). It reads just
// enough to frame the request, that is to know how many body bytes follow,
// and to hand it on to the handler pool with a head of its own making
// (ForwardedHead): hop-by-hop fields dropped, "Connection: close", and the
// client's real address in X-Wenyuan-Peer, a field a client cannot set
// because any copy it sends is dropped. Anything ambiguous that could make
// the front door and the handlers frame a request differently (a bare CR,
// folded lines, white space before a colon, two different Content-Lengths,
// Transfer-Encoding) is refused with the HTTP status to answer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wenyuan::server {

// The field that carries the client's address to the handlers.
inline constexpr std::string_view kPeerField = "X-Wenyuan-Peer";

struct RequestHead {
  std::string method;
  std::string target;
  int minor_version = 1;                                    // HTTP/1.<minor_version>
  std::vector<std::pair<std::string, std::string>> fields;  // as sent, in order
  uint64_t content_length = 0;
  bool keep_alive = true;         // the client may send another request after this one
  bool expects_continue = false;  // "Expect: 100-continue"
};

struct ParsedRequestHead {
  RequestHead head;
  int error_status = 0;  // 0: parsed; else the HTTP status to answer (400, 411, 431, 501, 505)
  std::string error;     // one line saying what is wrong
  bool ok() const { return error_status == 0; }
};

// Where the head in `buffer` ends (just past the blank line), or npos if the
// blank line has not arrived yet. Lines end with CRLF or a bare LF.
size_t FindHeadEnd(std::string_view buffer);

// Parses `head` (as delimited by FindHeadEnd). At most `max_fields` fields.
ParsedRequestHead ParseRequestHead(std::string_view head, size_t max_fields = 100);

// The head to send the handlers for `head`: its request line and fields
// minus the hop-by-hop ones and any kPeerField, then "Connection: close"
// and "kPeerField: peer". It holds at most kForwardedFieldsAdded more fields
// than `head` did, so a head at the field limit forwards as one just over it
// (the handlers' reader has no field limit of its own).
inline constexpr size_t kForwardedFieldsAdded = 3;
std::string ForwardedHead(const RequestHead& head, std::string_view peer);

}  // namespace wenyuan::server
