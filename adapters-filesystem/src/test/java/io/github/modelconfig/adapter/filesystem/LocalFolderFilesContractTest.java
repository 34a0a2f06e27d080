package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelFilesContract;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.domain.repo.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class LocalFolderFilesContractTest extends ModelFilesContract {

  @TempDir Path workingDirectory;

  @Override
  protected ModelFiles publish(Map<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path file = workingDirectory.resolve("my-model").resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, f.getValue());
    }
    return new LocalFolderModelRepository(workingDirectory)
        .find(new ModelReference("my-model", Revision.MAIN))
        .get()
        .get();
  }
}
