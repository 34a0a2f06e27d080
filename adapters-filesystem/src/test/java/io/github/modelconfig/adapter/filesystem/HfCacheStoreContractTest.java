package io.github.modelconfig.adapter.filesystem;

import io.github.modelconfig.application.port.out.ModelCache;
import io.github.modelconfig.application.port.out.ModelCacheContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class HfCacheStoreContractTest extends ModelCacheContract {

  @TempDir Path cache;

  @Override
  protected ModelCache cache() {
    return new HfCacheStore(cache);
  }
}
