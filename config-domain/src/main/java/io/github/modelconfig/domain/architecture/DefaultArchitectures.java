package io.github.modelconfig.domain.architecture;

import static io.github.modelconfig.domain.architecture.MaxLengthRule.DEFAULT_UNLESS_GIVEN;
import static io.github.modelconfig.domain.architecture.MaxLengthRule.FIXED;
import static io.github.modelconfig.domain.architecture.MaxLengthRule.UNBOUNDED;
import static io.github.modelconfig.domain.architecture.Task.EMBEDDINGS_GENERATION;
import static io.github.modelconfig.domain.architecture.Task.PIXEL_GENERATION;
import static io.github.modelconfig.domain.architecture.Task.TEXT_GENERATION;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Data: MAX's architecture registry at the reference version (architectures.md §1), in registration
 * order. Where MAX registers both {@code <Name>_Legacy} and a bare {@code <Name>} the {@code
 * _Legacy} row's values are kept, under the bare name; max-length rules are from §2.
 */
final class DefaultArchitectures {

  private static final Map<String, Object> NO_PREFIX_NO_CHUNKED =
      Map.of("enable_prefix_caching", false, "enable_chunked_prefill", false);
  private static final Map<String, Object> NO_CHUNKED = Map.of("enable_chunked_prefill", false);
  private static final Map<String, Object> NO_PREFIX = Map.of("enable_prefix_caching", false);

  private DefaultArchitectures() {}

