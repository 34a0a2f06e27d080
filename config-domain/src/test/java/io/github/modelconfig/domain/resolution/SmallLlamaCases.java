package io.github.modelconfig.domain.resolution;

import static io.github.modelconfig.domain.testdata.HostBuilder.aHost;
import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.testdata.ModelSnapshotBuilder;
import io.github.modelconfig.domain.testdata.RequestBuilder;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test fixture: a small Llama repo, requests on it, and hosts, shared by the resolver cases. */
final class SmallLlamaCases {

  private SmallLlamaCases() {}

  static final List<Device> GPU_HOST = aHost().withGpus(1).withoutCpu().build();
  static final List<Device> CPU_HOST = aHost().build();

  static final Map<String, Object> LLAMA =
      Map.of(
          "architectures", List.of("LlamaForCausalLM"),
          "hidden_size", 64,
          "num_attention_heads", 4,
          "num_hidden_layers", 2,
          "num_key_value_heads", 2,
          "max_position_embeddings", 2048,
          "vocab_size", 1000);

  static final ModelConfigResolver RESOLVER =
      new ModelConfigResolver(ArchitectureRegistry.defaults());

  /** A Llama repo with these files; safetensors files get a one-tensor header of the dtype. */
  static ModelSnapshot repo(Map<String, String> safetensorsDtypes, String... ggufFiles) {
    return repo(LLAMA, safetensorsDtypes, ggufFiles);
  }

  static ModelSnapshot repo(
      Map<String, Object> config, Map<String, String> safetensorsDtypes, String... ggufFiles) {
    ModelSnapshotBuilder repo =
        aSnapshot().fromHub("org/llama").withConfig(config).withFile("config.json", 500);
    new TreeMap<>(safetensorsDtypes).forEach(repo::withSafetensors);
    return repo.withFiles(ggufFiles).build();
  }

  static ModelConfigRequest request(
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

  static Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request, ModelSnapshot snapshot, List<Device> host) {
    return RESOLVER.resolve(request, snapshot, host);
  }

  static List<String> codes(Validation<Seq<ConfigError>, ResolvedModelConfig> result) {
    return result.getError().map(e -> e.code().wireName()).toJavaList();
  }
}
