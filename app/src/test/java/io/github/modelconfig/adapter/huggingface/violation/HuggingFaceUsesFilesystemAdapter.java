package io.github.modelconfig.adapter.huggingface.violation;

import io.github.modelconfig.adapter.filesystem.LocalFolderModelRepository;
import java.nio.file.Path;

/** Deliberate violation: one adapter using another. */
public final class HuggingFaceUsesFilesystemAdapter {
  public Object repository() {
    return new LocalFolderModelRepository(Path.of("."));
  }
}
