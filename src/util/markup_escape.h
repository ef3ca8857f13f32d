// Text made safe inside HTML or XML, as element content or a quoted
// attribute value: & < > " ' become entities, and control characters that
// XML 1.0 does not allow (C0 other than tab, line feed, carriage return)
// are dropped. Stateless.
#pragma once

#include <string>
#include <string_view>

namespace wenyuan {

std::string EscapeMarkup(std::string_view text);

}  // namespace wenyuan
