package io.github.modelconfig.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;

/**
 * Guice: the production injector, one module per adapter plus {@link ApplicationModule}; the
 * modules build what {@link ModelConfigApplication} builds, so both graphs are the same.
 */
public final class Injectors {

  private Injectors() {}

  public static Injector production(AppSettings settings) {
    return Guice.createInjector(
        Stage.DEVELOPMENT,
        new ApplicationModule(),
        new FilesystemModule(settings),
        new HuggingFaceModule(settings),
        new DevicesModule(settings));
  }
}
