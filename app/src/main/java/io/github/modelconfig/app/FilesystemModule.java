package io.github.modelconfig.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.github.modelconfig.adapter.filesystem.LocalFolderModelRepository;
import io.github.modelconfig.application.port.out.ModelRepository;

/** Guice module: local model folders and the HF cache. */
public final class FilesystemModule extends AbstractModule {

  private final AppSettings settings;

  public FilesystemModule(AppSettings settings) {
    this.settings = settings;
  }

  @Provides
  @Singleton
  @LocalFolders
  ModelRepository localFolders() {
    return new LocalFolderModelRepository(settings.workingDirectory());
  }
}
