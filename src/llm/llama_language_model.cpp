#include "llm/llama_language_model.h"

#ifdef WENYUAN_HAVE_LLAMA
#include "llama.h"
#endif

namespace wenyuan::llm {

std::string PlainChatPrompt(const std::vector<ChatMessage>& messages) {
  std::string out;
  for (const auto& m : messages) out += "### " + m.role + "\n" + m.content + "\n\n";
  out += "### assistant\n";
  return out;
}

#ifdef WENYUAN_HAVE_LLAMA

namespace {

// Formats with `tmpl` through llama.cpp's built-in template table; empty if
// llama.cpp does not recognise the template.
std::string ApplyTemplate(const std::string& tmpl, const std::vector<ChatMessage>& messages) {
  std::vector<llama_chat_message> chat;
  size_t chars = 0;
  for (const auto& m : messages) {
    chat.push_back({m.role.c_str(), m.content.c_str()});
    chars += m.content.size() + m.role.size();
  }
  std::string buf(2 * chars + 256, '\0');
  int32_t n = llama_chat_apply_template(tmpl.c_str(), chat.data(), chat.size(), true, buf.data(),
                                        static_cast<int32_t>(buf.size()));
  if (n < 0) return "";
  if (static_cast<size_t>(n) > buf.size()) {
    buf.resize(static_cast<size_t>(n));
    n = llama_chat_apply_template(tmpl.c_str(), chat.data(), chat.size(), true, buf.data(),
                                  static_cast<int32_t>(buf.size()));
    if (n < 0) return "";
  }
  buf.resize(static_cast<size_t>(n));
  return buf;
}

}  // namespace

LlamaLanguageModel::LlamaLanguageModel(LlamaModelPtr model, LlamaContextPtr context, std::string name, std::string tmpl)
    : model_(std::move(model)), context_(std::move(context)), name_(std::move(name)), template_(std::move(tmpl)) {
  context_tokens_ = llama_n_ctx(context_.get());
}

Result<std::unique_ptr<LlamaLanguageModel>> LlamaLanguageModel::Load(const LlamaModelOptions& options) {
  WY_ASSIGN_OR_RETURN(LlamaModelPtr model, LoadGgufModel(options.path, options.gpu_layers));
  llama_context_params params = llama_context_default_params();
  params.n_ctx = static_cast<uint32_t>(options.context_tokens);
  params.n_batch = 512;
  params.n_seq_max = 1;
  params.no_perf = true;
  if (options.threads > 0) params.n_threads = params.n_threads_batch = options.threads;
  LlamaContextPtr context(llama_init_from_model(model.get(), params));
  if (!context) return Status::ResourceExhausted(options.path.string() + ": could not make a llama.cpp context");
  std::string tmpl;
  if (const char* t = llama_model_chat_template(model.get(), nullptr)) {
    // Only keep a template llama.cpp can apply.
    if (!ApplyTemplate(t, {{"user", "x"}}).empty()) tmpl = t;
  }
  std::string name = "gguf:" + options.path.filename().string();
  return std::unique_ptr<LlamaLanguageModel>(
      new LlamaLanguageModel(std::move(model), std::move(context), std::move(name), std::move(tmpl)));
}

std::string LlamaLanguageModel::FormatPrompt(const std::vector<ChatMessage>& messages) const {
  if (!template_.empty()) {
    std::string formatted = ApplyTemplate(template_, messages);
    if (!formatted.empty()) return formatted;
  }
  return PlainChatPrompt(messages);
}

size_t LlamaLanguageModel::CountTokens(std::string_view text) const {
  auto tokens = Tokenize(*model_, text, false);
  return tokens.ok() ? tokens->size() : EstimateTokens(text);
}

Result<Completion> LlamaLanguageModel::Chat(const std::vector<ChatMessage>& messages, const GenerationOptions& options,
                                            const TokenSink& on_token) {
  const std::string where = name_;
  WY_ASSIGN_OR_RETURN(std::vector<int32_t> prompt, Tokenize(*model_, FormatPrompt(messages), true));
  if (prompt.empty()) return Status::InvalidArgument(where + ": empty prompt");
  if (prompt.size() + 8 > context_tokens_) {
    return Status::ResourceExhausted(where + ": the prompt takes " + std::to_string(prompt.size()) +
                                     " tokens; the context holds " + std::to_string(context_tokens_));
  }
  const size_t max_new = std::min(options.max_tokens, context_tokens_ - prompt.size());

  llama_memory_clear(llama_get_memory(context_.get()), true);
  const size_t batch = llama_n_batch(context_.get());
  for (size_t i = 0; i < prompt.size(); i += batch) {
    size_t n = std::min(batch, prompt.size() - i);
    if (llama_decode(context_.get(), llama_batch_get_one(prompt.data() + i, static_cast<int32_t>(n))) != 0) {
      return Status::Internal(where + ": llama.cpp failed to read the prompt");
    }
  }

  LlamaSamplerPtr sampler(llama_sampler_chain_init(llama_sampler_chain_default_params()));
  if (options.temperature <= 0) {
    llama_sampler_chain_add(sampler.get(), llama_sampler_init_greedy());
  } else {
    llama_sampler_chain_add(sampler.get(), llama_sampler_init_top_p(static_cast<float>(options.top_p), 1));
    llama_sampler_chain_add(sampler.get(), llama_sampler_init_temp(static_cast<float>(options.temperature)));
    llama_sampler_chain_add(sampler.get(), llama_sampler_init_dist(options.seed));
  }

  const llama_vocab* vocab = llama_model_get_vocab(model_.get());
  Completion c;
  c.prompt_tokens = prompt.size();
  c.finish_reason = "length";
  Utf8Assembler assembler;
  auto emit = [&](const std::string& text) {
    if (text.empty()) return true;
    c.text += text;
    return !on_token || on_token(text);
  };
  char piece[256];
  for (size_t produced = 0; produced < max_new; ++produced) {
    llama_token token = llama_sampler_sample(sampler.get(), context_.get(), -1);
    if (llama_vocab_is_eog(vocab, token)) {
      c.finish_reason = "stop";
      break;
    }
    ++c.completion_tokens;
    int32_t n = llama_token_to_piece(vocab, token, piece, sizeof piece, 0, false);
    if (n > 0 && !emit(assembler.Push(std::string_view(piece, static_cast<size_t>(n))))) {
      c.finish_reason = "cancelled";
      break;
    }
    if (produced + 1 == max_new) break;
    if (llama_decode(context_.get(), llama_batch_get_one(&token, 1)) != 0) {
      return Status::Internal(where + ": llama.cpp failed while generating");
    }
  }
  if (c.finish_reason != "cancelled") emit(assembler.Flush());
  return c;
}

#else  // built without llama.cpp

LlamaLanguageModel::LlamaLanguageModel(LlamaModelPtr model, LlamaContextPtr context, std::string name, std::string tmpl)
    : model_(std::move(model)), context_(std::move(context)), name_(std::move(name)), template_(std::move(tmpl)) {}

Result<std::unique_ptr<LlamaLanguageModel>> LlamaLanguageModel::Load(const LlamaModelOptions& options) {
  WY_RETURN_IF_ERROR(LoadGgufModel(options.path, options.gpu_layers).status());
  return Status::Unsupported("built without llama.cpp");
}

std::string LlamaLanguageModel::FormatPrompt(const std::vector<ChatMessage>& messages) const {
  return PlainChatPrompt(messages);
}

size_t LlamaLanguageModel::CountTokens(std::string_view text) const { return EstimateTokens(text); }

Result<Completion> LlamaLanguageModel::Chat(const std::vector<ChatMessage>&, const GenerationOptions&,
                                            const TokenSink&) {
  return Status::Unsupported("built without llama.cpp");
}

#endif

}  // namespace wenyuan::llm
