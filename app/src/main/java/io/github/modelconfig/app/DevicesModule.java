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

/**
 * Guice module: device discovery (nvidia-smi, rocm-smi, host CPU), or the what-if target catalog
 * when {@code --target} is given (the command has already checked the target name).
 */
public final class DevicesModule extends AbstractModule {

  static final Duration TOOL_TIMEOUT = Duration.ofSeconds(5);

  private final AppSettings settings;

  public DevicesModule(AppSettings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  DeviceCatalog deviceCatalog() {
    if (settings.target().isDefined()) {
      return DeviceCatalogs.target(settings.target().get(), settings.targetsFile())
          .getOrElseThrow((String m) -> new IllegalArgumentException(m));
    }
    return DeviceCatalogs.discovered(
        settings.searchPath(),
        settings.cudaVisibleDevices(),
        DeviceCatalogs.DEFAULT_TOOL_TIMEOUT,
        settings.procRoot(),
        settings.cgroupRoot());
  }
}
