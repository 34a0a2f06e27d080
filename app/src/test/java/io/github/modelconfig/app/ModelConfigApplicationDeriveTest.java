package io.github.modelconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.application.port.out.InMemoryDeviceCatalog;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.request.RawSetting;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A graph derived for a batch line's settings shares what those settings leave alone. */
class ModelConfigApplicationDeriveTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path home;

  private AppSettings settings() {
    return IsolatedSettings.of(home, ROOT);
  }

  @Test
  void givenAnotherTarget_derive_sharesTheRepositoriesAndPlansForThatTarget() {
    ModelConfigApplication app = ModelConfigApplication.create(settings());

    ModelConfigApplication derived = app.derive(settings().withTarget(Option.of("h100-80gb:2")));

    assertThat(derived.repositories())
        .as("folders, HF cache, Hub (its HTTP client)")
        .containsExactlyElementsOf(app.repositories());
    assertThat(derived.listDevices().devices().get().devices())
        .extracting(d -> d.spec().deviceType().wireName() + ":" + d.spec().id())
        .containsExactly("gpu:0", "gpu:1");
  }

  @Test
  void givenOfflineMode_derive_sharesTheFoldersButNotTheHub() {
    ModelConfigApplication app = ModelConfigApplication.create(settings());

    ModelConfigApplication derived = app.derive(settings().withOffline(true));

    List<ModelRepository> before = app.repositories();
    List<ModelRepository> after = derived.repositories();
    assertThat(after.get(0)).isSameAs(before.get(0));
    assertThat(after.get(1)).isNotSameAs(before.get(1));
    assertThat(after.get(2)).isNotSameAs(before.get(2));
  }

  @Test
  void givenDevicesDetectedOnce_resolvingTwice_detectsOnce() {
    AtomicInteger detections = new AtomicInteger();
    DeviceCatalog host = InMemoryDeviceCatalog.target("test-gpu-80gb");
    DeviceCatalog counting =
        new DeviceCatalog() {
          @Override
          public Either<ConfigError, DeviceInventory> detect() {
            detections.incrementAndGet();
            return host.detect();
          }

          @Override
          public Either<ConfigError, List<String>> targets() {
            return host.targets();
          }
        };
    ModelConfigApplication app =
        ModelConfigApplication.builder(settings()).devices(counting).detectDevicesOnce().build();
    ResolveQuery query =
        ResolveQuery.fromSettings(
                Map.of("model_path", RawSetting.flag("model_path", "examples/tiny-llama")))
            .get();

    app.resolveModelConfig().resolve(query);
    app.resolveModelConfig().resolve(query);
    app.derive(settings().withOffline(true)).resolveModelConfig().resolve(query);

    // the replaced catalog is kept by the derived graph, with the inventory already detected
    assertThat(detections).hasValue(1);
  }
}
