package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.github.modelconfig.application.port.in.InspectWeightsUseCase;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.application.service.InspectWeightsService;
import io.github.modelconfig.application.service.ResolveModelConfigService;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import java.util.List;

/** Guice module: the use-case services and the architecture registry. */
public final class ApplicationModule extends AbstractModule {

  @Provides
  @Singleton
  ArchitectureRegistry architectureRegistry() {
    return ArchitectureRegistry.defaults();
  }

  @Provides
  @Singleton
  ResolveModelConfigUseCase resolveModelConfig(
      @LocalFolders ModelRepository localFolders,
      ModelFileParser parser,
      WeightsInspector inspector,
      DeviceCatalog devices,
      ArchitectureRegistry registry) {
    return new ResolveModelConfigService(
        List.of(localFolders), parser, inspector, devices, registry);
  }

  @Provides
  @Singleton
  InspectWeightsUseCase inspectWeights(
      @LocalFolders ModelRepository localFolders,
      ModelFileParser parser,
      WeightsInspector inspector) {
    return new InspectWeightsService(List.of(localFolders), parser, inspector);
  }
}
