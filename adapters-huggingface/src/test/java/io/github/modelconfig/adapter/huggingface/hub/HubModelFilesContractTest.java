package io.github.modelconfig.adapter.huggingface.hub;

import io.github.modelconfig.adapter.huggingface.FakeHub;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelFilesContract;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The Hub's files through the real client, against a Hub on the loopback interface. */
class HubModelFilesContractTest extends ModelFilesContract {

  @TempDir Path dir;
  FakeHub hub;

  @Override
  protected ModelFiles publish(Map<String, byte[]> files) throws IOException {
    hub = new FakeHub();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path file = dir.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, f.getValue());
    }
    hub.add("org/model", dir);
    return HuggingFaceHub.repository(HubSettings.of(hub.endpoint(), Option.none(), false))
        .find(new ModelReference("org/model", Revision.MAIN))
        .get()
        .get();
  }

  @AfterEach
  void stop() {
    hub.close();
  }
}
