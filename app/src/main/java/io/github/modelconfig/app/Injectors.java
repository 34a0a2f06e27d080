package io.github.modelconfig.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;

/** Composition root: builds the production injector from one module per adapter plus services. */
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
