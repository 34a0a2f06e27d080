package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;

/**
 * Guice module: the Hugging Face formats and the Hub, built as the factory builds them (lazy
 * singletons, no I/O when bound).
 */
public final class HuggingFaceModule extends AbstractModule {

  private final AppSettings settings;

  public HuggingFaceModule(AppSettings settings) {
    this.settings = settings;
  }

  @Override
  protected void configure() {
    bind(ModelFileParser.class).toProvider(DrivenAdapters::modelFileParser).in(Scopes.SINGLETON);
    bind(WeightsInspector.class).toProvider(DrivenAdapters::weightsInspector).in(Scopes.SINGLETON);
    bind(ModelRepository.class)
        .annotatedWith(Hub.class)
        .toProvider(() -> DrivenAdapters.hub(settings))
        .in(Scopes.SINGLETON);
  }
}
