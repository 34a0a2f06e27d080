package io.github.modelconfig.application.port.out;

class InMemoryModelCacheTest extends ModelCacheContract {

  @Override
  protected ModelCache cache() {
    return new InMemoryModelCache();
  }
}
