package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import io.github.modelconfig.adapter.devices.DeviceCatalogs;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.vavr.control.Either;

/**
 * Guice module: device discovery (nvidia-smi, rocm-smi, host CPU), or the what-if target catalog
 * when {@code --target} is given (the command has already checked the target name).
 */
public final class DevicesModule extends AbstractModule {

  private final AppSettings settings;

  public DevicesModule(AppSettings settings) {
    this.settings = settings;
  }

  @Override
  protected void configure() {
    bind(DeviceCatalog.class)
        .toProvider(
            () -> catalog(settings).getOrElseThrow((String m) -> new IllegalArgumentException(m)))
        .in(Scopes.SINGLETON);
  }

  /** The settings' target catalog (or why the target is unknown), else discovery on this host. */
  public static Either<String, DeviceCatalog> catalog(AppSettings settings) {
    if (settings.target().isDefined()) {
      return DeviceCatalogs.target(settings.target().get(), settings.targetsFile());
    }
    return Either.right(
        DeviceCatalogs.discovered(
            settings.searchPath(),
            settings.cudaVisibleDevices(),
            DeviceCatalogs.DEFAULT_TOOL_TIMEOUT,
            settings.procRoot(),
            settings.cgroupRoot()));
  }
}
