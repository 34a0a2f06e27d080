package io.github.modelconfig.domain.request;

import io.vavr.control.Option;
import java.util.List;

/**
 * Value: where a field sits in MAX's config: at the top level, or nested in the KV-cache or LoRA
 * config. A section names its fields in errors and provenance ({@code
 * kv_cache.kv_cache_page_size}), may be nested in a config file under its names, and may be echoed
 * by {@code resolve --json}.
 */
public enum Section {
  TOP("", List.of(), Option.none(), Option.none()),
  /**
   * MAX's {@code KVCacheConfig}; {@code resolve --json} shows the resolved one, not the request.
   */
  KV_CACHE("kv_cache", List.of("kv_cache", "kv_cache_config"), Option.none(), Option.none()),
  /** MAX's {@code LoRAConfig}: exists only when {@code enable_lora} is true. */
  LORA("lora", List.of("lora", "lora_config"), Option.of("enable_lora"), Option.of("kv_cache"));

  private final String wireName;
  private final List<String> fileSections;
  private final Option<String> switchField;
  private final Option<String> jsonAfter;

  Section(
      String wireName,
      List<String> fileSections,
      Option<String> switchField,
      Option<String> jsonAfter) {
    this.wireName = wireName;
    this.fileSections = fileSections;
    this.switchField = switchField;
    this.jsonAfter = jsonAfter;
  }

  /** The section's name: the prefix of its fields in errors, and its JSON key when echoed. */
  public String wireName() {
    return wireName;
  }

  /** The names a config file may nest this section's fields under (flattened on reading). */
  public List<String> fileSections() {
    return fileSections;
  }

  /** The boolean field without which the section does not exist (its JSON echo is null). */
  public Option<String> switchField() {
    return switchField;
  }

  /**
   * The {@code resolve --json} key this section's echo (one object of its fields that have a JSON
   * key) follows; none when the section is not echoed as an object.
   */
  public Option<String> jsonAfter() {
    return jsonAfter;
  }

  /** A field of this section as errors and provenance name it. */
  public String fieldName(String name) {
    return this == TOP ? name : wireName + "." + name;
  }
}
