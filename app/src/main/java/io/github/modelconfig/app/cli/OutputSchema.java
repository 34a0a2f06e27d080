package io.github.modelconfig.app.cli;

import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLI: the JSON Schemas (2020-12) of the commands' {@code --json} outputs, kept as resources in
 * {@code schemas/NAME.schema.json}. Every output names its schema in a first key {@code "$schema"}
 * whose value is the schema's {@code $id}, which carries the schema's version
 * (docs/json-output.md).
 */
public enum OutputSchema {
  RESOLVE("resolve", "1.0"),
  INSPECT("inspect", "1.0"),
  PLAN("plan", "1.0"),
  CACHE_SCAN("cache-scan", "1.0"),
  DEVICES("devices", "1.0"),
  DOWNLOAD("download", "1.0"),
  ERRORS("errors", "1.0"),
  CONFORMANCE("conformance", "1.0"),
  LOCK("lock", "1.0");

  /** The key every JSON output starts with. */
  public static final String KEY = "$schema";

  private static final String BASE = "https://modelconfig.github.io/schemas/";

  private final String wireName;
  private final String version;

  OutputSchema(String wireName, String version) {
    this.wireName = wireName;
    this.version = version;
  }

  /** The name {@code modelconfig schema NAME} takes. */
  public String wireName() {
    return wireName;
  }

  /** MAJOR.MINOR: a minor version adds keys, a major one removes or changes them. */
  public String version() {
    return version;
  }

  /** The schema's {@code $id}, which outputs carry under {@link #KEY}. */
  public String id() {
    return BASE + wireName + "/" + version + ".json";
  }

  /** The schema document, as the resource holds it. */
  public String text() {
    String resource = "/schemas/" + wireName + ".schema.json";
    try (InputStream in = OutputSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code view} with {@code "$schema": id()} as its first key. */
  public Map<String, Object> stamp(Map<String, Object> view) {
    Map<String, Object> stamped = new LinkedHashMap<>();
    stamped.put(KEY, id());
    view.forEach((k, v) -> stamped.putIfAbsent(k, v));
    return stamped;
  }

  /** The schema {@code modelconfig schema NAME} names. */
  public static Option<OutputSchema> named(String name) {
    return Option.ofOptional(
        Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst());
  }

  /** The schema whose {@code $id} is {@code id}. */
  public static Option<OutputSchema> withId(String id) {
    return Option.ofOptional(Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst());
  }

  /** Every schema's name, in this order. */
  public static List<String> wireNames() {
    return Arrays.stream(values()).map(OutputSchema::wireName).toList();
  }
}
