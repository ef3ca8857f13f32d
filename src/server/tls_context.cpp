#include "server/tls_context.h"

#include <openssl/err.h>
#include <openssl/x509.h>

#include <boost/asio/ssl/context.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace wenyuan::server {
namespace {

// What OpenSSL said, in words; its error queue is cleared.
std::string OpenSslReason(const boost::system::error_code& ec) {
  std::string why = ec.message();
  ERR_clear_error();
  return why.empty() ? "not a PEM file" : why;
}

Status CheckReadable(const std::filesystem::path& file, const char* what) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::IOError("TLS " + std::string(what) + " " + file.string() + ": " + std::strerror(errno));
  char c = 0;
  if (!in.get(c)) return Status::InvalidArgument("TLS " + std::string(what) + " " + file.string() + ": empty");
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<boost::asio::ssl::context>> MakeTlsContext(const std::filesystem::path& cert_file,
                                                                  const std::filesystem::path& key_file) {
  namespace ssl = boost::asio::ssl;
  WY_RETURN_IF_ERROR(CheckReadable(cert_file, "certificate"));
  WY_RETURN_IF_ERROR(CheckReadable(key_file, "key"));
  auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
  boost::system::error_code ec;
  context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                           ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use,
                       ec);
  if (ec) return Status::Internal("TLS: cannot set the protocol options: " + OpenSslReason(ec));
  context->use_certificate_chain_file(cert_file.string(), ec);
  if (ec) {
    return Status::InvalidArgument("TLS certificate " + cert_file.string() +
                                   ": not a PEM certificate (chain): " + OpenSslReason(ec));
  }
  context->use_private_key_file(key_file.string(), ssl::context::pem, ec);
  if (ec && ERR_GET_REASON(static_cast<unsigned long>(ec.value())) == X509_R_KEY_VALUES_MISMATCH) {
    ERR_clear_error();
    return Status::InvalidArgument("TLS key " + key_file.string() + " does not match the certificate " +
                                   cert_file.string());
  }
  if (ec) {
    return Status::InvalidArgument("TLS key " + key_file.string() + ": not a PEM private key: " + OpenSslReason(ec));
  }
  if (SSL_CTX_check_private_key(context->native_handle()) != 1) {
    ERR_clear_error();
    return Status::InvalidArgument("TLS key " + key_file.string() + " does not match the certificate " +
                                   cert_file.string());
  }
  return context;
}

}  // namespace wenyuan::server
