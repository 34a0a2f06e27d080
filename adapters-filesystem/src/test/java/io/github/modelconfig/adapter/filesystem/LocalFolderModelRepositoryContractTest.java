package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.ModelRepositoryContract;
import io.github.modelconfig.domain.repo.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderModelRepositoryContractTest extends ModelRepositoryContract {

  @TempDir Path workingDirectory;

  @Override
  protected ModelReference publish(Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path file = workingDirectory.resolve("my-model").resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, f.getValue());
    }
    return new ModelReference("my-model", Revision.MAIN);
  }

  @Override
  protected ModelRepository repository() {
    return new LocalFolderModelRepository(workingDirectory);
  }

  @Override
  protected ModelReference foreign() {
    return new ModelReference("org/not-a-folder", Revision.MAIN);
  }
}
