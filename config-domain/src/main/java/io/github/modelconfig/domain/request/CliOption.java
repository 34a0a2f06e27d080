package io.github.modelconfig.domain.request;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Value: a field's command-line option: how it takes its value, its value label and one-line help,
 * names beyond the field's own ({@code --model}), and the help of its draft option, if it has one.
 */
public record CliOption(
    CliKind kind,
    Option<String> label,
    String help,
    List<String> aliases,
    Option<String> draftHelp) {

  public CliOption {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(help, "help");
    aliases = List.copyOf(aliases);
    aliases.forEach(
        a -> {
          if (!a.startsWith("--")) {
            throw new IllegalArgumentException("an option name starts with --: '" + a + "'");
          }
        });
    Objects.requireNonNull(draftHelp, "draftHelp");
  }

  /** The option of a setting: {@code --} and the key in kebab case. */
  public static String optionName(String key) {
    return "--" + key.replace('_', '-');
  }

  CliOption withAlias(String alias) {
    List<String> more = new ArrayList<>(aliases);
    more.add(alias);
    return new CliOption(kind, label, help, more, draftHelp);
  }

  CliOption withDraftHelp(String help) {
    return new CliOption(kind, label, this.help, aliases, Option.of(help));
  }
}
