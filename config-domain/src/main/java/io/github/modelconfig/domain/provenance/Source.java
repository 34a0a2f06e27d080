package io.github.modelconfig.domain.provenance;

/** Value: where a resolved value came from (a difference from MAX: provenance). */
public enum Source {
  USER("user"),
  CONFIG_FILE("config_file"),
  WEIGHTS("weights"),
  CONFIG_JSON("config.json"),
  GENERATION_CONFIG_JSON("generation_config.json"),
  HUB("hub"),
  ARCHITECTURE("architecture"),
  DEFAULT("default"),
  DEVICES("devices"),
  MEMORY("memory");

  private final String wireName;

  Source(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
