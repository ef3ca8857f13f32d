#include "vector/llama_embedder.h"

#include "vector/vector_math.h"

#ifdef WENYUAN_HAVE_LLAMA
#include "llama.h"
#endif

namespace wenyuan::vector {

#ifdef WENYUAN_HAVE_LLAMA

namespace {

llm::LlamaContextPtr MakeContext(llama_model* model, const LlamaEmbedderOptions& options,
                                 enum llama_pooling_type pooling) {
  llama_context_params params = llama_context_default_params();
  const auto n = static_cast<uint32_t>(options.context_tokens);
  params.n_ctx = n;
  params.n_batch = n;  // a text is decoded in one batch: pooling needs all of it
  params.n_ubatch = n;
  params.n_seq_max = 1;
  params.embeddings = true;
  params.pooling_type = pooling;
  params.no_perf = true;
  if (options.threads > 0) params.n_threads = params.n_threads_batch = options.threads;
  return llm::LlamaContextPtr(llama_init_from_model(model, params));
}

}  // namespace

Result<std::unique_ptr<LlamaEmbedder>> LlamaEmbedder::Load(const LlamaEmbedderOptions& options) {
  if (options.context_tokens < 8) return Status::InvalidArgument("embedder context must be at least 8 tokens");
  WY_ASSIGN_OR_RETURN(llm::LlamaModelPtr model, llm::LoadGgufModel(options.path, options.gpu_layers));
  llm::LlamaContextPtr context = MakeContext(model.get(), options, LLAMA_POOLING_TYPE_UNSPECIFIED);
  if (context && llama_pooling_type(context.get()) == LLAMA_POOLING_TYPE_NONE) {
    context = MakeContext(model.get(), options, LLAMA_POOLING_TYPE_MEAN);
  }
  if (!context) return Status::ResourceExhausted(options.path.string() + ": could not make a llama.cpp context");
  if (llama_pooling_type(context.get()) == LLAMA_POOLING_TYPE_RANK) {
    return Status::Unsupported(options.path.string() + ": a reranking model, not an embedding model");
  }
  const size_t dims = static_cast<size_t>(llama_model_n_embd_out(model.get()));
  std::string name = "gguf:" + options.path.filename().string();
  return std::unique_ptr<LlamaEmbedder>(new LlamaEmbedder(std::move(model), std::move(context), std::move(name), dims));
}

Result<std::vector<std::vector<float>>> LlamaEmbedder::Embed(const std::vector<std::string>& texts) {
  std::vector<std::vector<float>> out;
  out.reserve(texts.size());
  const size_t limit = llama_n_batch(context_.get());
  for (const std::string& text : texts) {
    WY_ASSIGN_OR_RETURN(std::vector<int32_t> tokens, llm::Tokenize(*model_, text, true));
    if (tokens.size() > limit) tokens.resize(limit);
    if (tokens.empty()) {
      out.emplace_back(dimensions_, 0.0f);
      continue;
    }
    llama_memory_clear(llama_get_memory(context_.get()), true);
    llama_batch batch = llama_batch_init(static_cast<int32_t>(tokens.size()), 0, 1);
    for (size_t i = 0; i < tokens.size(); ++i) {
      batch.token[i] = tokens[i];
      batch.pos[i] = static_cast<llama_pos>(i);
      batch.n_seq_id[i] = 1;
      batch.seq_id[i][0] = 0;
      batch.logits[i] = true;
    }
    batch.n_tokens = static_cast<int32_t>(tokens.size());
    int32_t rc = llama_decode(context_.get(), batch);
    llama_batch_free(batch);
    if (rc != 0) return Status::Internal(name_ + ": llama.cpp failed to embed a text");
    const float* pooled = llama_get_embeddings_seq(context_.get(), 0);
    if (!pooled) return Status::Internal(name_ + ": llama.cpp returned no pooled embedding");
    std::vector<float> v(pooled, pooled + dimensions_);
    NormalizeL2(v);
    out.push_back(std::move(v));
  }
  return out;
}

#else  // built without llama.cpp

Result<std::unique_ptr<LlamaEmbedder>> LlamaEmbedder::Load(const LlamaEmbedderOptions& options) {
  WY_RETURN_IF_ERROR(llm::LoadGgufModel(options.path, options.gpu_layers).status());
  return Status::Unsupported("built without llama.cpp");
}

Result<std::vector<std::vector<float>>> LlamaEmbedder::Embed(const std::vector<std::string>&) {
  return Status::Unsupported("built without llama.cpp");
}

#endif

}  // namespace wenyuan::vector
