package io.github.modelconfig.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.FakeModelFileParser;
import io.github.modelconfig.application.port.out.InMemoryDeviceCatalog;
import io.github.modelconfig.application.port.out.InMemoryModelFiles;
import io.github.modelconfig.application.port.out.InMemoryModelRepository;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResolveModelConfigServiceTest {

  static final long GIB = 1L << 30;
  static final Device CPU =
      new Device(
          DeviceSpec.cpu(), "host", Option.none(), 64 * GIB, 32 * GIB, Option.none(), "test");

  final InMemoryModelRepository cache = new InMemoryModelRepository();
  final InMemoryModelRepository hub = new InMemoryModelRepository();
  DeviceCatalog devices = InMemoryDeviceCatalog.of(CPU);

  Either<ResolveFailure, ResolvedModelConfig> resolve(
      WeightsInspector inspector, ResolveQuery query) {
    List<ModelRepository> places = List.of(cache, hub);
    return new ResolveModelConfigService(
            places, new FakeModelFileParser(), inspector, devices, ArchitectureRegistry.defaults())
        .resolve(query);
  }

  static ResolveQuery query(String model) {
    return new ResolveQuery(ModelConfigRequest.of(model));
  }

  @Test
  void givenCachedModel_resolve_appliesTheRulesToItsFilesWithoutAskingTheHub() {
    TinyLlama tiny = TinyLlama.repo("org/tiny").shards(1, "F32");
    cache.put(tiny.files());

    ResolvedModelConfig config = resolve(tiny.inspector(), query("org/tiny")).get();

    assertThat(config.architecture().map(SupportedArchitecture::name)).contains("LlamaForCausalLM");
    assertThat(config.quantizationEncoding()).contains(SupportedEncoding.FLOAT32);
    assertThat(config.parameterCount()).contains(TinyLlama.SHARD_PARAMETERS);
    assertThat(hub.asked()).isEmpty();
  }

  @Test
  void givenHubModelWithParameterCounts_resolve_takesThemAndOpensNoWeightFile() {
    TinyLlama tiny =
        TinyLlama.repo("org/tiny")
            .shards(2, "F32")
            .onHub(SnapshotLoaderTest.COMMIT, Map.of("F32", 106_816L));
    InMemoryModelFiles files = tiny.files();
    hub.put(files);

    ResolvedModelConfig config = resolve(tiny.inspector(), query("org/tiny")).get();

    assertThat(config.parameterCount()).contains(106_816L);
    assertThat(config.quantizationEncoding()).contains(SupportedEncoding.FLOAT32);
    assertThat(files.requests()).noneMatch(r -> r.startsWith("open"));
  }

  @Test
  void givenDeviceToolWarnings_resolve_keepsThem() {
    TinyLlama tiny = TinyLlama.repo("org/tiny").shards(1, "F32");
    cache.put(tiny.files());
    devices =
        InMemoryDeviceCatalog.host(
            List.of(CPU),
            List.of(new Warning(WarningCode.DEVICE_DISCOVERY, "nvidia-smi timed out")));

    ResolvedModelConfig config = resolve(tiny.inspector(), query("org/tiny")).get();

    assertThat(config.warnings())
        .contains(new Warning(WarningCode.DEVICE_DISCOVERY, "nvidia-smi timed out"));
  }

  @Test
  void givenModelNowhere_resolve_failsRepoNotFound() {
    Either<ResolveFailure, ResolvedModelConfig> config =
        resolve(TinyLlama.repo("x").inspector(), query("org/nowhere"));

    assertThat(config.swap().getOrNull())
        .as(config.toString())
        .isInstanceOfSatisfying(
            ResolveFailure.Unavailable.class,
            u -> assertThat(u.failure().code()).isEqualTo(ErrorCode.REPO_NOT_FOUND));
    assertThat(hub.asked()).containsExactly("find org/nowhere@main");
  }

  @Test
  void givenDraftModelNowhere_resolve_reportsTheDraftUnavailable() {
    TinyLlama tiny = TinyLlama.repo("org/tiny").shards(1, "F32");
    cache.put(tiny.files());
    ResolveQuery query =
        new ResolveQuery(
            ModelConfigRequest.of("org/tiny"), Option.of(ModelConfigRequest.of("org/draft")));

    Either<ResolveFailure, ResolvedModelConfig> config = resolve(tiny.inspector(), query);

    assertThat(config.swap().getOrNull())
        .as(config.toString())
        .isInstanceOfSatisfying(
            ResolveFailure.Unavailable.class,
            u -> assertThat(u.failure().message()).contains("org/draft"));
  }
}
