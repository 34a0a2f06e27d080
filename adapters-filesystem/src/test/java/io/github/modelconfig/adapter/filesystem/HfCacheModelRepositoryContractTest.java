package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.application.port.out.ModelRepositoryContract;
import io.github.modelconfig.domain.repo.Revision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class HfCacheModelRepositoryContractTest extends ModelRepositoryContract {

  @TempDir Path cache;

  @Override
  protected ModelReference publish(Map<String, byte[]> files) throws IOException {
    int i = 0;
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String etag = HexFormat.of().formatHex(new byte[20]).substring(1) + i++;
      PythonCacheFixture.put(cache, "org/model", f.getKey(), etag, f.getValue());
    }
    return new ModelReference("org/model", Revision.MAIN);
  }

  @Override
  protected ModelRepository repository() {
    return new HfCacheModelRepository(cache, true);
  }

  @Override
  protected ModelReference foreign() {
    return new ModelReference("org/not-cached", Revision.MAIN);
  }
}
