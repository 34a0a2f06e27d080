package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Rule: the value rules fields are built from: MAX's (pydantic's) readings of text, booleans,
 * numbers, choices, lists and mappings, each reporting a bad value as one {@link ConfigError}.
 */
public final class Rules {

  /** Spellings MAX (pydantic) accepts for booleans, compared in lower case. */
  private static final List<String> TRUE = List.of("true", "yes", "on", "t", "y", "1");

  private static final List<String> FALSE = List.of("false", "no", "off", "f", "n", "0");

  private Rules() {}

  public static Rule<String> text() {
    return typed(ValueKind.TEXT, "a string", v -> v instanceof String s ? Option.of(s) : none());
  }

  /** MAX's (pydantic's) booleans: true/false, yes/no, on/off, t/f, y/n, 1/0, any case. */
  public static Rule<Boolean> bool() {
    return typed(ValueKind.BOOLEAN, "true or false", Rules::toBoolean);
  }

  /** A whole number of at least {@code min}; {@code hint} says what to use instead. */
  public static Rule<Long> wholeNumber(long min, String hint) {
    return typed(ValueKind.WHOLE_NUMBER, "a whole number", Rules::toLong)
        .check(
            (field, v) ->
                v < min
                    ? Option.of(
                        outOfRange(
                            field, field + " is " + v + "; it must be at least " + min, hint))
                    : Option.none());
  }

  /** A whole number of at least {@code min} that fits an {@code int}. */
  public static Rule<Integer> count(int min, String hint) {
    return wholeNumber(min, hint)
        .then(
            (field, v) ->
                v > Integer.MAX_VALUE
                    ? Validation.invalid(
                        outOfRange(
                            field,
                            field + " is " + v + "; it must be at most " + Integer.MAX_VALUE,
                            hint))
                    : Validation.valid(v.intValue()),
            Option::of);
  }

  /** A finite number. */
  public static Rule<Double> number() {
    return typed(ValueKind.NUMBER, "a number", Rules::toDouble);
  }

  /** A value of a closed set, matched by {@code parse} (case-insensitively), shown by its name. */
  public static <T> Rule<T> choice(
      Function<String, Option<T>> parse, List<String> allowed, Function<T, String> wireName) {
    return text()
        .then(
            (field, text) ->
                parse
                    .apply(text)
                    .toValidation(
                        () ->
                            new ConfigError(
                                ErrorCode.INVALID_CHOICE,
                                field,
                                field
                                    + " is '"
                                    + text
                                    + "'; allowed: "
                                    + String.join(", ", allowed)
                                    + ".",
                                "Pick one of: " + String.join(", ", allowed) + ".")),
            v -> Option.of(wireName.apply(v)));
  }

  /** A list: a config-file list, or a flag given several times / comma-separated. */
  public static Rule<List<String>> texts() {
    return typed(
        ValueKind.TEXT_LIST,
        "a list of strings",
        v -> {
          if (v instanceof List<?> list) {
            return Option.of(list.stream().map(String::valueOf).toList());
          }
          return v instanceof String s ? Option.of(List.of(s)) : none();
        });
  }

  /** A mapping (a config file's mapping, or a flag's JSON object parsed at the edge). */
  @SuppressWarnings("unchecked")
  public static Rule<Map<String, Object>> mapping() {
    return typed(
        ValueKind.MAPPING,
        "a mapping",
        v ->
            v instanceof Map<?, ?> m
                ? Option.of(
                    Collections.unmodifiableMap(new LinkedHashMap<>((Map<String, Object>) m)))
                : none());
  }

  private static <T> Rule<T> typed(
      ValueKind kind, String expected, Function<Object, Option<T>> convert) {
    return new Rule<>(
        kind,
        (field, raw) ->
            convert
                .apply(raw.value())
                .toValidation(
                    () ->
                        new ConfigError(
                            ErrorCode.INVALID_TYPE,
                            field,
                            field + " is '" + raw.value() + "'; it must be " + expected + ".",
                            "Give " + field + " as " + expected + " (" + raw.detail() + ").")),
        Option::of);
  }

  private static ConfigError outOfRange(String field, String message, String hint) {
    return new ConfigError(ErrorCode.OUT_OF_RANGE, field, message + ".", hint);
  }

  private static <T> Option<T> none() {
    return Option.none();
  }

  private static Option<Boolean> toBoolean(Object v) {
    if (v instanceof Boolean b) {
      return Option.of(b);
    }
    if (v instanceof Number n) {
      return RawModelConfig.asLong(n).filter(l -> l == 0 || l == 1).map(l -> l == 1);
    }
    String s = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
    if (TRUE.contains(s)) {
      return Option.of(true);
    }
    return FALSE.contains(s) ? Option.of(false) : Option.none();
  }

  private static Option<Long> toLong(Object v) {
    if (v instanceof Number n) {
      return RawModelConfig.asLong(n);
    }
    try {
      return Option.of(Long.parseLong(String.valueOf(v).trim()));
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }

  private static Option<Double> toDouble(Object v) {
    if (v instanceof Number n) {
      return Option.of(n.doubleValue());
    }
    try {
      double d = Double.parseDouble(String.valueOf(v).trim());
      return Double.isFinite(d) ? Option.of(d) : Option.none();
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }
}
