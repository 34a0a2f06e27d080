package io.github.modelconfig.domain.architecture;

import static io.github.modelconfig.domain.architecture.ArchitectureEntry.embeddings;
import static io.github.modelconfig.domain.architecture.ArchitectureEntry.pixels;
import static io.github.modelconfig.domain.architecture.ArchitectureEntry.text;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.BFLOAT16;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.FLOAT32;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.FLOAT4_E2M1FNX2;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.FLOAT8_E4M3FN;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.GPTQ;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.Q4_0;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.Q4_K;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.Q6_K;
import static io.github.modelconfig.domain.rope.RopeType.LONGROPE;
import static io.github.modelconfig.domain.rope.RopeType.NEOX;
import static io.github.modelconfig.domain.rope.RopeType.NORMAL;
import static io.github.modelconfig.domain.rope.RopeType.YARN;
import static io.github.modelconfig.domain.weights.WeightsFormat.GGUF;

import java.util.List;
import java.util.Map;

/**
 * Data: MAX's architecture registry at the reference version (architectures.md §1), one entry per
 * registration in MAX's order; where MAX registers {@code <Name>_Legacy} and {@code <Name>}, the
 * {@code _Legacy} values (MAX's default) under the bare name.
 */
final class DefaultArchitectures {

  private static final Map<String, Object> NO_PREFIX_NO_CHUNKED =
      Map.of("enable_prefix_caching", false, "enable_chunked_prefill", false);
  private static final Map<String, Object> NO_CHUNKED = Map.of("enable_chunked_prefill", false);

  private DefaultArchitectures() {}

