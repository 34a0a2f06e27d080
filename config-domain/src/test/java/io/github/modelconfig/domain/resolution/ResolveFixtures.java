package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.model.TestSnapshots;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.repo.RepoKind;
import io.github.modelconfig.domain.request.Fields;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.request.RequestBinder;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.github.modelconfig.domain.weights.TensorInfo;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Test support: small repos, hosts and requests for whole-resolver reference cases. */
final class ResolveFixtures {

  static final long GIB = 1L << 30;

  private ResolveFixtures() {}

  /** The config.json of examples/tiny-llama (2 layers, 2 KV heads of 16, 2048 positions). */
  static Map<String, Object> llamaConfig(String architecture) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("architectures", List.of(architecture));
    config.put("model_type", "llama");
    config.put("hidden_size", 64);
    config.put("head_dim", 16);
    config.put("num_attention_heads", 4);
    config.put("num_hidden_layers", 2);
    config.put("num_key_value_heads", 2);
    config.put("max_position_embeddings", 2048);
    config.put("vocab_size", 256);
    return config;
  }

  /** A local repo with these files (1 MiB each) and safetensors headers of one dtype per file. */
  static ModelSnapshot repo(
      Map<String, Object> config, List<String> files, Map<String, String> safetensorsDtypes) {
    Map<String, SafetensorsHeader> headers = new LinkedHashMap<>();
    safetensorsDtypes.forEach((file, dtype) -> headers.put(file, header(dtype)));
    List<RepoFile> repoFiles = new ArrayList<>();
    files.forEach(f -> repoFiles.add(RepoFile.of(f, 1L << 20)));
    return new ModelSnapshot(
        "/models/tiny",
        RepoKind.LOCAL_FOLDER,
        Option.none(),
        repoFiles,
        Option.some(TestSnapshots.raw(config)),
        Option.none(),
        Option.none(),
        Map.of(),
        headers,
        Option.none());
  }

  private static SafetensorsHeader header(String dtype) {
    return new SafetensorsHeader(
        List.of(new TensorInfo("model.embed_tokens.weight", dtype, List.of(256L, 64L), 0, 1024)),
        Map.of(),
        128);
  }

  /** A host with {@code n} 80 GiB GPUs (ids 0..n-1) and a 64 GiB CPU. */
  static List<Device> host(int gpus) {
    List<Device> devices = new ArrayList<>();
    IntStream.range(0, gpus)
        .forEach(
            i ->
                devices.add(
                    new Device(
                        DeviceSpec.gpu(i),
                        "H100",
                        Option.none(),
                        80 * GIB,
                        80 * GIB,
                        Option.none(),
                        "test")));
    devices.add(
        new Device(
            DeviceSpec.cpu(), "host", Option.none(), 64 * GIB, 64 * GIB, Option.none(), "test"));
    return devices;
  }

  /** A request bound from flag-style settings, as the CLI gives them. */
  static ModelConfigRequest request(String... keyValues) {
    Map<String, RawSetting> settings = new LinkedHashMap<>();
    settings.put("model_path", RawSetting.flag("model_path", "/models/tiny"));
    for (int i = 0; i < keyValues.length; i += 2) {
      settings.put(keyValues[i], RawSetting.flag(keyValues[i], keyValues[i + 1]));
    }
    return RequestBinder.bind(settings).get();
  }

  /** The same request placed on {@code specs} (for lists the --devices syntax cannot spell). */
  static ModelConfigRequest onDevices(ModelConfigRequest r, List<DeviceSpec> specs) {
    return r.with(Fields.DEVICES, Option.of(specs));
  }

  static Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      ModelConfigRequest request, ModelSnapshot snapshot, List<Device> visible) {
    return new ModelConfigResolver(ArchitectureRegistry.defaults())
        .resolve(request, snapshot, visible);
  }
}
