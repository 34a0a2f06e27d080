package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.architecture.EditDistance;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rule: turns raw settings (MAX field names in snake_case, from flags and config files) into a
 * {@link ModelConfigRequest}, one field of the {@link FieldTable} after the other, reporting every
 * bad value and unknown key at once.
 */
public final class RequestBinder {

  private RequestBinder() {}

  /** Binds {@code settings} against {@link Fields#TABLE}. */
  public static Validation<Seq<ConfigError>, ModelConfigRequest> bind(
      Map<String, RawSetting> settings) {
    return bind(settings, Fields.TABLE);
  }

  public static Validation<Seq<ConfigError>, ModelConfigRequest> bind(
      Map<String, RawSetting> settings, FieldTable table) {
    List<ConfigError> errors = new ArrayList<>();
    Map<Field<?>, Map<String, RawSetting>> given = new LinkedHashMap<>();
    settings.forEach(
        (key, raw) ->
            table
                .find(key)
                .peek(f -> given.computeIfAbsent(f, k -> new LinkedHashMap<>()).put(key, raw))
                .onEmpty(() -> errors.add(unknown(key, table))));
    Binding binding = new Binding(table);
    for (Field<?> field : table.fields()) {
      Map<String, RawSetting> spellings = given.getOrDefault(field, Map.of());
      if (spellings.size() > 1) {
        errors.add(twice(field, spellings.keySet()));
        binding.fail(field);
      } else if (spellings.size() == 1) {
        binding.read(field, spellings.values().iterator().next()).forEach(errors::add);
      }
      table.checks().stream()
          .filter(c -> c.after() == field)
          .forEach(c -> c.check().apply(binding).forEach(errors::add));
    }
    return errors.isEmpty()
        ? Validation.valid(binding.request())
        : Validation.invalid(Vector.ofAll(errors));
  }

  private static ConfigError unknown(String key, FieldTable table) {
    Option<String> near = closest(key, table);
    return new ConfigError(
        ErrorCode.UNKNOWN_KEY,
        key,
        "'" + key + "' is not a setting; valid settings: " + String.join(", ", table.names()) + ".",
        near.map(n -> "Did you mean '" + n + "'? Otherwise remove '" + key + "'.")
            .getOrElse("Remove '" + key + "' or correct its spelling."));
  }

  private static ConfigError twice(Field<?> field, Iterable<String> keys) {
    String spellings = String.join(" and ", keys);
    return new ConfigError(
        ErrorCode.DUPLICATE_SETTING,
        field.errorName(),
        field.name() + " is set twice, as " + spellings + ".",
        "Keep one of " + spellings + ".");
  }

  /** The setting a misspelt key most likely meant (kebab case, case, a draft's field, typos). */
  private static Option<String> closest(String key, FieldTable table) {
    String snake = key.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    if (!snake.equals(key) && (table.find(snake).isDefined() || isDraftKey(snake, table))) {
      return Option.of(snake);
    }
    List<String> keys = table.fields().stream().flatMap(f -> f.keys().stream()).toList();
    return Option.ofOptional(
        keys.stream()
            .filter(k -> EditDistance.between(snake, k) <= Math.max(1, k.length() / 5))
            .min(Comparator.comparingInt(k -> EditDistance.between(snake, k))));
  }

  private static boolean isDraftKey(String key, FieldTable table) {
    return key.startsWith(DraftModels.PREFIX)
        && DraftModels.isModelField(key.substring(DraftModels.PREFIX.length()), table);
  }
}
