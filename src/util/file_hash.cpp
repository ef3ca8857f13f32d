#include "util/file_hash.h"

#include <openssl/evp.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace wenyuan {

Result<std::string> Sha256OfFile(const std::filesystem::path& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return Status::IOError(path.string() + ": cannot open: " + std::strerror(errno));
  std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1) {
    return Status::Internal(path.string() + ": cannot start SHA-256");
  }
  std::vector<char> block(1 << 20);
  while (true) {
    const size_t n = std::fread(block.data(), 1, block.size(), f.get());
    if (n > 0) EVP_DigestUpdate(ctx.get(), block.data(), n);
    if (n < block.size()) {
      if (std::ferror(f.get())) return Status::IOError(path.string() + ": cannot read: " + std::strerror(errno));
      break;
    }
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(ctx.get(), digest, &len);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < len; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

}  // namespace wenyuan
