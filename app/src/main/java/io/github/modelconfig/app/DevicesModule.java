package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.github.modelconfig.adapter.devices.DeviceCatalogs;
import io.github.modelconfig.adapter.devices.DiscoverySettings;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;

/** Guice module: device discovery, or the target catalog when {@code --target} is given. */
public final class DevicesModule extends AbstractModule {

  static final Duration TOOL_TIMEOUT = Duration.ofSeconds(5);

  private final AppSettings settings;

  public DevicesModule(AppSettings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  DeviceCatalog deviceCatalog() {
    return catalog(settings)
        .getOrElseThrow((String message) -> new IllegalArgumentException(message));
  }

  /** The targets' catalog when targets are set (or why they are invalid), else discovery. */
  public static Either<String, DeviceCatalog> catalog(AppSettings settings) {
    if (settings.target().isPresent()) {
      return targets(settings);
    }
    return Either.right(discovery(settings));
  }

  private static DeviceCatalog discovery(AppSettings settings) {
    return DeviceCatalogs.discovery(
        new DiscoverySettings(
            settings.searchPath(),
            Option.ofOptional(settings.cudaVisibleDevices()),
            TOOL_TIMEOUT,
            settings.procRoot(),
            settings.cgroupRoot()));
  }

  private static Either<String, DeviceCatalog> targets(AppSettings settings) {
    return DeviceCatalogs.targets(
        settings.target().orElse(""),
        Option.ofOptional(settings.targetsFile()),
        DeviceCatalogs.host(settings.procRoot(), settings.cgroupRoot()));
  }
}
