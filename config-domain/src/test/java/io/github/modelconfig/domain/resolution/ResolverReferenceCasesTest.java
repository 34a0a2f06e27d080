package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.Outcomes.valid;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.quantization.DtypeCast;
import io.github.modelconfig.domain.quantization.EncodingChoice;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.testdata.ModelSnapshotBuilder;
import io.github.modelconfig.domain.testdata.RequestBuilder;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reference §10 cases through {@link ModelConfigResolver}: encoding resolution (§2.3, cases 28-38),
 * the dtype cast (§2.5), weight files, and the KV-cache feature checks (case 51).
 */
class ResolverReferenceCasesTest {

  private static final List<Device> GPU_HOST = aHost().withGpus(1).withoutCpu().build();
  private static final List<Device> CPU_HOST = aHost().build();

  private static final Map<String, Object> LLAMA =
      Map.of(
          "architectures", List.of("LlamaForCausalLM"),
          "hidden_size", 64,
          "num_attention_heads", 4,
          "num_hidden_layers", 2,
          "num_key_value_heads", 2,
          "max_position_embeddings", 2048,
          "vocab_size", 1000);

  private final ModelConfigResolver resolver =
      new ModelConfigResolver(ArchitectureRegistry.defaults());

  /** A Llama repo with these files; safetensors files get a one-tensor header of the dtype. */
  private static ModelSnapshot repo(Map<String, String> safetensorsDtypes, String... ggufFiles) {
    return repo(LLAMA, safetensorsDtypes, ggufFiles);
  }

  private static ModelSnapshot repo(
      Map<String, Object> config, Map<String, String> safetensorsDtypes, String... ggufFiles) {
    ModelSnapshotBuilder repo =
        aSnapshot().fromHub("org/llama").withConfig(config).withFile("config.json", 500);
    new TreeMap<>(safetensorsDtypes).forEach(repo::withSafetensors);
    return repo.withFiles(ggufFiles).build();
  }

  private static ModelConfigRequest request(
      Option<SupportedEncoding> encoding, boolean cast, List<String> weightPath) {
    RequestBuilder request = aRequest().with("model_path", "org/llama");
    encoding.forEach(e -> request.with("quantization_encoding", e.wireName()));
    if (cast) {
      request.with("allow_safetensors_weights_fp32_bf6_bidirectional_cast", "true");
    }
    if (!weightPath.isEmpty()) {
      request.with("weight_path", String.join(",", weightPath));
    }
    return request.build();
  }

