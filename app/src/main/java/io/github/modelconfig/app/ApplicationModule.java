package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.Scopes;
import io.github.modelconfig.application.port.in.DownloadModelUseCase;
import io.github.modelconfig.application.port.in.InspectWeightsUseCase;
import io.github.modelconfig.application.port.in.ListDevicesUseCase;
import io.github.modelconfig.application.port.in.PlanServingUseCase;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ScanCacheUseCase;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelFileParser;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;

/**
 * Guice module: the use cases, wired by {@link ModelConfigApplication} from the ports the other
 * modules bind (so a replaced adapter module is honoured, and the repository order is the
 * factory's), and the default architecture registry. Bindings are written out in {@link
 * #configure()} (lazy singletons) rather than as {@code @Provides} methods, whose reflective scan
 * costs every start.
 */
public final class ApplicationModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(ArchitectureRegistry.class)
        .toProvider(ArchitectureRegistry::defaults)
        .in(Scopes.SINGLETON);
    DrivenPorts ports =
        new DrivenPorts(
            supplier(Key.get(ModelRepository.class, LocalFolders.class)),
            supplier(Key.get(ModelRepository.class, HfCache.class)),
            supplier(Key.get(ModelRepository.class, Hub.class)),
            supplier(Key.get(ModelFileParser.class)),
            supplier(Key.get(WeightsInspector.class)),
            supplier(Key.get(DeviceCatalog.class)),
            supplier(Key.get(ModelCache.class)),
            supplier(Key.get(ArchitectureRegistry.class)));
    bind(ModelConfigApplication.class)
        .toProvider(() -> new ModelConfigApplication(ports))
        .in(Scopes.SINGLETON);
    Provider<ModelConfigApplication> graph = getProvider(ModelConfigApplication.class);
    bind(ResolveModelConfigUseCase.class)
        .toProvider(() -> graph.get().resolveModelConfig())
        .in(Scopes.SINGLETON);
    bind(InspectWeightsUseCase.class)
        .toProvider(() -> graph.get().inspectWeights())
        .in(Scopes.SINGLETON);
    bind(DownloadModelUseCase.class)
        .toProvider(() -> graph.get().downloadModel())
        .in(Scopes.SINGLETON);
    bind(ScanCacheUseCase.class).toProvider(() -> graph.get().scanCache()).in(Scopes.SINGLETON);
    bind(ListDevicesUseCase.class).toProvider(() -> graph.get().listDevices()).in(Scopes.SINGLETON);
    bind(PlanServingUseCase.class).toProvider(() -> graph.get().planServing()).in(Scopes.SINGLETON);
  }

  private <T> java.util.function.Supplier<T> supplier(Key<T> key) {
    Provider<T> provider = getProvider(key);
    return provider::get;
  }
}
