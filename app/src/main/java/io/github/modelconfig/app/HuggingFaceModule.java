package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import io.github.modelconfig.adapter.huggingface.format.HuggingFaceFormats;
import io.github.modelconfig.adapter.huggingface.hub.HubSettings;
import io.github.modelconfig.adapter.huggingface.hub.HuggingFaceHub;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;

/** Guice module: the Hugging Face formats and the Hub (lazy singletons, no I/O when bound). */
public final class HuggingFaceModule extends AbstractModule {

  private final AppSettings settings;

  public HuggingFaceModule(AppSettings settings) {
    this.settings = settings;
  }

  @Override
  protected void configure() {
    bind(ModelFileParser.class)
        .toProvider(HuggingFaceFormats::modelFileParser)
        .in(Scopes.SINGLETON);
    bind(WeightsInspector.class)
        .toProvider(HuggingFaceFormats::weightsInspector)
        .in(Scopes.SINGLETON);
    bind(ModelRepository.class)
        .annotatedWith(Hub.class)
        .toProvider(() -> HuggingFaceHub.repository(hubSettings(settings)))
        .in(Scopes.SINGLETON);
  }

  static HubSettings hubSettings(AppSettings settings) {
    HubEnvironment env = settings.hub();
    return HubSettings.of(env.endpoint(), env.token(), env.offline());
  }
}
