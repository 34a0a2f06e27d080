package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.ModelRepositoryContract;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

class HubModelRepositoryContractTest extends ModelRepositoryContract {

  @TempDir Path dir;
  FakeHub hub;

  @Override
  protected ModelReference publish(Map<String, byte[]> files) throws IOException {
    hub = new FakeHub();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, f.getValue());
    }
    hub.add("org/model", dir);
    return new ModelReference("org/model", Revision.MAIN);
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  @Override
  protected ModelRepository repository() {
    return HuggingFaceHub.repository(HubSettings.of(hub.endpoint(), Option.none(), false));
  }

  @Override
  protected ModelReference foreign() {
    return new ModelReference("./a/local/folder", Revision.MAIN);
  }
}
