package io.github.modelconfig.application.port.out;

import java.util.Map;

class InMemoryModelRepositoryTest extends ModelRepositoryContract {

  private final InMemoryModelRepository repository = new InMemoryModelRepository();

  @Override
  protected ModelReference publish(Map<String, byte[]> files) {
    repository.put("org/model", files);
    return new ModelReference("org/model", "main");
  }

  @Override
  protected ModelRepository repository() {
    return repository;
  }

  @Override
  protected ModelReference foreign() {
    return new ModelReference("org/other", "main");
  }
}
