#include "ingest/office_archive.h"

#include <zip.h>

#include "ingest/xml_scanner.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

}  // namespace

void OfficeArchive::Closer::operator()(zip* z) const { zip_discard(z); }

Result<OfficeArchive> OfficeArchive::Open(std::string_view bytes, std::string where, std::string kind,
                                          OfficeArchiveLimits limits) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!src) {
    zip_error_fini(&error);
    return Status::Internal(where + ": cannot create a ZIP source");
  }
  std::unique_ptr<zip, Closer> archive(zip_open_from_source(src, ZIP_RDONLY, &error));
  if (!archive) {
    zip_source_free(src);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return Status::InvalidArgument(where + ": unreadable as " + kind + " (ZIP archive: " + why + ")");
  }
  zip_error_fini(&error);
  return OfficeArchive(std::move(archive), std::move(where), std::move(kind), limits);
}

bool OfficeArchive::Has(std::string_view name) const {
  return zip_name_locate(zip_.get(), std::string(name).c_str(), 0) >= 0;
}

std::vector<std::string> OfficeArchive::Names() const {
  std::vector<std::string> out;
  zip_int64_t n = zip_get_num_entries(zip_.get(), 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(zip_.get(), static_cast<zip_uint64_t>(i), 0);
    if (name) out.emplace_back(name);
  }
  return out;
}

Result<std::string> OfficeArchive::Read(std::string_view name_view) {
  const std::string name(name_view);
  const std::string in_archive = " in the " + kind_ + " archive";
  zip_int64_t index = zip_name_locate(zip_.get(), name.c_str(), 0);
  if (index < 0) return Status::NotFound(where_ + ": " + kind_ + " has no " + name);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
    return Status::InvalidArgument(where_ + ": cannot read " + name + in_archive);
  }
  if (st.size > limits_.max_part_bytes) {
    return Status::ResourceExhausted(where_ + ": " + name + " unpacks to " + std::to_string(st.size) +
                                     " bytes, over the limit of " + std::to_string(limits_.max_part_bytes));
  }
  if (total_read_ + st.size > limits_.max_total_bytes) {
    return Status::ResourceExhausted(where_ + ": the " + kind_ + " parts unpack to more than " +
                                     std::to_string(limits_.max_total_bytes) + " bytes (at " + name + ")");
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> f(zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0));
  if (!f) return Status::InvalidArgument(where_ + ": cannot open " + name + in_archive);
  std::string out(static_cast<size_t>(st.size), '\0');
  zip_int64_t n = st.size == 0 ? 0 : zip_fread(f.get(), out.data(), st.size);
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    return Status::InvalidArgument(where_ + ": " + name + " is damaged" + in_archive);
  }
  total_read_ += st.size;
  return out;
}

Result<std::string> OfficeArchive::ReadXml(std::string_view name) {
  WY_ASSIGN_OR_RETURN(std::string xml, Read(name));
  size_t bad = 0;
  if (!utf8::IsValid(xml, &bad)) {
    return Status::InvalidArgument(where_ + ": " + std::string(name) + " is not valid UTF-8 (byte " +
                                   std::to_string(bad) + ")");
  }
  if (xml.starts_with("\xEF\xBB\xBF")) xml.erase(0, 3);
  return xml;
}

std::string ResolvePartTarget(std::string_view base_folder, std::string_view target) {
  std::vector<std::string> parts;
  auto push_path = [&](std::string_view path) {
    while (!path.empty()) {
      size_t slash = path.find('/');
      std::string_view seg = path.substr(0, slash);
      if (seg == "..") {
        if (!parts.empty()) parts.pop_back();
      } else if (!seg.empty() && seg != ".") {
        parts.emplace_back(seg);
      }
      if (slash == std::string_view::npos) break;
      path.remove_prefix(slash + 1);
    }
  };
  if (!target.starts_with('/')) push_path(base_folder);
  push_path(target);
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += '/';
    out += p;
  }
  return out;
}

std::string CoreTitle(OfficeArchive& archive, std::vector<std::string>& warnings) {
  auto core = archive.ReadXml("docProps/core.xml");
  if (!core.ok()) return {};
  std::string title;
  bool in_title = false;
  Status scanned = ScanXml(
      *core,
      [&](const XmlTag& tag) {
        if (tag.name == "dc:title") in_title = !tag.closing && !tag.self_closing;
      },
      [&](std::string_view text) {
        if (in_title) title += text;
      });
  if (!scanned.ok()) {
    warnings.push_back("docProps/core.xml: " + scanned.message() + "; no title taken from it");
    return {};
  }
  return std::string(utf8::Trim(title));
}

}  // namespace wenyuan::ingest
