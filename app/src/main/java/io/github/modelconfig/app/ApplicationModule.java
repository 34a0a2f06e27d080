package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.InspectWeightsUseCase;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ScanCacheUseCase;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.application.service.DownloadModelService;
import io.github.modelconfig.application.service.InspectWeightsService;
import io.github.modelconfig.application.service.ResolveModelConfigService;
import io.github.modelconfig.application.service.ScanCacheService;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import java.util.List;

/** Guice module: the use-case services and the architecture registry. */
public final class ApplicationModule extends AbstractModule {

  /** Files downloaded at once. */
  static final int DOWNLOAD_PARALLELISM = 8;

  @Provides
  @Singleton
  ArchitectureRegistry architectureRegistry() {
    return ArchitectureRegistry.defaults();
  }

  @Provides
  @Singleton
  ResolveModelConfigUseCase resolveModelConfig(
      @LocalFolders ModelRepository localFolders,
      @HfCache ModelRepository hfCache,
      @Hub ModelRepository hub,
      ModelFileParser parser,
      WeightsInspector inspector,
      DeviceCatalog devices,
      ArchitectureRegistry registry) {
    return new ResolveModelConfigService(
        List.of(localFolders, hfCache, hub), parser, inspector, devices, registry);
  }

  @Provides
  @Singleton
  DownloadModelUseCase downloadModel(@Hub ModelRepository hub, ModelCache cache) {
    return new DownloadModelService(hub, cache, DOWNLOAD_PARALLELISM);
  }

  @Provides
  @Singleton
  ScanCacheUseCase scanCache(ModelCache cache) {
    return new ScanCacheService(cache);
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
