package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelRepository;
import java.time.Duration;

/**
 * Guice module: local model folders and the HF cache, built as the factory builds them (lazy
 * singletons, no I/O when bound).
 */
public final class FilesystemModule extends AbstractModule {

  private final AppSettings settings;
  private final Duration folderRecheck;

  public FilesystemModule(AppSettings settings) {
    this(settings, Duration.ZERO);
  }

  /** With a folder re-check interval, as {@link ModelConfigApplication.Builder#folderRecheck}. */
  public FilesystemModule(AppSettings settings, Duration folderRecheck) {
    this.settings = settings;
    this.folderRecheck = folderRecheck;
  }

  @Override
  protected void configure() {
    bind(ModelRepository.class)
        .annotatedWith(LocalFolders.class)
        .toProvider(() -> DrivenAdapters.localFolders(settings, folderRecheck))
        .in(Scopes.SINGLETON);
    bind(ModelRepository.class)
        .annotatedWith(HfCache.class)
        .toProvider(() -> DrivenAdapters.hfCache(settings))
        .in(Scopes.SINGLETON);
    bind(ModelCache.class)
        .toProvider(() -> DrivenAdapters.modelCache(settings))
        .in(Scopes.SINGLETON);
  }
}
