// Test-only helpers for the reader tests of src/ingest. They build reader
// fixtures at test time instead of committing binaries: ZIP archives
// (libzip), tiny hand-assembled PDFs, and PDFs and screenshots made by
// headless Chromium from HTML, and text in legacy charsets (iconv). And
// they read files the way the ingester does, through ReaderRegistry
// (RegistryReaderTest, SniffedReaderTest), and check that a failure is one
// line naming the file. Header-only, for the
// *_test.cpp files of src/ingest; never part of the library.
#pragma once

#include <gtest/gtest.h>
#include <iconv.h>
#include <stdlib.h>
#include <unistd.h>
#include <zip.h>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/document_reader.h"
#include "test_support.h"
#include "util/status.h"
#include "util/subprocess.h"

namespace wenyuan::ingest::fixtures {

// `text` converted from `from` to `to` by iconv, or nullopt if any character
// cannot be converted (no //IGNORE, no //TRANSLIT).
inline std::optional<std::string> Convert(const std::string& text, const char* to, const char* from) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(text.size() * 4 + 16, '\0');
  char* ip = const_cast<char*>(text.data());
  size_t il = text.size();
  char* op = out.data();
  size_t ol = out.size();
  bool ok = iconv(cd, &ip, &il, &op, &ol) != static_cast<size_t>(-1) && il == 0 &&
            iconv(cd, nullptr, nullptr, &op, &ol) != static_cast<size_t>(-1);
  iconv_close(cd);
  if (!ok) return std::nullopt;
  out.resize(static_cast<size_t>(op - out.data()));
  return out;
}

// UTF-8 `text` in `charset`, only if it converts back to exactly `text`.
inline std::optional<std::string> Encode(const std::string& text, const char* charset) {
  auto bytes = Convert(text, charset, "UTF-8");
  if (!bytes) return std::nullopt;
  auto back = Convert(*bytes, "UTF-8", charset);
  if (!back || *back != text) return std::nullopt;
  return bytes;
}

// The program's path if it is on PATH and executable, else empty.
inline std::string FindProgram(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "/usr/bin:/bin";
  size_t start = 0;
  while (start <= dirs.size()) {
    size_t colon = dirs.find(':', start);
    std::string dir = dirs.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    if (!dir.empty()) {
      std::filesystem::path candidate = std::filesystem::path(dir) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
    }
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  return {};
}

inline std::string ChromiumBinary() {
  for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
    std::string found = FindProgram(name);
    if (!found.empty()) return found;
  }
  return {};
}

// Sets an environment variable for the life of the object (tests run one
// at a time in their process), then puts the old value back.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() {
    if (old_)
      ::setenv(name_, old_->c_str(), 1);
    else
      ::unsetenv(name_);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

// A directory holding links to the named programs only, for a PATH that
// lacks some tool.
inline void LinkPrograms(const std::filesystem::path& dir, const std::vector<std::string>& names) {
  std::filesystem::create_directories(dir);
  for (const auto& name : names) {
    std::string target = FindProgram(name);
    if (!target.empty()) std::filesystem::create_symlink(target, dir / name);
  }
}

// Runs headless Chromium with the flags that keep it offline and quiet.
inline Status RunChromium(const std::filesystem::path& profile, std::vector<std::string> extra) {
  std::vector<std::string> argv{ChromiumBinary(),
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--user-data-dir=" + profile.string()};
  argv.insert(argv.end(), extra.begin(), extra.end());
  SubprocessLimits limits;
  limits.timeout = std::chrono::seconds(90);
  limits.max_memory_bytes = 1ull << 42;  // Chromium reserves a lot of address space
  auto run = RunSubprocess(argv, limits);
  if (!run.ok()) return run.status();
  if (run->exit_code != 0) {
    return Status::Internal("chromium exited with " + std::to_string(run->exit_code) + ": " +
                            run->stderr_text.substr(run->stderr_text.size() > 600 ? run->stderr_text.size() - 600 : 0));
  }
  return Status::Ok();
}

// Prints `html` (a file) to `pdf` without Chromium's own header and footer.
inline Status PrintHtmlToPdf(const std::filesystem::path& html, const std::filesystem::path& pdf,
                             const std::filesystem::path& profile) {
  WY_RETURN_IF_ERROR(RunChromium(profile, {"--no-pdf-header-footer", "--print-to-pdf=" + pdf.string(),
                                           "file://" + std::filesystem::absolute(html).string()}));
  if (!std::filesystem::is_regular_file(pdf)) return Status::Internal("chromium wrote no PDF");
  return Status::Ok();
}

// A screenshot of `html` (PNG or JPEG by the output's extension).
inline Status ScreenshotHtml(const std::filesystem::path& html, const std::filesystem::path& image,
                             const std::filesystem::path& profile, int width, int height, int scale) {
  WY_RETURN_IF_ERROR(
      RunChromium(profile, {"--hide-scrollbars", "--force-device-scale-factor=" + std::to_string(scale),
                            "--window-size=" + std::to_string(width) + "," + std::to_string(height),
                            "--screenshot=" + image.string(), "file://" + std::filesystem::absolute(html).string()}));
  if (!std::filesystem::is_regular_file(image)) return Status::Internal("chromium wrote no screenshot");
  return Status::Ok();
}

// Writes a ZIP archive with the given parts (names and bytes).
inline void MakeZip(const std::filesystem::path& path, const std::vector<std::pair<std::string, std::string>>& parts) {
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  ASSERT_NE(zip, nullptr) << error;
  for (const auto& [name, data] : parts) {
    zip_source_t* src = zip_source_buffer(zip, data.data(), data.size(), 0);
    ASSERT_NE(src, nullptr);
    ASSERT_GE(zip_file_add(zip, name.c_str(), src, ZIP_FL_OVERWRITE), 0);
  }
  ASSERT_EQ(zip_close(zip), 0);
}

// One page of a hand-assembled PDF: lines of ASCII text (Helvetica) from the
// top, and optionally an 8x8 grey image (a page that looks scanned).
struct MiniPdfPage {
  std::vector<std::string> lines;
  bool image = false;
};

// A small, valid PDF with the given pages (correct xref offsets).
inline std::string MiniPdf(const std::vector<MiniPdfPage>& pages) {
  std::vector<std::string> objects;  // object i+1
  auto add = [&](std::string body) {
    objects.push_back(std::move(body));
    return objects.size();
  };
  add("");  // 1: catalog, filled below
  add("");  // 2: pages
  size_t font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  std::string image_data;
  for (int i = 0; i < 64; ++i) image_data += static_cast<char>(((i / 8 + i % 8) % 2) ? 0x20 : 0xE0);
  size_t image =
      add("<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
          "/BitsPerComponent 8 /Length 64 >>\nstream\n" +
          image_data + "\nendstream");
  std::string kids;
  for (const auto& page : pages) {
    std::string content = "BT /F1 12 Tf 72 760 Td 14 TL\n";
    for (const auto& line : page.lines) {
      std::string escaped;
      for (char c : line) {
        if (c == '(' || c == ')' || c == '\\') escaped += '\\';
        escaped += c;
      }
      content += "(" + escaped + ") Tj T*\n";
    }
    content += "ET\n";
    if (page.image) content += "q 300 0 0 300 150 200 cm /Im1 Do Q\n";
    size_t stream = add("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
    size_t page_obj = add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " +
                          std::to_string(font) + " 0 R >> /XObject << /Im1 " + std::to_string(image) +
                          " 0 R >> >> /Contents " + std::to_string(stream) + " 0 R >>");
    kids += std::to_string(page_obj) + " 0 R ";
  }
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t off : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    pdf += buf;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// `text` without any white space, for comparing OCR output.
inline std::string WithoutSpaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') out += c;
  }
  return out;
}

