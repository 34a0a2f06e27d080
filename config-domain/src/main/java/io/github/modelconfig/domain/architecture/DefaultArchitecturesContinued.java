package io.github.modelconfig.domain.architecture;

import static io.github.modelconfig.domain.architecture.ArchitectureEntry.embeddings;
import static io.github.modelconfig.domain.architecture.ArchitectureEntry.text;
import static io.github.modelconfig.domain.architecture.DefaultArchitectures.NO_CHUNKED;
import static io.github.modelconfig.domain.architecture.DefaultArchitectures.NO_PREFIX_NO_CHUNKED;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.BFLOAT16;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.FLOAT32;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.FLOAT8_E4M3FN;
import static io.github.modelconfig.domain.rope.RopeType.LONGROPE;
import static io.github.modelconfig.domain.rope.RopeType.NORMAL;
import static io.github.modelconfig.domain.rope.RopeType.YARN;
import static io.github.modelconfig.domain.weights.WeightsFormat.GGUF;

import java.util.List;
import java.util.Map;

/**
 * Data: the second half of MAX's architecture registry in its order (from {@code BertModel} on);
 * {@link DefaultArchitectures} holds the first half and joins both.
 */
final class DefaultArchitecturesContinued {

  private DefaultArchitecturesContinued() {}

  static List<SupportedArchitecture> all() {
    return List.of(
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
            .dataParallel(DataParallel.NOT_SUPPORTED)
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
            .dataParallel(DataParallel.NOT_SUPPORTED)
            .build(),
        text("Qwen3MoeForCausalLM", BFLOAT16, List.of(BFLOAT16, FLOAT32))
            .examples("Qwen/Qwen3-30B-A3B-Instruct")
            .rope(NORMAL)
            .multiGpu()
            .dataParallel(DataParallel.NOT_SUPPORTED)
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
}