  static List<SupportedArchitecture> all() {
    List<SupportedArchitecture> all = new ArrayList<>();
    all.add(
        ArchitectureSpec.of("ExaoneForCausalLM", TEXT_GENERATION, FLOAT32)
            .examples(
                "LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct",
                "LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct",
                "LGAI-EXAONE/EXAONE-3.5-32B-Instruct")
            .paged(Q4_K, Q6_K, FLOAT32, BFLOAT16)
            .format(GGUF)
            .rope(NEOX)
            .build());
    all.add(
        ArchitectureSpec.of("DeepseekV2ForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples("deepseek-ai/DeepSeek-V2-Lite-Chat")
            .paged(BFLOAT16)
            .maxBatchContextLength()
            .build());
    all.add(
        ArchitectureSpec.of("DeepseekV3ForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples("deepseek-ai/DeepSeek-V3")
            .paged(BFLOAT16, FLOAT8_E4M3FN, FLOAT4_E2M1FNX2)
            .multiGpu()
            .emptyBatches()
            .maxBatchContextLength()
            .build());
    ArchitectureSpec deepseekV32 =
        ArchitectureSpec.of("DeepseekV3_2ForCausalLM", TEXT_GENERATION, FLOAT8_E4M3FN)
            .examples("deepseek-ai/DeepSeek-V3.2", "deepseek-ai/DeepSeek-V3.2-Exp")
            .paged(FLOAT8_E4M3FN)
            .multiGpu()
            .emptyBatches()
            .maxBatchContextLength()
            .maxLength(FIXED, 163_840L);
    all.add(deepseekV32.build());
    all.add(
        ArchitectureSpec.of("DeepseekV3ForCausalLMNextN", TEXT_GENERATION, BFLOAT16)
            .examples("SGLang/DeepSeek-V3-NextN")
            .paged(BFLOAT16, FLOAT8_E4M3FN)
            .multiGpu()
            .emptyBatches()
            .maxBatchContextLength()
            .build());
    all.add(
        ArchitectureSpec.of("LlamaForCausalLMEagle", TEXT_GENERATION, BFLOAT16)
            .examples("lmsys/sglang-EAGLE-LLaMA3-Instruct-8B")
            .paged(BFLOAT16, FLOAT32)
            .rope(NORMAL)
            .build());
    all.add(
        ArchitectureSpec.of("FluxPipeline", PIXEL_GENERATION, BFLOAT16)
            .examples("black-forest-labs/FLUX.1-dev", "black-forest-labs/FLUX.1-schnell")
            .noKvCache(BFLOAT16)
            .maxLength(FIXED, 77L)
            .build());
    all.add(
        ArchitectureSpec.of("Flux2Pipeline", PIXEL_GENERATION, BFLOAT16)
            .examples("black-forest-labs/FLUX.2-dev")
            .noKvCache(BFLOAT16)
            .maxLength(FIXED, 0L)
            .build());
    all.add(
        ArchitectureSpec.of("Gemma3ForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples("google/gemma-3-1b-it", "google/gemma-3-1b-pt")
            .paged(BFLOAT16)
            .rope(NORMAL)
            .multiGpu()
            .maxLength(UNBOUNDED)
            .build());
    all.add(
        ArchitectureSpec.of("Gemma3ForConditionalGeneration", TEXT_GENERATION, BFLOAT16)
            .examples(
                "google/gemma-3-12b-it",
                "google/gemma-3-12b-pt",
                "google/gemma-3-4b-it",
                "google/gemma-3-4b-pt",
                "google/gemma-3-27b-it",
                "google/gemma-3-27b-pt")
            .paged(BFLOAT16, FLOAT8_E4M3FN)
            .rope(NORMAL)
            .multiGpu()
            .required(NO_PREFIX_NO_CHUNKED)
            .maxLength(UNBOUNDED)
            .build());
    all.add(
        ArchitectureSpec.of("GraniteForCausalLM", TEXT_GENERATION, FLOAT32)
            .examples("ibm-granite/granite-3.1-8b-instruct", "ibm-granite/granite-3.1-8b-base")
            .paged(FLOAT32, BFLOAT16)
            .format(GGUF)
            .rope(NORMAL)
            .build());
    all.add(
        ArchitectureSpec.of("GptOssForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples("unsloth/gpt-oss-20b-BF16")
            .paged(BFLOAT16)
            .rope(YARN)
            .multiGpu()
            .maxLength(UNBOUNDED)
            .build());
    all.add(
        ArchitectureSpec.of("InternVLChatModel", TEXT_GENERATION, BFLOAT16)
            .examples("OpenGVLab/InternVL3-8B-Instruct")
            .paged(BFLOAT16)
            .multiGpu()
            .required(NO_PREFIX_NO_CHUNKED)
            .build());
    all.add(
        ArchitectureSpec.of("Idefics3ForConditionalGeneration", TEXT_GENERATION, BFLOAT16)
            .examples("HuggingFaceM4/Idefics3-8B-Llama3")
            .paged(BFLOAT16)
            .required(NO_PREFIX_NO_CHUNKED)
            .build());
    all.add(
        ArchitectureSpec.of("LlamaForCausalLM", TEXT_GENERATION, Q4_K)
            .examples(
                "meta-llama/Llama-3.1-8B-Instruct",
                "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
                "meta-llama/Llama-Guard-3-8B",
                "meta-llama/Llama-3.2-1B-Instruct",
                "meta-llama/Llama-3.2-3B-Instruct",
                "deepseek-ai/deepseek-coder-6.7b-instruct",
                "modularai/Llama-3.1-8B-Instruct-GGUF")
            .paged(GPTQ, Q4_K, Q4_0, Q6_K, FLOAT32, BFLOAT16, FLOAT8_E4M3FN, FLOAT4_E2M1FNX2)
            .rope(NORMAL)
            .multiGpu()
            .build());
    all.add(
        ArchitectureSpec.of("Llama4ForConditionalGeneration", TEXT_GENERATION, BFLOAT16)
            .examples(
                "meta-llama/Llama-4-Scout-17B-16E-Instruct",
                "meta-llama/Llama-4-Scout-17B-16E",
                "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
                "meta-llama/Llama-4-Maverick-17B-128E")
            .paged(BFLOAT16)
            .rope(NORMAL)
            .multiGpu()
            .maxLength(UNBOUNDED)
            .build());
    all.add(
        ArchitectureSpec.of("BertModel", EMBEDDINGS_GENERATION, BFLOAT16)
            .examples(
                "sentence-transformers/all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L12-v2")
            .noKvCache(FLOAT32, BFLOAT16)
            .required(NO_PREFIX)
            .build());
    all.add(
        ArchitectureSpec.of("MistralForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples("mistralai/Mistral-Nemo-Instruct-2407")
            .paged(BFLOAT16)
            .multiGpu()
            .maxLength(UNBOUNDED)
            .build());
    all.add(
        ArchitectureSpec.of("Mistral3ForConditionalGeneration", TEXT_GENERATION, BFLOAT16)
            .examples("mistralai/Mistral-Small-3.1-24B-Instruct-2503")
            .paged(BFLOAT16)
            .multiGpu()
            .maxLength(UNBOUNDED)
            .build());
    all.add(
        ArchitectureSpec.of("MPNetForMaskedLM", EMBEDDINGS_GENERATION, BFLOAT16)
            .examples("sentence-transformers/all-mpnet-base-v2")
            .noKvCache(FLOAT32, BFLOAT16)
            .required(NO_PREFIX)
            .build());
    all.add(
        ArchitectureSpec.of("OlmoForCausalLM", TEXT_GENERATION, FLOAT32)
            .examples("allenai/OLMo-1B-hf", "allenai/OLMo-1B-0724-hf")
            .paged(FLOAT32, BFLOAT16)
            .format(GGUF)
            .rope(NORMAL)
            .build());
    all.add(
        ArchitectureSpec.of("Olmo2ForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples(
                "allenai/OLMo-2-0425-1B-Instruct",
                "allenai/OLMo-2-1124-7B",
                "allenai/OLMo-2-1124-13B-Instruct",
                "allenai/OLMo-2-0325-32B-Instruct",
                "allenai/OLMo-2-1124-7B-GGUF")
            .paged(BFLOAT16, FLOAT32)
            .rope(NORMAL)
            .build());
    all.add(
        ArchitectureSpec.of("Olmo3ForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples("allenai/Olmo-3-7B-Instruct")
            .paged(BFLOAT16)
            .rope(YARN)
            .maxLength(UNBOUNDED)
            .build());
    all.add(
        ArchitectureSpec.of("Phi3ForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples("microsoft/phi-4", "microsoft/Phi-3.5-mini-instruct")
            .paged(FLOAT32, BFLOAT16)
            .format(GGUF)
            .rope(LONGROPE)
            .build());
    all.add(
        ArchitectureSpec.of("LlavaForConditionalGeneration", TEXT_GENERATION, BFLOAT16)
            .examples("mistral-community/pixtral-12b")
            .paged(BFLOAT16)
            .required(NO_PREFIX_NO_CHUNKED)
            .maxLength(UNBOUNDED)
            .build());
    all.add(
        ArchitectureSpec.of("Qwen2ForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples("Qwen/Qwen2.5-7B-Instruct", "Qwen/QwQ-32B")
            .paged(FLOAT32, BFLOAT16)
            .rope(NORMAL)
            .multiGpu()
            .build());
    all.add(
        ArchitectureSpec.of("Qwen2_5_VLForConditionalGeneration", TEXT_GENERATION, BFLOAT16)
            .examples("Qwen/Qwen2.5-VL-3B-Instruct", "Qwen/Qwen2.5-VL-7B-Instruct")
            .paged(FLOAT32, BFLOAT16, FLOAT8_E4M3FN)
            .multiGpu()
            .required(NO_CHUNKED)
            .build());
    all.add(
        ArchitectureSpec.of("Qwen3ForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples("Qwen/Qwen3-8B", "Qwen/Qwen3-30B-A3B")
            .paged(BFLOAT16, FLOAT32)
            .rope(NORMAL)
            .multiGpu()
            .build());
    all.add(
        ArchitectureSpec.of("Qwen3MoeForCausalLM", TEXT_GENERATION, BFLOAT16)
            .examples("Qwen/Qwen3-30B-A3B-Instruct")
            .paged(BFLOAT16, FLOAT32)
            .rope(NORMAL)
            .multiGpu()
            .build());
    all.add(
        ArchitectureSpec.of("Qwen3ForCausalLM", EMBEDDINGS_GENERATION, BFLOAT16)
            .examples(
                "Qwen/Qwen3-Embedding-0.6B", "Qwen/Qwen3-Embedding-4B", "Qwen/Qwen3-Embedding-8B")
            .noKvCache(FLOAT32, BFLOAT16)
            .maxLength(DEFAULT_UNLESS_GIVEN, 8192L)
            .build());
    all.add(
        ArchitectureSpec.of("Qwen3VLForConditionalGeneration", TEXT_GENERATION, BFLOAT16)
            .examples("Qwen/Qwen3-VL-4B-Instruct", "Qwen/Qwen3-VL-2B-Instruct")
            .paged(FLOAT32, BFLOAT16, FLOAT8_E4M3FN)
            .multiGpu()
            .required(NO_CHUNKED)
            .build());
    all.add(
        ArchitectureSpec.of("Qwen3VLMoeForConditionalGeneration", TEXT_GENERATION, BFLOAT16)
            .examples("Qwen/Qwen3-VL-30B-A3B-Instruct")
            .paged(FLOAT32, BFLOAT16, FLOAT8_E4M3FN)
            .multiGpu()
            .required(NO_CHUNKED)
            .build());
    all.add(deepseekV32.renamed("DeepseekV32ForCausalLM").build());
    return List.copyOf(all);
  }
}
