package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelFilesContract;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.domain.repo.Revision;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

class HfCacheFilesContractTest extends ModelFilesContract {

  @TempDir Path cache;

  @Override
  protected ModelFiles publish(Map<String, byte[]> files) throws IOException {
    int i = 0;
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String etag = HexFormat.of().formatHex(new byte[20]).substring(1) + i++;
      PythonCacheFixture.put(cache, "org/model", f.getKey(), etag, f.getValue());
    }
    return new HfCacheModelRepository(cache, true)
        .find(new ModelReference("org/model", Revision.MAIN))
        .get()
        .get();
  }
}
