package io.github.modelconfig.domain.architecture;

import static io.github.modelconfig.domain.encoding.SupportedEncoding.BFLOAT16;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.FLOAT32;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.FLOAT4_E2M1FNX2;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.FLOAT8_E4M3FN;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.GPTQ;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.Q4_0;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.Q4_K;
import static io.github.modelconfig.domain.encoding.SupportedEncoding.Q6_K;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data: MAX's architecture registry at the reference version (architectures.md), `_Legacy` rows.
 */
final class DefaultArchitectures {

  private static final List<KvCacheStrategy> PAGED = List.of(KvCacheStrategy.PAGED);

  private DefaultArchitectures() {}

  static List<SupportedArchitecture> all() {
    return List.of(
        textGeneration(
            "LlamaForCausalLM",
            List.of("meta-llama/Llama-3.1-8B-Instruct", "meta-llama/Llama-3.2-1B-Instruct"),
            Q4_K,
            paged(GPTQ, Q4_K, Q4_0, Q6_K, FLOAT32, BFLOAT16, FLOAT8_E4M3FN, FLOAT4_E2M1FNX2),
            WeightsFormat.SAFETENSORS,
            RopeType.NORMAL,
            true));
  }

  static SupportedArchitecture textGeneration(
      String name,
      List<String> examples,
      SupportedEncoding defaultEncoding,
      Map<SupportedEncoding, List<KvCacheStrategy>> encodings,
      WeightsFormat format,
      RopeType rope,
      boolean multiGpu) {
    return new SupportedArchitecture(
        name,
        Task.TEXT_GENERATION,
        examples,
        defaultEncoding,
        encodings,
        format,
        rope,
        multiGpu,
        Map.of(),
        false,
        false,
        MaxLengthRule.BOUNDED_BY_MODEL,
        Option.none());
  }

  static Map<SupportedEncoding, List<KvCacheStrategy>> paged(SupportedEncoding... encodings) {
    Map<SupportedEncoding, List<KvCacheStrategy>> map = new LinkedHashMap<>();
    for (SupportedEncoding e : encodings) {
      map.put(e, PAGED);
    }
    return map;
  }
}