  static List<SupportedArchitecture> all() {
    return List.of(
        text("ExaoneForCausalLM", FLOAT32, List.of(Q4_K, Q6_K, FLOAT32, BFLOAT16))
            .examples("LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct")
            .format(GGUF)
            .rope(NEOX)
            .build(),
        text("DeepseekV2ForCausalLM", BFLOAT16, List.of(BFLOAT16))
            .examples("deepseek-ai/DeepSeek-V2-Lite-Chat")
            .maxBatchContextLength()
            .build(),
        text("DeepseekV3ForCausalLM", BFLOAT16, List.of(BFLOAT16, FLOAT8_E4M3FN, FLOAT4_E2M1FNX2))
            .examples("deepseek-ai/DeepSeek-V3")
            .multiGpu()
            .emptyBatches()
            .maxBatchContextLength()
            .build(),
        text("DeepseekV3_2ForCausalLM", FLOAT8_E4M3FN, List.of(FLOAT8_E4M3FN))
            .examples("deepseek-ai/DeepSeek-V3.2", "deepseek-ai/DeepSeek-V3.2-Exp")
            .multiGpu()
            .emptyBatches()
            .maxBatchContextLength()
            .fixedMaxLength(163_840)
            .build(),
        text("DeepseekV3ForCausalLMNextN", BFLOAT16, List.of(BFLOAT16, FLOAT8_E4M3FN))
            .examples("SGLang/DeepSeek-V3-NextN")
            .multiGpu()
            .emptyBatches()
            .maxBatchContextLength()
            .build(),
        text("LlamaForCausalLMEagle", BFLOAT16, List.of(BFLOAT16, FLOAT32))
            .examples("lmsys/sglang-EAGLE-LLaMA3-Instruct-8B")
            .rope(NORMAL)
            .build(),
        pixels("FluxPipeline", 77)
            .examples("black-forest-labs/FLUX.1-dev", "black-forest-labs/FLUX.1-schnell")
            .build(),
        pixels("Flux2Pipeline", 0).examples("black-forest-labs/FLUX.2-dev").build(),
        text("Gemma3ForCausalLM", BFLOAT16, List.of(BFLOAT16))
            .examples("google/gemma-3-1b-it", "google/gemma-3-1b-pt")
            .rope(NORMAL)
            .multiGpu()
            .unbounded()
            .build(),
        text("Gemma3ForConditionalGeneration", BFLOAT16, List.of(BFLOAT16, FLOAT8_E4M3FN))
            .examples("google/gemma-3-4b-it", "google/gemma-3-12b-it", "google/gemma-3-27b-it")
            .rope(NORMAL)
            .multiGpu()
            .required(NO_PREFIX_NO_CHUNKED)
            .unbounded()
            .build(),
        text("GraniteForCausalLM", FLOAT32, List.of(FLOAT32, BFLOAT16))
            .examples("ibm-granite/granite-3.1-8b-instruct")
            .format(GGUF)
            .rope(NORMAL)
            .build(),
        text("GptOssForCausalLM", BFLOAT16, List.of(BFLOAT16))
            .examples("unsloth/gpt-oss-20b-BF16")
            .rope(YARN)
            .multiGpu()
            .unbounded()
            .build(),
        text("InternVLChatModel", BFLOAT16, List.of(BFLOAT16))
            .examples("OpenGVLab/InternVL3-8B-Instruct")
            .multiGpu()
            .required(NO_PREFIX_NO_CHUNKED)
            .build(),
        text("Idefics3ForConditionalGeneration", BFLOAT16, List.of(BFLOAT16))
            .examples("HuggingFaceM4/Idefics3-8B-Llama3")
            .required(NO_PREFIX_NO_CHUNKED)
            .build(),
        text(
                "LlamaForCausalLM",
                Q4_K,
                List.of(GPTQ, Q4_K, Q4_0, Q6_K, FLOAT32, BFLOAT16, FLOAT8_E4M3FN, FLOAT4_E2M1FNX2))
            .examples(
                "meta-llama/Llama-3.1-8B-Instruct",
                "meta-llama/Llama-3.2-1B-Instruct",
                "modularai/Llama-3.1-8B-Instruct-GGUF")
            .rope(NORMAL)
            .multiGpu()
            .build(),
        text("Llama4ForConditionalGeneration", BFLOAT16, List.of(BFLOAT16))
            .examples("meta-llama/Llama-4-Scout-17B-16E-Instruct")
            .rope(NORMAL)
            .multiGpu()
            .unbounded()
            .build(),
        embeddings("BertModel", List.of(FLOAT32, BFLOAT16))
            .examples("sentence-transformers/all-MiniLM-L6-v2")
            .required(Map.of("enable_prefix_caching", false))
            .build(),
        text("MistralForCausalLM", BFLOAT16, List.of(BFLOAT16))
            .examples("mistralai/Mistral-Nemo-Instruct-2407")
            .multiGpu()
            .unbounded()
            .build(),
        text("Mistral3ForConditionalGeneration", BFLOAT16, List.of(BFLOAT16))
            .examples("mistralai/Mistral-Small-3.1-24B-Instruct-2503")
            .multiGpu()
            .unbounded()
            .build(),
        embeddings("MPNetForMaskedLM", List.of(FLOAT32, BFLOAT16))
            .examples("sentence-transformers/all-mpnet-base-v2")
            .required(Map.of("enable_prefix_caching", false))
            .build(),
        text("OlmoForCausalLM", FLOAT32, List.of(FLOAT32, BFLOAT16))
            .examples("allenai/OLMo-1B-hf")
            .format(GGUF)
            .rope(NORMAL)
            .build(),
        text("Olmo2ForCausalLM", BFLOAT16, List.of(BFLOAT16, FLOAT32))
            .examples("allenai/OLMo-2-1124-7B")
            .rope(NORMAL)
            .build(),
        text("Olmo3ForCausalLM", BFLOAT16, List.of(BFLOAT16))
            .examples("allenai/Olmo-3-7B-Instruct")
            .rope(YARN)
            .unbounded()
            .build(),
        text("Phi3ForCausalLM", BFLOAT16, List.of(FLOAT32, BFLOAT16))
            .examples("microsoft/phi-4", "microsoft/Phi-3.5-mini-instruct")
            .format(GGUF)
            .rope(LONGROPE)
            .build(),
        text("LlavaForConditionalGeneration", BFLOAT16, List.of(BFLOAT16))
            .examples("mistral-community/pixtral-12b")
            .required(NO_PREFIX_NO_CHUNKED)
            .unbounded()
            .build(),
        text("Qwen2ForCausalLM", BFLOAT16, List.of(FLOAT32, BFLOAT16))
            .examples("Qwen/Qwen2.5-7B-Instruct", "Qwen/QwQ-32B")
            .rope(NORMAL)
            .multiGpu()
            .build(),
        text(
                "Qwen2_5_VLForConditionalGeneration",
                BFLOAT16,
                List.of(FLOAT32, BFLOAT16, FLOAT8_E4M3FN))
            .examples("Qwen/Qwen2.5-VL-7B-Instruct")
            .multiGpu()
            .required(NO_CHUNKED)
            .build(),
        text("Qwen3ForCausalLM", BFLOAT16, List.of(BFLOAT16, FLOAT32))
            .examples("Qwen/Qwen3-8B")
            .rope(NORMAL)
            .multiGpu()
            .build(),
        text("Qwen3MoeForCausalLM", BFLOAT16, List.of(BFLOAT16, FLOAT32))
            .examples("Qwen/Qwen3-30B-A3B-Instruct")
            .rope(NORMAL)
            .multiGpu()
            .build(),
        embeddings("Qwen3ForCausalLM", List.of(FLOAT32, BFLOAT16))
            .examples("Qwen/Qwen3-Embedding-0.6B", "Qwen/Qwen3-Embedding-8B")
            .defaultMaxLength(8192)
            .build(),
        text("Qwen3VLForConditionalGeneration", BFLOAT16, List.of(FLOAT32, BFLOAT16, FLOAT8_E4M3FN))
            .examples("Qwen/Qwen3-VL-4B-Instruct")
            .multiGpu()
            .required(NO_CHUNKED)
            .build(),
        text(
                "Qwen3VLMoeForConditionalGeneration",
                BFLOAT16,
                List.of(FLOAT32, BFLOAT16, FLOAT8_E4M3FN))
            .examples("Qwen/Qwen3-VL-30B-A3B-Instruct")
            .multiGpu()
            .required(NO_CHUNKED)
            .build());
  }

  /** Hugging Face spellings that name a registered architecture differently. */
  static Map<String, String> aliases() {
    return Map.of("DeepseekV32ForCausalLM", "DeepseekV3_2ForCausalLM");
  }
}
