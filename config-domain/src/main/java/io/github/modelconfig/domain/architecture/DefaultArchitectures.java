package io.github.modelconfig.domain.architecture;

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
import static io.github.modelconfig.domain.rope.RopeType.NEOX;
import static io.github.modelconfig.domain.rope.RopeType.NORMAL;
import static io.github.modelconfig.domain.rope.RopeType.YARN;
import static io.github.modelconfig.domain.weights.WeightsFormat.GGUF;

import io.github.modelconfig.domain.kvcache.KvCacheQuantization;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data: MAX's architecture registry at the reference version (docs/max-reference.md, "The
 * architecture registry"), one entry per registration in MAX's order; where MAX registers {@code
 * <Name>_Legacy} and {@code <Name>}, the {@code _Legacy} values (MAX's default) under the bare
 * name.
 */
final class DefaultArchitectures {

  static final Map<String, Object> NO_PREFIX_NO_CHUNKED = noPrefixNoChunked();
  static final Map<String, Object> NO_CHUNKED = Map.of("enable_chunked_prefill", false);

  private DefaultArchitectures() {}

  /** In MAX's key order (a Map.of would iterate in a per-JVM order). */
  private static Map<String, Object> noPrefixNoChunked() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enable_prefix_caching", false);
    m.put("enable_chunked_prefill", false);
    return Collections.unmodifiableMap(m);
  }

  static List<SupportedArchitecture> all() {
    List<SupportedArchitecture> all = new ArrayList<>(firstHalf());
    all.addAll(DefaultArchitecturesContinued.all());
    return List.copyOf(all);
  }

  private static List<SupportedArchitecture> firstHalf() {
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
            .kvCacheQuantization(KvCacheQuantization.DEEPSEEK_V3)
            .build(),
        // MAX's V3.2 arch config keeps max_seq_len at its 163840 default, but the pipeline uses the
        // user's max_length, bounded by max_position_embeddings (DeepseekV2Model's
        // calculate_max_seq_len): one length, the user's or 163840.
        text("DeepseekV3_2ForCausalLM", FLOAT8_E4M3FN, List.of(FLOAT8_E4M3FN))
            .examples("deepseek-ai/DeepSeek-V3.2", "deepseek-ai/DeepSeek-V3.2-Exp")
            .multiGpu()
            .emptyBatches()
            .maxBatchContextLength()
            .defaultMaxLength(163_840)
            .kvCacheQuantization(KvCacheQuantization.DEEPSEEK_V3)
            .build(),
        text("DeepseekV3ForCausalLMNextN", BFLOAT16, List.of(BFLOAT16, FLOAT8_E4M3FN))
            .examples("SGLang/DeepSeek-V3-NextN")
            .multiGpu()
            .emptyBatches()
            .maxBatchContextLength()
            .dataParallel(DataParallel.MATCHES_DEVICES)
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
            .dataParallel(DataParallel.IGNORED)
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
            .dataParallel(DataParallel.IGNORED)
            .build());
  }
}
