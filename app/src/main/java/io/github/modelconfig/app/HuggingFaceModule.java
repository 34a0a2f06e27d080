package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.github.modelconfig.adapter.huggingface.HubSettings;
import io.github.modelconfig.adapter.huggingface.HuggingFaceFormats;
import io.github.modelconfig.adapter.huggingface.HuggingFaceHub;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;

/** Guice module: the Hugging Face formats and the Hub. */
public final class HuggingFaceModule extends AbstractModule {

  private final AppSettings settings;

  public HuggingFaceModule(AppSettings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  ModelFileParser modelFileParser() {
    return HuggingFaceFormats.modelFileParser();
  }

  @Provides
  @Singleton
  WeightsInspector weightsInspector() {
    return HuggingFaceFormats.weightsInspector();
  }

  @Provides
  @Singleton
  @Hub
  ModelRepository hub() {
    return HuggingFaceHub.repository(hubSettings(settings));
  }

  static HubSettings hubSettings(AppSettings settings) {
    HubEnvironment env = settings.hub();
    return HubSettings.of(env.endpoint(), env.token(), env.offline());
  }
}
