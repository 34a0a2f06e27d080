package io.github.modelconfig.domain.recent;

import static io.github.modelconfig.domain.testdata.ModelSnapshotBuilder.aSnapshot;
import static io.github.modelconfig.domain.testdata.RequestBuilder.aRequest;

import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.resolution.ModelConfigResolver;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.github.modelconfig.domain.testdata.ModelSnapshotBuilder;
import io.github.modelconfig.domain.testdata.RequestBuilder;
import io.github.modelconfig.domain.testdata.TestConfigs;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Test support: resolves the recent real configs of test resources {@code fixtures/recent} (and
 * {@code fixtures/models}) as local folders with one sparse weight file of a given dtype.
 */
final class RecentModels {

  static final long GIB = 1L << 30;

  private static final ModelConfigResolver RESOLVER =
      new ModelConfigResolver(ArchitectureRegistry.defaults());

  private RecentModels() {}

  /** A folder holding {@code config} and a 1 GiB model.safetensors of {@code dtype}. */
  static ModelSnapshotBuilder folder(RawModelConfig config, String dtype) {
    return aSnapshot()
        .inFolder("/models/m")
        .withConfig(config)
        .withFile("config.json", 2000)
        .withFile("model.safetensors", GIB)
        .withSafetensors("model.safetensors", dtype);
  }

  static ModelSnapshot recent(String model, String dtype) {
    return folder(TestConfigs.recent(model), dtype).build();
  }

  static RequestBuilder request() {
    return aRequest().with("model_path", "/models/m");
  }

  static Validation<Seq<ConfigError>, ResolvedModelConfig> resolve(
      RequestBuilder request, ModelSnapshot snapshot, List<Device> host) {
    return RESOLVER.resolve(request.build(), snapshot, host);
  }
}
