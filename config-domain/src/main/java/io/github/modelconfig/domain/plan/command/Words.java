package io.github.modelconfig.domain.plan.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builder: the words of one command line, flags with values appended in order. */
final class Words {

  private final List<String> argv = new ArrayList<>();
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  Words(String... program) {
    argv.addAll(List.of(program));
  }

  Words add(String... words) {
    argv.addAll(List.of(words));
    return this;
  }

  Words flag(String name, Object value) {
    argv.add(name);
    argv.add(String.valueOf(value));
    return this;
  }

  /** {@code name value} only when {@code value} is not 1 (the runtimes' default degree). */
  Words degree(String name, int value) {
    return value == 1 ? this : flag(name, value);
  }

  Words env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  Words note(String note) {
    notes.add(note);
    return this;
  }

  LaunchCommand build() {
    return new LaunchCommand(environment, argv, notes);
  }
}
