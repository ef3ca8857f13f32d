// The in-process llama.cpp model and embedder on a tiny random-weight GGUF
// model made by scripts/make-tiny-model, and GroundedAnswerer driving that
// real model over a real search response. The model's words are gibberish:
// these tests check structure, streaming, budgets and grounding, not wording.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "answer/grounded_answerer.h"
#include "llm/llama_language_model.h"
#include "llm/openai_client.h"
#include "llm/openai_language_model.h"
#include "llm_test_support.h"
#include "util/utf8.h"
#include "vector/llama_embedder.h"

namespace wenyuan::testing {
namespace {

search::SearchResponse IncidentSearch() {
  search::SearchResponse r;
  r.kb = "laws";
  r.query = "資安事件多久內要通報？";
  for (int i = 1; i <= 3; ++i) {
    search::SearchHit h;
    h.passage_id = "laws/" + std::to_string(i) + "#0";
    h.document_id = i;
    h.title = "資通安全法規第" + std::to_string(i) + "條";
    h.source = "/laws/" + std::to_string(i) + ".txt";
    h.text = "公務機關知悉資通安全事件後，應於一小時內通報主管機關，並於七十二小時內完成損害控制。";
    h.score = 10.0 / i;
    r.hits.push_back(h);
  }
  r.terms = {{"通報", 1.0, 3}, {"資安", 1.0, 3}};
  return r;
}

TEST(GroundedAnswerer, FallsBackToTheExtractiveAnswerWhenTheModelIsUnreachable) {
  llm::EndpointConfig endpoint;
  endpoint.url = "http://127.0.0.1:" + std::to_string(FreePort());
  endpoint.retry.max_attempts = 2;
  endpoint.retry.initial_backoff = std::chrono::milliseconds(5);
  auto client = llm::OpenAiClient::Create(endpoint);
  ASSERT_TRUE(client.ok());
  llm::OpenAiLanguageModel model(std::move(*client), 4096);
  answer::ExtractiveAnswerer extractive;
  answer::GroundedAnswerer answerer(&model, extractive, nullptr, {});
  answer::GroundedAnswer a = answerer.Answer(IncidentSearch(), answer::Task::kQa, nullptr);
  EXPECT_EQ(a.mode, "extractive");
  EXPECT_NE(a.fallback_reason.find("unreachable"), std::string::npos) << a.fallback_reason;
  EXPECT_TRUE(a.found);
  EXPECT_FALSE(a.evidence.empty());
  EXPECT_NE(a.text.find("一小時內"), std::string::npos);
}

#ifdef WENYUAN_HAVE_LLAMA

std::filesystem::path Tiny(bool with_template = true) {
  std::string error;
  auto path = TinyModelPath(with_template, &error);
  EXPECT_FALSE(path.empty()) << error;
  return path;
}

std::unique_ptr<llm::LlamaLanguageModel> LoadTiny(size_t context = 2048, bool with_template = true) {
  llm::LlamaModelOptions o;
  o.path = Tiny(with_template);
  o.context_tokens = context;
  o.threads = 1;
  auto m = llm::LlamaLanguageModel::Load(o);
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  return m.ok() ? std::move(*m) : nullptr;
}

TEST(LlamaLanguageModel, LoadsUsesTheModelsTemplateAndStreamsWholeCharacters) {
  auto model = LoadTiny();
  ASSERT_TRUE(model);
  EXPECT_EQ(model->name(), "gguf:tiny.gguf");
  EXPECT_EQ(model->context_tokens(), 2048u);
  EXPECT_TRUE(model->uses_model_template());
  std::string prompt = model->FormatPrompt({{"user", "資安"}});
  EXPECT_NE(prompt.find("<|im_start|>user\n資安<|im_end|>"), std::string::npos) << prompt;
  EXPECT_TRUE(prompt.ends_with("<|im_start|>assistant\n")) << prompt;
  EXPECT_GT(model->CountTokens("資通安全事件"), 0u);

  llm::GenerationOptions o;
  o.max_tokens = 10;
  std::string streamed;
  size_t pieces = 0;
  auto c = model->Chat({{"system", "規則"}, {"user", "多久內通報？"}}, o, [&](std::string_view p) {
    EXPECT_TRUE(utf8::IsValid(p));
    streamed += p;
    ++pieces;
    return true;
  });
  ASSERT_TRUE(c.ok()) << c.status().ToString();
  EXPECT_EQ(streamed, c->text);
  EXPECT_GT(c->completion_tokens, 0u);
  EXPECT_LE(c->completion_tokens, 10u);
  EXPECT_GT(c->prompt_tokens, 5u);
  EXPECT_TRUE(c->finish_reason == "length" || c->finish_reason == "stop");
  EXPECT_TRUE(utf8::IsValid(c->text));
}

TEST(LlamaLanguageModel, SameSeedSameText) {
  auto model = LoadTiny();
  ASSERT_TRUE(model);
  llm::GenerationOptions o;
  o.max_tokens = 8;
  auto a = model->Chat({{"user", "問題"}}, o, nullptr);
  auto b = model->Chat({{"user", "問題"}}, o, nullptr);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->text, b->text);  // the context is cleared between chats
}

TEST(LlamaLanguageModel, FallsBackToAPlainTemplateWhenTheModelHasNone) {
  auto model = LoadTiny(2048, /*with_template=*/false);
  ASSERT_TRUE(model);
  EXPECT_FALSE(model->uses_model_template());
  EXPECT_EQ(model->FormatPrompt({{"system", "規則"}, {"user", "問"}}),
            "### system\n規則\n\n### user\n問\n\n### assistant\n");
  llm::GenerationOptions o;
  o.max_tokens = 4;
  EXPECT_TRUE(model->Chat({{"user", "問"}}, o, nullptr).ok());
}

TEST(LlamaLanguageModel, RefusesAPromptLongerThanTheContext) {
  auto model = LoadTiny(256);
  ASSERT_TRUE(model);
  std::string long_text;
  for (int i = 0; i < 300; ++i) long_text += "資通安全";
  auto c = model->Chat({{"user", long_text}}, {}, nullptr);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(c.status().message().find("context holds 256"), std::string::npos) << c.status().message();
}

TEST(LlamaEmbedder, EmbedsNormalisedDeterministicVectors) {
  vector::LlamaEmbedderOptions o;
  o.path = Tiny();
  o.context_tokens = 128;
  o.threads = 1;
  auto e = vector::LlamaEmbedder::Load(o);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  EXPECT_EQ((*e)->dimensions(), 64u);
  EXPECT_EQ((*e)->name(), "gguf:tiny.gguf");
  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "長";  // cut to the context, not an error
  auto v = (*e)->Embed({"資通安全事件通報", "個人資料保護", "資通安全事件通報", long_text});
  ASSERT_TRUE(v.ok()) << v.status().ToString();
  ASSERT_EQ(v->size(), 4u);
  for (const auto& x : *v) {
    ASSERT_EQ(x.size(), 64u);
    double norm = 0;
    for (float f : x) norm += double(f) * f;
    EXPECT_NEAR(std::sqrt(norm), 1.0, 1e-4);
  }
  EXPECT_NE((*v)[0], (*v)[1]);
  for (size_t i = 0; i < 64; ++i) EXPECT_NEAR((*v)[0][i], (*v)[2][i], 1e-5);
}

TEST(GroundedAnswerer, DraftsWithTheRealModelAndChecksEveryCitation) {
  auto model = LoadTiny();
  ASSERT_TRUE(model);
  auto converter = answer::ScriptConverter::Create(answer::OutputScript::kTraditional);
  ASSERT_TRUE(converter.ok());
  answer::ExtractiveAnswerer extractive;
  answer::GroundingOptions options;
  options.generation.max_tokens = 24;
  answer::GroundedAnswerer answerer(model.get(), extractive, converter->get(), options);
  for (const answer::TaskSpec& spec : answer::AllTasks()) {
    std::string streamed;
    answer::GroundedAnswer a = answerer.Answer(IncidentSearch(), spec.task, [&](std::string_view p) {
      streamed += p;
      return true;
    });
    EXPECT_EQ(a.mode, "llm") << a.fallback_reason;
    EXPECT_TRUE(a.fallback_reason.empty());
    EXPECT_EQ(a.task, spec.task);
    EXPECT_EQ(a.model, "gguf:tiny.gguf");
    EXPECT_FALSE(a.text.empty());
    EXPECT_FALSE(streamed.empty());
    // Only the passages the text cites are listed, renumbered [1]..[k].
    ASSERT_EQ(a.evidence.size(), a.cited.size());
    for (const auto& e : a.evidence) EXPECT_TRUE(e.citation.passage_id.starts_with("laws/"));
    for (size_t n : a.cited) EXPECT_TRUE(n >= 1 && n <= a.evidence.size());
    // Whatever the model wrote, the checked text cites nothing beyond [3].
    for (size_t n = 4; n < 20; ++n) EXPECT_EQ(a.text.find("[" + std::to_string(n) + "]"), std::string::npos);
    // A section is reported missing exactly when the text lacks it.
    for (std::string_view section : spec.sections) {
      bool missing =
          std::find(a.missing_sections.begin(), a.missing_sections.end(), section) != a.missing_sections.end();
      EXPECT_EQ(missing, a.text.find(section) == std::string::npos) << spec.name << " " << section;
    }
    EXPECT_GT(a.prompt_tokens, 0u);
  }
}

TEST(GroundedAnswerer, FallsBackWhenTheEvidenceCannotFitTheContext) {
  auto model = LoadTiny(256);
  ASSERT_TRUE(model);
  answer::ExtractiveAnswerer extractive;
  answer::GroundingOptions options;
  options.generation.max_tokens = 250;
  answer::GroundedAnswerer answerer(model.get(), extractive, nullptr, options);
  answer::GroundedAnswer a = answerer.Answer(IncidentSearch(), answer::Task::kQa, nullptr);
  EXPECT_EQ(a.mode, "extractive");
  EXPECT_NE(a.fallback_reason.find("does not fit"), std::string::npos) << a.fallback_reason;
}

#else

TEST(LlamaLanguageModel, SaysItWasBuiltWithoutLlamaCpp) {
  llm::LlamaModelOptions o;
  o.path = SourceDir() / "README.md";
  auto m = llm::LlamaLanguageModel::Load(o);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(m.status().message().find("built without llama.cpp"), std::string::npos);
  vector::LlamaEmbedderOptions e;
  e.path = o.path;
  EXPECT_FALSE(vector::LlamaEmbedder::Load(e).ok());
}

#endif

}  // namespace
}  // namespace wenyuan::testing
