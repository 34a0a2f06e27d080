package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import io.github.modelconfig.application.port.out.DeviceCatalog;

/**
 * Guice module: device discovery (nvidia-smi, rocm-smi, host CPU), or the what-if target catalog
 * when the settings carry a target (an unknown one is answered by the catalog as a failure).
 */
public final class DevicesModule extends AbstractModule {

  private final AppSettings settings;

  public DevicesModule(AppSettings settings) {
    this.settings = settings;
  }

  @Override
  protected void configure() {
    bind(DeviceCatalog.class)
        .toProvider(() -> DrivenAdapters.devices(settings))
        .in(Scopes.SINGLETON);
  }
}
