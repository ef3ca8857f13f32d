#include "llm/openai_protocol.h"

#include <algorithm>

namespace wenyuan::llm {
namespace {

using nlohmann::json;

json ParseObject(std::string_view body) { return json::parse(body, nullptr, /*allow_exceptions=*/false); }

std::string StringOr(const json& object, const char* key, std::string fallback = "") {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : fallback;
}

size_t CountOr0(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_number_unsigned() ? it->get<size_t>() : 0;
}

}  // namespace

json ChatRequestBody(const std::string& model, const std::vector<ChatMessage>& messages,
                     const GenerationOptions& options, bool stream) {
  json list = json::array();
  for (const auto& m : messages) list.push_back({{"role", m.role}, {"content", m.content}});
  json body = {{"messages", list},
               {"max_tokens", options.max_tokens},
               {"temperature", options.temperature},
               {"top_p", options.top_p},
               {"seed", options.seed},
               {"stream", stream}};
  if (!model.empty()) body["model"] = model;
  return body;
}

Result<Completion> ParseChatResponse(std::string_view body) {
  json j = ParseObject(body);
  if (!j.is_object()) return Status::Corruption("chat completion: the answer is not a JSON object");
  if (j.contains("error")) return Status::Internal("chat completion: " + ErrorMessageFromBody(body));
  auto choices = j.find("choices");
  if (choices == j.end() || !choices->is_array() || choices->empty() || !(*choices)[0].is_object()) {
    return Status::Corruption("chat completion: the answer has no choices");
  }
  const json& choice = (*choices)[0];
  auto message = choice.find("message");
  if (message == choice.end() || !message->is_object()) {
    return Status::Corruption("chat completion: choices[0] has no message");
  }
  Completion c;
  c.text = StringOr(*message, "content");
  c.finish_reason = StringOr(choice, "finish_reason", "stop");
  if (auto usage = j.find("usage"); usage != j.end() && usage->is_object()) {
    c.prompt_tokens = CountOr0(*usage, "prompt_tokens");
    c.completion_tokens = CountOr0(*usage, "completion_tokens");
  }
  return c;
}

Result<StreamDelta> ParseChatStreamData(std::string_view data) {
  StreamDelta d;
  if (data == "[DONE]") {
    d.done = true;
    return d;
  }
  json j = ParseObject(data);
  if (!j.is_object()) return Status::Corruption("chat stream: a chunk is not JSON: " + std::string(data.substr(0, 80)));
  if (j.contains("error")) return Status::Internal("chat stream: " + ErrorMessageFromBody(data));
  auto choices = j.find("choices");
  if (choices == j.end() || !choices->is_array()) return Status::Corruption("chat stream: a chunk has no choices");
  if (choices->empty() || !(*choices)[0].is_object()) return d;  // e.g. a usage-only chunk
  const json& choice = (*choices)[0];
  if (auto delta = choice.find("delta"); delta != choice.end() && delta->is_object()) {
    d.content = StringOr(*delta, "content");
  }
  d.finish_reason = StringOr(choice, "finish_reason");
  return d;
}

json EmbeddingsRequestBody(const std::string& model, const std::vector<std::string>& texts) {
  json body = {{"input", texts}, {"encoding_format", "float"}};
  if (!model.empty()) body["model"] = model;
  return body;
}

Result<std::vector<std::vector<float>>> ParseEmbeddingsResponse(std::string_view body, size_t expected) {
  json j = ParseObject(body);
  if (!j.is_object()) return Status::Corruption("embeddings: the answer is not a JSON object");
  if (j.contains("error")) return Status::Internal("embeddings: " + ErrorMessageFromBody(body));
  auto data = j.find("data");
  if (data == j.end() || !data->is_array()) return Status::Corruption("embeddings: the answer has no data array");
  if (data->size() != expected) {
    return Status::Corruption("embeddings: asked for " + std::to_string(expected) + " vectors, got " +
                              std::to_string(data->size()));
  }
  std::vector<std::vector<float>> vectors(expected);
  std::vector<bool> seen(expected, false);
  for (size_t i = 0; i < data->size(); ++i) {
    const json& item = (*data)[i];
    if (!item.is_object()) return Status::Corruption("embeddings: data[" + std::to_string(i) + "] is not an object");
    size_t index = item.contains("index") && item["index"].is_number_unsigned() ? item["index"].get<size_t>() : i;
    auto emb = item.find("embedding");
    if (index >= expected || seen[index] || emb == item.end() || !emb->is_array() || emb->empty()) {
      return Status::Corruption("embeddings: data[" + std::to_string(i) + "] has a bad index or embedding");
    }
    std::vector<float>& v = vectors[index];
    v.reserve(emb->size());
    for (const json& x : *emb) {
      if (!x.is_number()) return Status::Corruption("embeddings: a vector holds a non-number");
      v.push_back(x.get<float>());
    }
    seen[index] = true;
  }
  for (const auto& v : vectors) {
    if (v.size() != vectors[0].size()) return Status::Corruption("embeddings: vectors of different sizes");
  }
  return vectors;
}

std::string ErrorMessageFromBody(std::string_view body) {
  json j = ParseObject(body);
  if (j.is_object()) {
    if (auto e = j.find("error"); e != j.end()) {
      if (e->is_string()) return e->get<std::string>();
      if (e->is_object() && e->contains("message") && (*e)["message"].is_string()) {
        return (*e)["message"].get<std::string>();
      }
    }
  }
  std::string head(body.substr(0, 200));
  std::replace(head.begin(), head.end(), '\n', ' ');
  return head;
}

}  // namespace wenyuan::llm
