// ResponseHead: the front door's rewrite of the head of a reply from the
// handler pool before it goes to the client. The handlers always answer on
// a connection they close ("Connection: close"); the client's connection
// may stay open for its next request when the reply frames itself
// (Content-Length, chunked, or no body by its status or method). The
// rewrite drops the handlers' Connection fields and says "close" only when
// the client's connection ends with this reply.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace wenyuan::server {

struct RewrittenResponseHead {
  std::string head;         // the head to send the client
  bool keep_alive = false;  // the client's connection may carry another request
};

// `head` is a response head as FindHeadEnd delimits it; `client_keep_alive`
// says whether the client asked to keep its connection; `head_request`
// whether the request was HEAD (no body follows whatever the fields say).
// nullopt if `head` is not an HTTP/1.x status line and fields.
std::optional<RewrittenResponseHead> RewriteResponseHead(std::string_view head, bool client_keep_alive,
                                                         bool head_request);

}  // namespace wenyuan::server
