package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static io.github.modelconfig.domain.testdata.TestConfigs.tinyLlama;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.weights.GgufMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How {@link ModelConfigResolver} combines its steps: the problems of independent steps are all
 * reported, in the order MAX checks them; the warnings of every step are kept in step order.
 */
class ResolutionStepsTest {

  private final ModelConfigResolver resolver =
      new ModelConfigResolver(ArchitectureRegistry.defaults());

  @Test
  void givenMistakesForEveryStepAfterTheEncoding_resolve_reportsThemAllInMaxOrder() {
    // Exaone: single-GPU, not Llama, without gptq; no weight files; no torch_dtype.
    ModelSnapshot exaone = aSnapshot().withConfig(tinyLlama("ExaoneForCausalLM")).build();

    var result =
        resolver.resolve(
            aRequest()
                .with("enable_lora", "true")
                .with("devices", "gpu:0,1")
                .with("quantization_encoding", "gptq")
                .with("max_length", "100000")
                .build(),
            exaone,
            aHost().withGpus(2).build());

    assertThat(result.getError().map(ConfigError::code))
        .containsExactly(
            ErrorCode.LORA_WITH_PREFIX_CACHING,
            ErrorCode.LORA_UNSUPPORTED_ARCHITECTURE,
            ErrorCode.LORA_MULTI_DEVICE,
            ErrorCode.MULTI_GPU_NOT_SUPPORTED,
            ErrorCode.ENCODING_NOT_SUPPORTED_BY_ARCHITECTURE,
            ErrorCode.GPTQ_SCALES_DTYPE,
            ErrorCode.NO_COMPATIBLE_WEIGHTS,
            ErrorCode.MAX_LENGTH_EXCEEDS_MODEL);
  }

  @Test
  void givenDeviceKvCacheAndLengthMistakes_resolve_reportsThemAllInMaxOrder() {
    ModelSnapshot llama =
        aSnapshot().withConfig(tinyLlama()).withSafetensors("model.safetensors", "BF16").build();

    var result =
        resolver.resolve(
            aRequest()
                .with("devices", "cpu")
                .with("quantization_encoding", "bfloat16")
                .with("enable_kvcache_swapping_to_host", "true")
                .with("host_kvcache_swap_space_gb", "0")
                .with("max_length", "100000")
                .build(),
            llama,
            aHost().build());

    assertThat(result.getError().map(ConfigError::field))
        .containsExactly("devices", "kv_cache.host_kvcache_swap_space_gb", "max_length");
  }

  @Test
  void givenAStepRaisingEachWarning_resolve_keepsThemInStepOrder() {
    // A q6_k-named GGUF whose header says q4_k; custom code; a batch above the input tokens; a
    // GPU of 1.5 MiB: 0.9 * 1.5 MiB - 1 MiB of weights = 366,001 B, eleven 32 KiB pages of 128
    // tokens (256 B a token): 1408 tokens of the 2048 asked.
    Map<String, Object> config = new LinkedHashMap<>(tinyLlama());
    config.put("auto_map", Map.of("AutoModel", "modeling.TinyModel"));
    ModelSnapshot repo =
        aSnapshot()
            .withConfig(config)
            .withSafetensors("model.safetensors", "BF16")
            .withGguf("tiny-q6_k.gguf", q4kHeader())
            .build();

    ResolvedModelConfig resolved =
        valid(
            resolver.resolve(
                aRequest()
                    .with("quantization_encoding", "bfloat16")
                    .with("max_batch_size", "10000")
                    .with("max_length", "2048")
                    .build(),
                repo,
                aHost().withGpus(1).withGpuMemory(3L << 19).build()));

    assertThat(resolved.maxLength()).contains(1408L);
    assertThat(resolved.warnings())
        .extracting(Warning::code)
        .containsExactly(
            WarningCode.ENCODING_NAME_MISMATCH,
            WarningCode.BATCH_SIZE_CAPPED,
            WarningCode.MAX_LENGTH_CLAMPED,
            WarningCode.REMOTE_CODE_NOT_TRUSTED);
    assertThat(resolved.warnings())
        .extracting(Warning::message)
        .contains(
            "tiny-q6_k.gguf is named like q6_k but its header says q4_k; using q4_k.",
            "Clamping max_length from 2048 to 1408 due to capacity of KV Cache.");
  }

  @Test
  void givenTrustRemoteCode_resolve_doesNotWarnAboutCustomCode() {
    Map<String, Object> config = new LinkedHashMap<>(tinyLlama());
    config.put("auto_map", Map.of("AutoModel", "modeling.TinyModel"));
    ModelSnapshot repo =
        aSnapshot().withConfig(config).withSafetensors("model.safetensors", "BF16").build();

    ResolvedModelConfig resolved =
        valid(
            resolver.resolve(
                aRequest().with("trust_remote_code", "true").build(),
                repo,
                aHost().withGpus(1).build()));

    assertThat(resolved.warnings()).isEmpty();
  }

  /** GGUF file type 15 is MOSTLY_Q4_K_M. */
  private static GgufMetadata q4kHeader() {
    return new GgufMetadata(
        3,
        Map.of("general.architecture", "llama", "general.file_type", 15L),
        Map.of(),
        List.of(),
        32,
        0);
  }
}