using wenyuan::testing::PseudoRandomBytes;

// A failure must be a Status on one line that names the file.
template <typename T>
void ExpectFailsNaming(const Result<T>& r, const std::filesystem::path& p) {
  ASSERT_FALSE(r.ok()) << "unexpectedly read " << p;
  EXPECT_NE(r.status().message().find(p.string()), std::string::npos) << r.status().ToString();
  EXPECT_EQ(r.status().message().find('\n'), std::string::npos) << r.status().ToString();
}

// `text` split at '\n' (no empty last line for a text that ends in one).
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

// Every warning of every document, one a line, each after its document's
// part ("line-3: …"); empty when there is none.
inline std::string AllWarnings(const ExtractedDocuments& docs) {
  std::string out;
  for (const auto& d : docs) {
    for (const auto& w : d.warnings) out += d.part + ": " + w + "\n";
  }
  return out;
}

// Whether any document has a warning containing `needle`.
inline bool AnyWarningHas(const ExtractedDocuments& docs, std::string_view needle) {
  for (const auto& d : docs) {
    for (const auto& w : d.warnings) {
      if (w.find(needle) != std::string::npos) return true;
    }
  }
  return false;
}

// A fixture for readers that give one document a file: Read reads a file
// with the reader ReaderRegistry picks by its extension, as the ingester
// does; files go in tmp_.
class RegistryReaderTest : public ::testing::Test {
 protected:
  // The one document read from `path`; an error if the read fails or gives
  // another number of documents.
  Result<ExtractedDocument> Read(const std::filesystem::path& path) const {
    const DocumentReader* reader = registry_.ForPath(path);
    if (!reader) return Status::Unsupported("no reader for " + path.string());
    auto docs = reader->Read(path, wenyuan::testing::ReadFile(path));
    if (!docs.ok()) return docs.status();
    if (docs->size() != 1) {
      return Status::Internal("expected one document, got " + std::to_string(docs->size()));
    }
    return docs->front();
  }
  // Writes `bytes` to tmp_/`name` and reads it as Read does.
  Result<ExtractedDocument> ReadBytes(const std::string& name, const std::string& bytes) {
    auto path = tmp_ / name;
    wenyuan::testing::WriteFile(path, bytes);
    return Read(path);
  }

  ReaderRegistry registry_;
  wenyuan::testing::TempDir tmp_;
};

// A fixture for the readers of record files, recognised by content: ReadAs
// writes a file to tmp_ and reads it with the reader ReaderRegistry picks by
// its name and content, which must give documents of the format the test
// names.
class SniffedReaderTest : public ::testing::Test {
 protected:
  explicit SniffedReaderTest(std::string format) : format_(std::move(format)) {}

  // The documents read from tmp_/`name` holding `bytes` (also last_path_).
  Result<ExtractedDocuments> ReadAs(const std::string& name, const std::string& bytes) {
    last_path_ = tmp_ / name;
    wenyuan::testing::WriteFile(last_path_, bytes);
    const DocumentReader* reader = registry_.ForFile(last_path_, bytes);
    if (reader == nullptr) return Status::Unsupported("no reader for " + last_path_.string());
    auto docs = reader->Read(last_path_, bytes);
    if (docs.ok() && !docs->empty() && docs->front().format != format_) {
      return Status::Internal("read as " + docs->front().format + ", not as " + format_);
    }
    return docs;
  }

  ReaderRegistry registry_;
  wenyuan::testing::TempDir tmp_;
  std::filesystem::path last_path_;

 private:
  std::string format_;
};

}  // namespace wenyuan::ingest::fixtures
