#include "ingest/record_file_support.h"

#include <set>

#include "ingest/document_reader.h"
#include "ingest/text_decoding.h"
#include "util/utf8.h"

namespace wenyuan::ingest {
namespace {

std::string HeadAsUtf8(std::string_view head) {
  size_t bad = 0;
  if (utf8::IsValid(head, &bad)) return std::string(head);
  if (head.size() - bad < 4 && head.find('\0') == std::string_view::npos) {
    return std::string(head.substr(0, bad));
  }
  std::string_view whole = head;
  if (head.find('\0') != std::string_view::npos) {
    whole = head.substr(0, head.size() & ~size_t{1});  // UTF-16: whole code units
  } else if (size_t nl = head.rfind('\n'); nl != std::string_view::npos) {
    whole = head.substr(0, nl + 1);
  }
  auto decoded = DecodeText(whole, "head");
  return decoded.ok() ? std::move(decoded->text) : std::string();
}

// Records of one line each: every chunk is read on its own, but for the
// part names given so far.
class LineRecordStream : public RecordStream {
 public:
  LineRecordStream(const DocumentReader& reader, std::filesystem::path path)
      : reader_(reader), path_(std::move(path)) {}
  Result<RecordBatch> Next(std::string_view lines, size_t first_line, const std::vector<size_t>&) override {
    return reader_.ReadLineRecords(path_, lines, first_line, parts_);
  }
  RecordBatch Finish() override { return {}; }

 private:
  const DocumentReader& reader_;
  std::filesystem::path path_;
  std::set<std::string> parts_;
};

}  // namespace

std::unique_ptr<RecordStream> DocumentReader::OpenRecordStream(const std::filesystem::path& path,
                                                               size_t /*max_record_bytes*/) const {
  return std::make_unique<LineRecordStream>(*this, path);
}

std::string SniffableHead(std::string_view raw_head) {
  std::string head = HeadAsUtf8(raw_head);
  if (head.starts_with("\xEF\xBB\xBF")) head.erase(0, 3);
  return head;
}

void AttachFileWarnings(ExtractedDocuments& docs, const std::vector<std::string>& warnings) {
  if (docs.empty() || warnings.empty()) return;
  auto& w = docs.front().warnings;
  w.insert(w.begin(), warnings.begin(), warnings.end());
}

}  // namespace wenyuan::ingest
