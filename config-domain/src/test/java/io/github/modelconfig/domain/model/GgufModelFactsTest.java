package io.github.modelconfig.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.weights.GgufArray;
import io.github.modelconfig.domain.weights.GgufMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GgufModelFactsTest {

  /** The shape keys of Meta-Llama-3.1-8B-Instruct Q4_K_M as llama.cpp writes them. */
  static GgufMetadata llama31() {
    Map<String, Object> kv =
        Map.of(
            "general.architecture", "llama",
            "general.file_type", 15L,
            "llama.block_count", 32L,
            "llama.context_length", 131072L,
            "llama.embedding_length", 4096L,
            "llama.attention.head_count", 32L,
            "llama.attention.head_count_kv", 8L,
            "llama.rope.freq_base", 500000.0,
            "llama.rope.scaling.type", "linear",
            "llama.rope.scaling.factor", 8.0);
    return new GgufMetadata(
        3, kv, Map.of("tokenizer.ggml.tokens", new GgufArray("string", 128_256)), List.of(), 32, 0);
  }

  @Test
  void givenLlamaGguf_extract_shapeFromArchKeys() {
    ModelFacts f = GgufModelFacts.extract(llama31());

    assertThat(f.architectures()).containsExactly("LlamaForCausalLM");
    assertThat(f.modelType()).contains("llama");
    assertThat(f.numHiddenLayers()).contains(32L);
    assertThat(f.numAttentionHeads()).contains(32L);
    assertThat(f.numKeyValueHeads()).contains(8L);
    // 4096 / 32
    assertThat(f.headDim()).contains(128L);
    assertThat(f.hiddenSize()).contains(4096L);
    assertThat(f.vocabSize()).contains(128_256L);
    assertThat(f.maxPositionEmbeddings()).contains(131_072L);
    assertThat(f.attention()).contains(AttentionKind.GQA);
    assertThat(f.ropeScaling().get().type()).isEqualTo("linear");
    assertThat(f.ropeScaling().get().parameters()).containsEntry("factor", 8.0);
    assertThat(f.defaulted()).containsExactly("head_dim");
  }

  @Test
  void givenUnknownArchitecture_extract_noClassName() {
    GgufMetadata m =
        new GgufMetadata(3, Map.of("general.architecture", "mamba"), Map.of(), List.of(), 32, 0);
    assertThat(GgufModelFacts.extract(m).architectures()).isEmpty();
    assertThat(GgufModelFacts.architectureClass("qwen2")).contains("Qwen2ForCausalLM");
  }
}