  private Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request, ModelSnapshot snapshot, List<Device> host) {
    return resolver.resolve(request, snapshot, host);
  }

  private static List<String> codes(Validation<Seq<ConfigError>, ResolvedModelConfig> result) {
    return result.getError().map(e -> e.code().wireName()).toJavaList();
  }

  @Test
  void case28_givenQ4kAndAnF32WeightFileWithoutTheCastFlag_resolve_reportsTheInconsistency() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.Q4_K), false, List.of("llama-8b-f32.gguf")),
            repo(Map.of(), "llama-8b-f32.gguf"),
            GPU_HOST);

    assertThat(codes(result)).containsExactly("encoding_inconsistent_with_weights");
    assertThat(result.getError().get(0).message()).contains("float32", "q4_k");
  }

  @Test
  void case29_givenFloat32AndAnF32WeightFileWithTheCastFlag_resolve_acceptsWithoutACast() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.FLOAT32), true, List.of("llama-8b-f32.gguf")),
            repo(Map.of(), "llama-8b-f32.gguf"),
            GPU_HOST);

    assertThat(valid(result).quantizationEncoding()).contains(SupportedEncoding.FLOAT32);
    assertThat(valid(result).dtypeCast()).isEmpty();
    assertThat(valid(result).weightPath()).containsExactly("llama-8b-f32.gguf");
  }

  @Test
  void case30_givenASafetensorsWeightPathAndNoEncoding_resolve_readsItFromTheHeader() {
    // Difference from MAX: MAX demands --quantization-encoding for a local safetensors file;
    // we read the file's header, whose dtype says which encoding it holds.
    var result =
        resolve(
            request(Option.none(), false, List.of("x.safetensors")),
            repo(Map.of("x.safetensors", "BF16")),
            GPU_HOST);

    assertThat(valid(result).quantizationEncoding()).contains(SupportedEncoding.BFLOAT16);
    assertThat(valid(result).provenance().of("quantization_encoding").source())
        .isEqualTo(Source.WEIGHTS);
  }

  @Test
  void case31_givenARepoWithOnlyBfloat16_resolve_choosesIt() {
    var result =
        resolve(
            request(Option.none(), false, List.of()),
            repo(Map.of("model.safetensors", "BF16")),
            GPU_HOST);

    assertThat(valid(result).quantizationEncoding()).contains(SupportedEncoding.BFLOAT16);
  }

  @Test
  void case32_givenSeveralEncodingsOnGpu_choose_prefersFloat8ThenFloat4() {
    var offered =
        List.of(
            SupportedEncoding.FLOAT8_E4M3FN, SupportedEncoding.BFLOAT16, SupportedEncoding.FLOAT32);

    assertThat(valid(inferred(offered, DeviceSpec.gpu(0))).encoding())
        .isEqualTo(SupportedEncoding.FLOAT8_E4M3FN);
    var withFloat4 = new java.util.ArrayList<>(offered);
    withFloat4.add(0, SupportedEncoding.FLOAT4_E2M1FNX2);
    assertThat(valid(inferred(withFloat4, DeviceSpec.gpu(0))).encoding())
        .isEqualTo(SupportedEncoding.FLOAT4_E2M1FNX2);
  }

  @Test
  void case33_givenSeveralEncodingsOnCpu_choose_takesTheArchitectureDefault() {
    var decision =
        inferred(List.of(SupportedEncoding.FLOAT32, SupportedEncoding.Q4_K), DeviceSpec.cpu());

    assertThat(valid(decision).encoding()).isEqualTo(SupportedEncoding.BFLOAT16);
    assertThat(valid(decision).origin().source()).isEqualTo(Source.ARCHITECTURE);
  }

  @Test
  void case34_givenOnlyCpuEncodingsOnGpu_choose_saysNoneRunsThere() {
    // Difference from MAX: MAX leaves the encoding null and then fails with "quantization_encoding
    // of 'None' not supported"; we say which encodings the repo has and that none runs on the GPU.
    var decision =
        inferred(List.of(SupportedEncoding.Q6_K, SupportedEncoding.Q4_K), DeviceSpec.gpu(0));

    assertThat(decision.getError().code()).isEqualTo(ErrorCode.NO_ENCODING_FOR_DEVICE);
    assertThat(decision.getError().message()).contains("q6_k, q4_k", "gpu:0");
  }

  @Test
  void case35_givenBfloat16WithTheCastAndOnlyFloat32Weights_resolve_castsFromFloat32() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.BFLOAT16), true, List.of()),
            repo(
                Map.of(
                    "model-00001-of-00002.safetensors", "F32",
                    "model-00002-of-00002.safetensors", "F32")),
            GPU_HOST);

    assertThat(valid(result).quantizationEncoding()).contains(SupportedEncoding.BFLOAT16);
    assertThat(valid(result).dtypeCast())
        .contains(new DtypeCast(SupportedEncoding.FLOAT32, SupportedEncoding.BFLOAT16));
    assertThat(valid(result).weightPath())
        .containsExactlyInAnyOrder(
            "model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors");
  }

  @Test
  void case36_givenBfloat16WithoutTheCastAndOnlyFloat32Weights_resolve_rejects() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.BFLOAT16), false, List.of()),
            repo(Map.of("model.safetensors", "F32")),
            GPU_HOST);

    assertThat(codes(result)).containsExactly("encoding_not_in_repo");
    assertThat(result.getError().get(0).message()).contains("'bfloat16'", "org/llama", "float32");
  }

  @Test
  void case37_givenBfloat16WithTheCastOnCpu_resolve_cannotCastThere() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.BFLOAT16), true, List.of()),
            repo(Map.of("model.safetensors", "F32")),
            CPU_HOST);

    assertThat(codes(result)).containsExactly("dtype_cast_unsupported");
    assertThat(result.getError().get(0).message()).contains("not supported on cpu");
  }

  @Test
  void case38_givenQ4kWithTheCastAndABfloat16WeightFile_resolve_refusesTheCast() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.Q4_K), true, List.of("model.safetensors")),
            repo(Map.of("model.safetensors", "BF16")),
            GPU_HOST);

    assertThat(codes(result)).containsExactly("dtype_cast_unsupported");
    assertThat(result.getError().get(0).message())
        .contains("Only float32 <-> bfloat16 weight casts are supported");
  }

  @Test
  void givenAWeightPathMissingFromTheRepo_resolve_reportsTheMissingFile() {
    var result =
        resolve(
            request(Option.of(SupportedEncoding.BFLOAT16), false, List.of("missing.safetensors")),
            repo(Map.of("model.safetensors", "BF16")),
            GPU_HOST);

    assertThat(codes(result)).containsExactly("weight_file_not_found");
    assertThat(result.getError().get(0).message()).contains("missing.safetensors", "org/llama");
  }

  @Test
  void givenWeightsFromAnotherRepo_resolve_namesThatRepoAndUsesItsFiles() {
    ModelSnapshot model = repo(Map.of());
    ModelSnapshot gguf =
        aSnapshot()
            .fromHub("org/llama-GGUF")
            .withFile("llama-q4_k_m.gguf", 4_000)
            .withFile("llama-q6_k.gguf", 5_000)
            .build();

    var result =
        resolver.resolve(
            request(Option.none(), false, List.of("llama-q6_k.gguf")), model, gguf, CPU_HOST);

    assertThat(valid(result).weightsRepoId()).contains("org/llama-GGUF");
    assertThat(valid(result).huggingfaceWeightRepoId()).isEqualTo("org/llama-GGUF");
    assertThat(valid(result).quantizationEncoding()).contains(SupportedEncoding.Q6_K);
    assertThat(valid(result).weightsSize()).contains(5_000L);
  }

  @Test
  void case51_givenSwappingWithoutPrefixCachingOrSwapSpace_resolve_reportsBothEvenWithoutAPlan() {
    ModelConfigRequest r = request(Option.none(), false, List.of());
    var kv = new KvCacheConfig(KvCacheStrategy.PAGED, 128, false, true, 0, 0.9, Option.none());
    ModelConfigRequest swapping = r.withKvCache(kv);

    // bfloat16 cannot run on this CPU host, so there is no memory plan; the checks still run
    var result = resolve(swapping, repo(Map.of("model.safetensors", "BF16")), CPU_HOST);

    assertThat(result.getError().map(ConfigError::field))
        .contains(
            "kv_cache.enable_kvcache_swapping_to_host", "kv_cache.host_kvcache_swap_space_gb");
  }

  @Test
  void givenAConfigWithoutHeads_resolve_saysWhyThereIsNoMemoryPlan() {
    Map<String, Object> headless = new LinkedHashMap<>(LLAMA);
    headless.remove("num_attention_heads");
    headless.remove("num_key_value_heads");

    var result =
        resolve(
            request(Option.none(), false, List.of()),
            repo(headless, Map.of("model.safetensors", "BF16")),
            GPU_HOST);

    assertThat(valid(result).memory()).isEmpty();
    assertThat(valid(result).warnings())
        .filteredOn(w -> w.code() == WarningCode.NO_MEMORY_PLAN)
        .singleElement()
        .extracting(Warning::message)
        .asString()
        .contains("num_attention_heads");
  }

  private static Validation<ConfigError, EncodingChoice.Decision> inferred(
      List<SupportedEncoding> offered, DeviceSpec device) {
    return EncodingChoice.choose(
        new EncodingChoice.Inputs(
            Option.none(),
            false,
            false,
            Option.none(),
            offered,
            offered::contains,
            device,
            SupportedEncoding.BFLOAT16,
            "org/repo"));
  }
}
