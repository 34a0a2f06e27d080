package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.repo.Revision;
import java.util.Map;

class InMemoryModelRepositoryTest extends ModelRepositoryContract {

  private final InMemoryModelRepository repository = new InMemoryModelRepository();

  @Override
  protected ModelReference publish(Map<String, byte[]> files) {
    InMemoryModelFiles.Builder repo = InMemoryModelFiles.repo("org/model");
    files.forEach(repo::file);
    repository.put(repo.build());
    return new ModelReference("org/model", Revision.MAIN);
  }

  @Override
  protected ModelRepository repository() {
    return repository;
  }

  @Override
  protected ModelReference foreign() {
    return new ModelReference("org/other", Revision.MAIN);
  }
}
