package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import io.github.modelconfig.adapter.filesystem.HfCacheModelRepository;
import io.github.modelconfig.adapter.filesystem.HfCacheStore;
import io.github.modelconfig.adapter.filesystem.LocalFolderModelRepository;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelRepository;

/** Guice module: local model folders and the HF cache (lazy singletons, no I/O when bound). */
public final class FilesystemModule extends AbstractModule {

  private final AppSettings settings;

  public FilesystemModule(AppSettings settings) {
    this.settings = settings;
  }

  @Override
  protected void configure() {
    bind(ModelRepository.class)
        .annotatedWith(LocalFolders.class)
        .toProvider(() -> new LocalFolderModelRepository(settings.workingDirectory()))
        .in(Scopes.SINGLETON);
    bind(ModelRepository.class)
        .annotatedWith(HfCache.class)
        .toProvider(
            () -> new HfCacheModelRepository(settings.hub().hubCache(), settings.hub().offline()))
        .in(Scopes.SINGLETON);
    bind(ModelCache.class)
        .toProvider(() -> new HfCacheStore(settings.hub().hubCache()))
        .in(Scopes.SINGLETON);
  }
}
