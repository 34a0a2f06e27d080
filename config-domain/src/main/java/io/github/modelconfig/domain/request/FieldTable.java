package io.github.modelconfig.domain.request;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Value: the fields of a request in MAX's order, and the checks across them. Everything that names
 * a field (the binder, the command-line options, config-file keys, the JSON echo, the draft model's
 * settings) is derived from one table: {@link Fields#TABLE}, or an extension of it.
 */
public final class FieldTable {

  private final List<Field<?>> fields;
  private final List<FieldCheck> checks;
  private final Map<String, Field<?>> byKey = new LinkedHashMap<>();

  private FieldTable(List<Field<?>> fields, List<FieldCheck> checks) {
    this.fields = List.copyOf(fields);
    this.checks = List.copyOf(checks);
    for (Field<?> field : this.fields) {
      for (String key : field.keys()) {
        if (byKey.put(key, field) != null) {
          throw new IllegalArgumentException("two fields are set by '" + key + "'");
        }
      }
    }
    for (Field<?> field : this.fields) {
      field.section().switchField().forEach(this::require);
      field.jsonEcho().forEach(echo -> checkEcho(field, echo));
    }
    this.checks.forEach(c -> require(c.after().name()));
  }

  public static FieldTable of(List<Field<?>> fields, List<FieldCheck> checks) {
    return new FieldTable(fields, checks);
  }

  /** This table with {@code field} appended. */
  public FieldTable with(Field<?> field) {
    List<Field<?>> more = new ArrayList<>(fields);
    more.add(field);
    return new FieldTable(more, checks);
  }

  /** This table with {@code check} appended. */
  public FieldTable with(FieldCheck check) {
    List<FieldCheck> more = new ArrayList<>(checks);
    more.add(check);
    return new FieldTable(fields, more);
  }

  /** The fields in MAX's order (the order of options, errors and provenance). */
  public List<Field<?>> fields() {
    return fields;
  }

  public List<FieldCheck> checks() {
    return checks;
  }

  /** Every field's name, in order: the valid settings. */
  public List<String> names() {
    return fields.stream().map(Field::name).toList();
  }

  /** The field a setting key (a name or an alias) sets. */
  public Option<Field<?>> find(String key) {
    return Option.of(byKey.get(key));
  }

  /** The field named {@code name}; a programmer error when there is none. */
  public Field<?> field(String name) {
    return find(name)
        .filter(f -> f.name().equals(name))
        .getOrElseThrow(() -> new IllegalArgumentException("no field '" + name + "'"));
  }

  /** Whether {@code field} is this table's (the same description, not only the same name). */
  public boolean contains(Field<?> field) {
    return find(field.name()).exists(f -> f == field);
  }

  /**
   * The key as the binder names it: an alias becomes the field's name, also after {@code draft_}
   * ({@code draft_device_specs} becomes {@code draft_devices}); other keys are kept.
   */
  public String canonicalKey(String key) {
    Option<Field<?>> field = find(key);
    if (field.isDefined()) {
      return field.get().name();
    }
    if (key.startsWith(DraftModels.PREFIX)) {
      String rest = key.substring(DraftModels.PREFIX.length());
      return DraftModels.PREFIX + canonicalKey(rest);
    }
    return key;
  }

  /** The names under which a config file may nest fields of a section. */
  public List<String> fileSections() {
    List<String> names = new ArrayList<>();
    for (Section section : Section.values()) {
      if (fields.stream().anyMatch(f -> f.section() == section)) {
        names.addAll(section.fileSections());
      }
    }
    return List.copyOf(names);
  }

  private void require(String name) {
    Objects.requireNonNull(field(name), name);
  }

  private static void checkEcho(Field<?> field, JsonEcho echo) {
    boolean inObject = field.section().jsonAfter().isDefined();
    if (inObject == echo.after().isDefined()) {
      throw new IllegalArgumentException(
          field.name()
              + (inObject
                  ? " is echoed inside its section's object: no 'after'"
                  : " needs the key it is echoed after"));
    }
  }
}
