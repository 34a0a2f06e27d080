package io.github.modelconfig.domain.repo;

/** Value: where a model's files were found. */
public enum RepoKind {
  LOCAL_FOLDER("local"),
  HF_CACHE("cache"),
  HUB("hub");

  private final String wireName;

  RepoKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
