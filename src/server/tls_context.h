// TLS settings of the front door: the server's certificate chain and
// private key (PEM files, as `serve --tls-cert/--tls-key` name them), loaded
// into an OpenSSL context that offers TLS 1.2 and later only. Every failure
// is one line naming the file: missing, unreadable, not PEM, or a key that
// does not belong to the certificate.
#pragma once

#include <filesystem>
#include <memory>

#include "util/status.h"

namespace boost::asio::ssl {
class context;
}  // namespace boost::asio::ssl

namespace wenyuan::server {

Result<std::shared_ptr<boost::asio::ssl::context>> MakeTlsContext(const std::filesystem::path& cert_file,
                                                                  const std::filesystem::path& key_file);

}  // namespace wenyuan::server
