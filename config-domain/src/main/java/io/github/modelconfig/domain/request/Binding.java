package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.provenance.Provenance;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Rule: the state of one binding: the values read so far (defaults for the rest), which fields
 * failed, and where each accepted value came from.
 */
final class Binding implements BoundFields {

  private final FieldTable table;
  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Set<String> given = new HashSet<>();
  private final Set<String> failed = new HashSet<>();
  private Provenance provenance = Provenance.empty();

  Binding(FieldTable table) {
    this.table = table;
    table.fields().forEach(f -> values.put(f.name(), f.defaultValue()));
  }

  /** Reads {@code raw} into {@code field}: its value and provenance, or its error. */
  <T> Option<ConfigError> read(Field<T> field, RawSetting raw) {
    given.add(field.name());
    Validation<ConfigError, T> value = field.rule().read(field.errorName(), raw);
    if (value.isInvalid()) {
      failed.add(field.name());
      return Option.of(value.getError());
    }
    values.put(field.name(), value.get());
    provenance = provenance.with(field.errorName(), raw.source(), raw.detail());
    return Option.none();
  }

  void fail(Field<?> field) {
    given.add(field.name());
    failed.add(field.name());
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get(Field<T> field) {
    if (!table.contains(field)) {
      throw new IllegalArgumentException(field + " is not a field of this table");
    }
    return (T) values.get(field.name());
  }

  @Override
  public boolean given(Field<?> field) {
    return given.contains(field.name());
  }

  @Override
  public boolean failed(Field<?> field) {
    return failed.contains(field.name());
  }

  ModelConfigRequest request() {
    return new ModelConfigRequest(table, values, provenance);
  }
}
