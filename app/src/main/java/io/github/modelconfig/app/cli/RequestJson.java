package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.request.Field;
import io.github.modelconfig.domain.request.JsonEcho;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLI: the requested values {@code resolve --json} echoes, placed among the resolved keys as the
 * field table says ({@link JsonEcho}): each field after its key, each echoed section as one object
 * of its fields (null when its switch is off).
 */
final class RequestJson {

  /** One echoed key, its value and the key it follows. */
  private record Echo(String key, Object value, String after) {}

  private RequestJson() {}

  /** {@code resolved} with the request's echoes inserted; every anchor must be present. */
  static Map<String, Object> echo(Map<String, Object> resolved, ModelConfigRequest request) {
    List<Echo> pending = echoes(request);
    List<String> keys = new ArrayList<>(resolved.keySet());
    Map<String, Object> values = new LinkedHashMap<>(resolved);
    Map<String, String> anchors = new LinkedHashMap<>();
    while (!pending.isEmpty()) {
      Echo placeable =
          pending.stream()
              .filter(e -> keys.contains(e.after()))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("JSON echo after a missing key: " + pending));
      int at = keys.indexOf(placeable.after()) + 1;
      while (at < keys.size() && placeable.after().equals(anchors.get(keys.get(at)))) {
        at++;
      }
      keys.add(at, placeable.key());
      values.put(placeable.key(), placeable.value());
      anchors.put(placeable.key(), placeable.after());
      pending.remove(placeable);
    }
    Map<String, Object> ordered = new LinkedHashMap<>();
    keys.forEach(k -> ordered.put(k, values.get(k)));
    return ordered;
  }

  private static List<Echo> echoes(ModelConfigRequest request) {
    List<Echo> echoes = new ArrayList<>();
    Map<Section, Map<String, Object>> sections = new LinkedHashMap<>();
    for (Field<?> field : request.fields().fields()) {
      for (JsonEcho echo : field.jsonEcho()) {
        Object value = plain(request, field);
        if (echo.after().isDefined()) {
          echoes.add(new Echo(echo.key(), value, echo.after().get()));
        } else {
          sections
              .computeIfAbsent(field.section(), s -> new LinkedHashMap<>())
              .put(echo.key(), value);
        }
      }
    }
    sections.forEach(
        (section, object) ->
            echoes.add(
                new Echo(
                    section.wireName(),
                    switchedOn(request, section) ? object : null,
                    section.jsonAfter().get())));
    return echoes;
  }

  private static boolean switchedOn(ModelConfigRequest request, Section section) {
    return section
        .switchField()
        .map(name -> Boolean.TRUE.equals(request.get(request.fields().field(name))))
        .getOrElse(true);
  }

  private static <T> Object plain(ModelConfigRequest request, Field<T> field) {
    return field.rule().plain(request.get(field)).getOrNull();
  }
}
