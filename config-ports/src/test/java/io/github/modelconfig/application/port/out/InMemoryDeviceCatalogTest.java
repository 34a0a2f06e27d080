package io.github.modelconfig.application.port.out;

class InMemoryDeviceCatalogTest extends DeviceCatalogContract {

  @Override
  protected DeviceCatalog discovered() {
    return InMemoryDeviceCatalog.of(
        InMemoryDeviceCatalog.gpu(0, "Test GPU", 24L << 30, 20L << 30),
        InMemoryDeviceCatalog.gpu(1, "Test GPU", 24L << 30, 12L << 30),
        InMemoryDeviceCatalog.cpu(64L << 30, 32L << 30));
  }

  @Override
  protected DeviceCatalog target(String target) {
    return InMemoryDeviceCatalog.target(target);
  }
}
