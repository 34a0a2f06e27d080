package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.github.modelconfig.adapter.huggingface.HuggingFaceFormats;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.WeightsInspector;

/** Guice module: the Hugging Face formats (and, later, the Hub). */
public final class HuggingFaceModule extends AbstractModule {

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
}
