package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Rule: reads one raw setting into a field's typed value, or says what is wrong with it (a {@link
 * ConfigError} naming the field as errors name it); and shows a value as plain data (text, number,
 * boolean, list, mapping) for echoes such as {@code resolve --json}. Built by {@link Rules}.
 *
 * @param <T> the field's value type
 */
public final class Rule<T> {

  private final ValueKind kind;
  private final BiFunction<String, RawSetting, Validation<ConfigError, T>> reader;
  private final Function<T, Option<Object>> plain;

  Rule(
      ValueKind kind,
      BiFunction<String, RawSetting, Validation<ConfigError, T>> reader,
      Function<T, Option<Object>> plain) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.plain = Objects.requireNonNull(plain, "plain");
  }

  /** The shape of raw value this rule reads. */
  public ValueKind kind() {
    return kind;
  }

  /** {@code raw} as a typed value, or the error about {@code field} (as errors name it). */
  public Validation<ConfigError, T> read(String field, RawSetting raw) {
    return reader.apply(field, raw);
  }

  /** {@code value} as plain data; none for an absent optional value. */
  public Option<Object> plain(T value) {
    return plain.apply(value);
  }

  /** This rule, then {@code check} on the value read: a range, a multiple, a relation. */
  public Rule<T> check(BiFunction<String, T, Option<ConfigError>> check) {
    return new Rule<>(
        kind,
        (field, raw) ->
            read(field, raw)
                .flatMap(
                    v ->
                        check
                            .apply(field, v)
                            .<Validation<ConfigError, T>>map(Validation::invalid)
                            .getOrElse(() -> Validation.valid(v))),
        plain);
  }

  /** This rule, then a conversion that may fail; {@code shown} shows the converted value. */
  public <U> Rule<U> then(
      BiFunction<String, T, Validation<ConfigError, U>> next, Function<U, Option<Object>> shown) {
    return new Rule<>(
        kind, (field, raw) -> read(field, raw).flatMap(v -> next.apply(field, v)), shown);
  }

  /** The value read, or none when the setting is absent (the field's default is none). */
  public Rule<Option<T>> optional() {
    return new Rule<>(
        kind, (field, raw) -> read(field, raw).map(Option::of), o -> o.flatMap(plain));
  }
}
