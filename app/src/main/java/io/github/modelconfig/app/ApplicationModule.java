package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Scopes;
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

/**
 * Guice module: the use-case services and the architecture registry. Bindings are written out in
 * {@link #configure()} (lazy singletons built from providers of their dependencies) rather than as
 * {@code @Provides} methods, whose reflective scan and annotation proxies cost every CLI start.
 */
public final class ApplicationModule extends AbstractModule {

  /** Files downloaded at once. */
  static final int DOWNLOAD_PARALLELISM = 8;

  @Override
  protected void configure() {
    Provider<ModelRepository> localFolders =
        getProvider(Key.get(ModelRepository.class, LocalFolders.class));
    Provider<ModelRepository> hfCache = getProvider(Key.get(ModelRepository.class, HfCache.class));
    Provider<ModelRepository> hub = getProvider(Key.get(ModelRepository.class, Hub.class));
    Provider<ModelFileParser> parser = getProvider(ModelFileParser.class);
    Provider<WeightsInspector> inspector = getProvider(WeightsInspector.class);
    Provider<DeviceCatalog> devices = getProvider(DeviceCatalog.class);
    Provider<ModelCache> cache = getProvider(ModelCache.class);
    Provider<ArchitectureRegistry> registry = getProvider(ArchitectureRegistry.class);

    bind(ArchitectureRegistry.class)
        .toProvider(ArchitectureRegistry::defaults)
        .in(Scopes.SINGLETON);
    bind(ResolveModelConfigUseCase.class)
        .toProvider(
            () ->
                new ResolveModelConfigService(
                    List.of(localFolders.get(), hfCache.get(), hub.get()),
                    parser.get(),
                    inspector.get(),
                    devices.get(),
                    registry.get()))
        .in(Scopes.SINGLETON);
    bind(DownloadModelUseCase.class)
        .toProvider(() -> new DownloadModelService(hub.get(), cache.get(), DOWNLOAD_PARALLELISM))
        .in(Scopes.SINGLETON);
    bind(ScanCacheUseCase.class)
        .toProvider(() -> new ScanCacheService(cache.get()))
        .in(Scopes.SINGLETON);
    bind(InspectWeightsUseCase.class)
        .toProvider(
            () ->
                new InspectWeightsService(
                    List.of(localFolders.get()), parser.get(), inspector.get()))
        .in(Scopes.SINGLETON);
  }
}
