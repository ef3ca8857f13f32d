#include "server/draft_json.h"

namespace wenyuan::server {
namespace {

using nlohmann::json;

Result<std::string> StringField(const json& j, const char* name, const std::string& where, bool required) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) {
    if (required) return Status::InvalidArgument(where + "'" + name + "' is required");
    return std::string();
  }
  if (!it->is_string()) return Status::InvalidArgument(where + "'" + name + "' must be a string");
  return it->get<std::string>();
}

Result<size_t> CountField(const json& j, const char* name, const std::string& where) {
  auto it = j.find(name);
  if (it == j.end()) return size_t{0};
  if (!it->is_number_unsigned()) return Status::InvalidArgument(where + "'" + name + "' must be a whole number");
  return it->get<size_t>();
}

}  // namespace

json ToJson(const answer::Draft& d) {
  json sections = json::array();
  for (const auto& s : d.sections) {
    sections.push_back({{"heading", s.heading},
                        {"body", s.body},
                        {"written_by_model", s.written_by_model},
                        {"needs_citations", s.needs_citations}});
  }
  json out = {{"task", d.task}, {"title", d.title},     {"request", d.request},
              {"mode", d.mode}, {"sections", sections}, {"text", d.Text()}};
  if (!d.label.empty()) out["label"] = d.label;
  return out;
}

Result<answer::Draft> DraftFromJson(const json& j) {
  if (!j.is_object()) return Status::InvalidArgument("'draft' must be an object");
  answer::Draft d;
  WY_ASSIGN_OR_RETURN(d.title, StringField(j, "title", "draft: ", true));
  WY_ASSIGN_OR_RETURN(d.label, StringField(j, "label", "draft: ", false));
  WY_ASSIGN_OR_RETURN(d.request, StringField(j, "request", "draft: ", false));
  WY_ASSIGN_OR_RETURN(d.task, StringField(j, "task", "draft: ", false));
  auto sections = j.find("sections");
  if (sections == j.end() || !sections->is_array()) {
    return Status::InvalidArgument("draft: 'sections' must be a list of {heading, body}");
  }
  for (size_t i = 0; i < sections->size(); ++i) {
    const json& s = (*sections)[i];
    const std::string where = "draft: sections[" + std::to_string(i) + "]: ";
    if (!s.is_object()) return Status::InvalidArgument(where + "must be an object");
    answer::DraftSection section;
    WY_ASSIGN_OR_RETURN(section.heading, StringField(s, "heading", where, true));
    WY_ASSIGN_OR_RETURN(section.body, StringField(s, "body", where, false));
    section.needs_citations = s.value("needs_citations", false);
    d.sections.push_back(std::move(section));
  }
  if (auto evidence = j.find("evidence"); evidence != j.end()) {
    if (!evidence->is_array()) return Status::InvalidArgument("draft: 'evidence' must be a list");
    for (size_t i = 0; i < evidence->size(); ++i) {
      const json& e = (*evidence)[i];
      const std::string where = "draft: evidence[" + std::to_string(i) + "]: ";
      if (!e.is_object()) return Status::InvalidArgument(where + "must be an object");
      answer::Evidence out;
      WY_ASSIGN_OR_RETURN(out.text, StringField(e, "text", where, false));
      auto c = e.find("citation");
      if (c == e.end() || !c->is_object()) return Status::InvalidArgument(where + "'citation' must be an object");
      const std::string cw = where + "citation: ";
      WY_ASSIGN_OR_RETURN(out.citation.passage_id, StringField(*c, "passage_id", cw, true));
      WY_ASSIGN_OR_RETURN(out.citation.title, StringField(*c, "title", cw, false));
      WY_ASSIGN_OR_RETURN(out.citation.source, StringField(*c, "source", cw, false));
      WY_ASSIGN_OR_RETURN(out.citation.begin, CountField(*c, "begin", cw));
      WY_ASSIGN_OR_RETURN(out.citation.end, CountField(*c, "end", cw));
      if (auto id = c->find("document_id"); id != c->end() && id->is_number_integer()) {
        out.citation.document_id = id->get<int64_t>();
      }
      d.evidence.push_back(std::move(out));
    }
  }
  return d;
}

}  // namespace wenyuan::server
