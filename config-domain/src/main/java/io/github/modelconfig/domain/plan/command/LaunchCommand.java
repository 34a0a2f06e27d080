package io.github.modelconfig.domain.plan.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Value: a runtime's start-up command for one plan: environment assignments that must precede it
 * (sorted by name), the program and its arguments as separate words, and notes an operator needs
 * (for example that llama.cpp replicas are separate processes). {@link #shellLine()} is what {@code
 * plan} prints: a POSIX shell line that runs as printed.
 */
public record LaunchCommand(
    Map<String, String> environment, List<String> argv, List<String> notes) {

  public LaunchCommand {
    environment = Collections.unmodifiableMap(new TreeMap<>(environment));
    argv = List.copyOf(argv);
    notes = List.copyOf(notes);
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("a command needs a program");
    }
    argv.forEach(a -> Objects.requireNonNull(a, "argument"));
  }

  /** The environment, program and arguments, shell-quoted, on one line. */
  public String shellLine() {
    List<String> words = new ArrayList<>();
    environment.forEach((name, value) -> words.add(name + "=" + ShellQuote.quote(value)));
    String prefix = String.join(" ", words);
    String command = ShellQuote.join(argv);
    return prefix.isEmpty() ? command : prefix + " " + command;
  }

  /**
   * {@link #shellLine()} with the notes as a trailing shell comment, so that the line still runs as
   * printed and an operator reads what it cannot say (llama.cpp replicas, an unpinned revision).
   */
  public String shellLineWithNotes() {
    return notes.isEmpty() ? shellLine() : shellLine() + "  # " + String.join("; ", notes);
  }

  /** The value following {@code flag}, for tests and renderers; empty when the flag is absent. */
  public String valueOf(String flag) {
    int i = argv.indexOf(flag);
    return i < 0 || i + 1 >= argv.size() ? "" : argv.get(i + 1);
  }
}
