package io.github.modelconfig.application.violation;

import io.github.modelconfig.adapter.filesystem.LocalFolderModelRepository;
import java.nio.file.Path;

/** Deliberate violation: a service that builds an adapter itself. */
public final class PortUsesAdapter {
  public Object repository() {
    return new LocalFolderModelRepository(Path.of("."));
  }
}
