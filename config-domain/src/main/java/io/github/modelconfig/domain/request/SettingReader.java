package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.provenance.Provenance;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Rule: reads raw settings into typed values, collecting one {@link ConfigError} per bad value
 * instead of stopping at the first, and recording provenance of every value it accepts.
 */
final class SettingReader {

  /** Spellings MAX (pydantic) accepts for booleans, compared in lower case. */
  private static final List<String> TRUE = List.of("true", "yes", "on", "t", "y", "1");

  private static final List<String> FALSE = List.of("false", "no", "off", "f", "n", "0");

  private final Map<String, RawSetting> settings;
  private final List<ConfigError> errors = new ArrayList<>();
  private Provenance provenance = Provenance.empty();

  SettingReader(Map<String, RawSetting> settings) {
    this.settings = settings;
  }

  List<ConfigError> errors() {
    return errors;
  }

  Provenance provenance() {
    return provenance;
  }

  void fail(ConfigError error) {
    errors.add(error);
  }

  boolean has(String key) {
    return settings.containsKey(key);
  }

  Option<String> string(String key, String field) {
    return read(key, field, "a string", v -> v instanceof String s ? Option.of(s) : Option.none());
  }

  Option<Boolean> bool(String key, String field) {
    return read(key, field, "true or false", SettingReader::toBoolean);
  }

  Option<Long> integer(String key, String field, long min, String hint) {
    Option<Long> value = read(key, field, "a whole number", SettingReader::toLong);
    if (value.isDefined() && value.get() < min) {
      fail(
          new ConfigError(
              ErrorCode.OUT_OF_RANGE,
              field,
              field + " is " + value.get() + "; it must be at least " + min + ".",
              hint));
      return Option.none();
    }
    return value;
  }

  Option<Double> decimal(String key, String field) {
    return read(key, field, "a number", SettingReader::toDouble);
  }

  /** An enum value matched case-insensitively, with the allowed values in the error. */
  <T> Option<T> choice(
      String key, String field, Function<String, Option<T>> parser, List<String> allowed) {
    Option<String> text = string(key, field);
    if (text.isEmpty()) {
      return Option.none();
    }
    Option<T> value = parser.apply(text.get());
    if (value.isEmpty()) {
      fail(
          new ConfigError(
              ErrorCode.INVALID_CHOICE,
              field,
              field + " is '" + text.get() + "'; allowed: " + String.join(", ", allowed) + ".",
              "Pick one of: " + String.join(", ", allowed) + "."));
    }
    return value;
  }

  /** A list: a config-file list, or a flag given several times / comma-separated. */
  Option<List<String>> strings(String key, String field) {
    return read(
        key,
        field,
        "a list of strings",
        v -> {
          if (v instanceof List<?> list) {
            return Option.of(list.stream().map(String::valueOf).toList());
          }
          return v instanceof String s ? Option.of(List.of(s)) : Option.none();
        });
  }

  @SuppressWarnings("unchecked")
  Option<Map<String, Object>> map(String key, String field) {
    return read(
        key,
        field,
        "a mapping",
        v -> v instanceof Map<?, ?> m ? Option.of((Map<String, Object>) m) : Option.none());
  }

  private <T> Option<T> read(
      String key, String field, String expected, Function<Object, Option<T>> convert) {
    RawSetting setting = settings.get(key);
    if (setting == null) {
      return Option.none();
    }
    Option<T> value = convert.apply(setting.value());
    if (value.isEmpty()) {
      fail(
          new ConfigError(
              ErrorCode.INVALID_TYPE,
              field,
              field + " is '" + setting.value() + "'; it must be " + expected + ".",
              "Give " + field + " as " + expected + " (" + setting.detail() + ")."));
    } else {
      provenance = provenance.with(field, setting.source(), setting.detail());
    }
    return value;
  }

  /** MAX's (pydantic's) booleans: true/false, yes/no, on/off, t/f, y/n, 1/0, any case. */
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
