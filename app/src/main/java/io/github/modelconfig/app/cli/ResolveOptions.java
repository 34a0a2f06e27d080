package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine.Model.CommandSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.OptionSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.Model.PositionalParamSpec;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.request.CliOption;
import io.github.modelconfig.domain.request.DraftModels;
import io.github.modelconfig.domain.request.Field;
import io.github.modelconfig.domain.request.FieldTable;
import io.github.modelconfig.domain.request.Fields;
import io.github.modelconfig.domain.request.RawSetting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CLI: the options of {@code resolve}, one per field of the {@link FieldTable} that has a {@link
 * CliOption} (MAX's field names in kebab case, in MAX's order), then the draft model's, then the
 * CLI's own. Values stay text so the domain validates them all at once; only options the user typed
 * become settings. The options are built in code (no annotation reflection at start-up).
 */
final class ResolveOptions {

  private final ParseResult parsed;
  private final FieldTable table;

  private ResolveOptions(ParseResult parsed, FieldTable table) {
    this.parsed = parsed;
    this.table = table;
  }

  /** Adds {@code [MODEL]}, the options of {@link Fields#TABLE} and the CLI's to {@code spec}. */
  static void addTo(CommandSpec spec) {
    addTo(spec, Fields.TABLE);
  }

  static void addTo(CommandSpec spec, FieldTable table) {
    spec.addPositional(
        PositionalParamSpec.builder()
            .index("0")
            .arity("0..1")
            .paramLabel("MODEL")
            .type(String.class)
            .description("Repo id, local folder or weight file (same as --model-path).")
            .build());
    for (Field<?> field : table.fields()) {
      field.cli().forEach(cli -> spec.addOption(option(field.cliNames(), cli, cli.help())));
    }
    for (Field<?> field : table.fields()) {
      field
          .cli()
          .forEach(cli -> cli.draftHelp().forEach(help -> spec.addOption(draft(field, cli))));
    }
    spec.addOption(
        text("--target", "NAME[:COUNT]")
            .description("Plan for hardware you don't have, e.g. h100-80gb:8 (replaces discovery).")
            .build());
    spec.addOption(
        OptionSpec.builder("--offline")
            .type(boolean.class)
            .description(
                "Never touch the network: resolve from local folders and the HF cache only.")
            .build());
    spec.addOption(
        text("--config-file", "FILE")
            .description("YAML or JSON settings by MAX field name; flags win over it.")
            .build());
    spec.addOption(
        text("--section-name", "NAME").description("The config file's section to read.").build());
  }

  /** The values of one parsed {@code resolve} command line. */
  static ResolveOptions of(ParseResult parsed) {
    return of(parsed, Fields.TABLE);
  }

  static ResolveOptions of(ParseResult parsed, FieldTable table) {
    return new ResolveOptions(parsed, table);
  }

  private static OptionSpec draft(Field<?> field, CliOption cli) {
    String name = CliOption.optionName(DraftModels.PREFIX + field.name());
    return option(List.of(name), cli, cli.draftHelp().get());
  }

  private static OptionSpec option(List<String> names, CliOption cli, String help) {
    String[] all = names.toArray(String[]::new);
    String label = cli.label().getOrNull();
    OptionSpec.Builder option =
        switch (cli.kind()) {
          case TEXT -> text(all, label);
          case LIST ->
              text(all, label).type(List.class).auxiliaryTypes(String.class).splitRegex(",");
          case OPTIONAL_TRUE -> text(all, label).arity("0..1").fallbackValue("true");
          case NEGATABLE -> OptionSpec.builder(all).type(Boolean.class).negatable(true);
        };
    return option.description(help).build();
  }

  private static OptionSpec.Builder text(String name, String label) {
    return text(new String[] {name}, label);
  }

  private static OptionSpec.Builder text(String[] names, String label) {
    return OptionSpec.builder(names).type(String.class).paramLabel(label);
  }

  private <T> T value(String option) {
    return parsed.matchedOptionValue(option, null);
  }

  Optional<String> target() {
    return Optional.ofNullable(value("--target"));
  }

  Optional<String> configFile() {
    return Optional.ofNullable(value("--config-file"));
  }

  Optional<String> sectionName() {
    return Optional.ofNullable(value("--section-name"));
  }

  boolean offline() {
    return parsed.hasMatchedOption("--offline");
  }

  /** The settings the user typed, by MAX field name (the positional MODEL is model_path). */
  Map<String, RawSetting> flagSettings() {
    Map<String, RawSetting> s = new LinkedHashMap<>();
    String modelPath = value(CliOption.optionName(Fields.MODEL_PATH.name()));
    String model = parsed.matchedPositionalValue(0, null);
    if (modelPath == null && model != null) {
      s.put(Fields.MODEL_PATH.name(), new RawSetting(model, Source.USER, "MODEL argument"));
    }
    for (Field<?> field : table.fields()) {
      field.cli().forEach(cli -> put(s, field.name(), field.cliNames()));
    }
    for (Field<?> field : table.fields()) {
      String key = DraftModels.PREFIX + field.name();
      field
          .cli()
          .flatMap(CliOption::draftHelp)
          .forEach(h -> put(s, key, List.of(CliOption.optionName(key))));
    }
    return s;
  }

  /** The setting of an option the user typed, detailed by the name typed ({@code --model}). */
  private void put(Map<String, RawSetting> settings, String key, List<String> names) {
    Object value = value(names.get(0));
    if (value != null) {
      settings.put(key, new RawSetting(value, Source.USER, typed(names)));
    }
  }

  private String typed(List<String> names) {
    String typed = names.get(0);
    for (String arg : parsed.originalArgs()) {
      for (String name : names) {
        if (arg.equals(name) || arg.startsWith(name + "=")) {
          typed = name;
        }
      }
    }
    return typed;
  }
}
