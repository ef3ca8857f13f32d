// libFuzzer target: the server front door's reading of request heads
// (server/request_head.h) and its rewrite of the handlers' reply heads
// (server/response_head.h). A head that parses must be forwarded as a head
// that parses again to the same method, target and body length, carrying
// exactly one peer field: the front door's own, never a client's copy.
#include <strings.h>

#include "fuzz_support.h"
#include "server/request_head.h"
#include "server/response_head.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace wenyuan::server;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t end = FindHeadEnd(input);
  const std::string_view head = input.substr(0, end == std::string_view::npos ? input.size() : end);
  const ParsedRequestHead parsed = ParseRequestHead(head);
  if (parsed.ok()) {
    const std::string forwarded = ForwardedHead(parsed.head, "192.0.2.1");
    wenyuan::fuzz::Check(FindHeadEnd(forwarded) == forwarded.size(), "the forwarded head ends where it should");
    const ParsedRequestHead again = ParseRequestHead(forwarded, parsed.head.fields.size() + kForwardedFieldsAdded);
    wenyuan::fuzz::Check(again.ok(), "the forwarded head parses");
    wenyuan::fuzz::Check(again.head.method == parsed.head.method && again.head.target == parsed.head.target &&
                             again.head.content_length == parsed.head.content_length,
                         "the forwarded head frames the same request");
    size_t peers = 0;
    for (const auto& [name, value] : again.head.fields) {
      if (name.size() == kPeerField.size() && ::strncasecmp(name.c_str(), kPeerField.data(), name.size()) == 0) {
        ++peers;
        wenyuan::fuzz::Check(value == "192.0.2.1", "the peer field is the front door's");
      }
    }
    wenyuan::fuzz::Check(peers == 1, "exactly one peer field");
  }
  if (auto reply = RewriteResponseHead(head, size % 2 == 0, size % 3 == 0)) {
    wenyuan::fuzz::Check(FindHeadEnd(reply->head) == reply->head.size(), "the rewritten reply head ends once");
  }
  return 0;
}
