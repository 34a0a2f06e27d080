package io.github.modelconfig.application.port.out;

import java.util.Map;

class InMemoryModelFilesTest extends ModelFilesContract {

  @Override
  protected ModelFiles publish(Map<String, byte[]> files) {
    InMemoryModelFiles.Builder repo = InMemoryModelFiles.repo("org/model");
    files.forEach(repo::file);
    return repo.build();
  }
}
