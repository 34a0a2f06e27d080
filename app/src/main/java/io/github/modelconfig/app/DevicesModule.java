package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.github.modelconfig.adapter.devices.DeviceCatalogs;
import io.github.modelconfig.application.port.out.DeviceCatalog;

/** Guice module: device discovery. */
public final class DevicesModule extends AbstractModule {

  private final AppSettings settings;

  public DevicesModule(AppSettings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  DeviceCatalog deviceCatalog() {
    return DeviceCatalogs.host(settings.procRoot(), settings.cgroupRoot());
  }
}
