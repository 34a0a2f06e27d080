package io.github.modelconfig.domain.request;

import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Value: one field of a request, described once: its wire name (MAX's, snake_case), section, rule
 * and default; the other spellings it accepts; its command-line option; where {@code resolve
 * --json} echoes it; and what a draft model does with it. A typed key: {@code
 * request.get(Fields.MAX_LENGTH)} is an {@code Option<Long>}.
 *
 * @param <T> the value type
 */
public final class Field<T> {

  private final String name;
  private final Section section;
  private final Rule<T> rule;
  private final T defaultValue;
  private final List<String> aliases;
  private final Option<CliOption> cli;
  private final Option<JsonEcho> json;
  private final DraftUse draft;

  private Field(
      String name,
      Section section,
      Rule<T> rule,
      T defaultValue,
      List<String> aliases,
      Option<CliOption> cli,
      Option<JsonEcho> json,
      DraftUse draft) {
    snakeCase(name);
    aliases.forEach(Field::snakeCase);
    this.name = name;
    this.section = Objects.requireNonNull(section, "section");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue of " + name);
    this.aliases = List.copyOf(aliases);
    this.cli = Objects.requireNonNull(cli, "cli");
    this.json = Objects.requireNonNull(json, "json");
    this.draft = Objects.requireNonNull(draft, "draft");
  }

  /** A top-level field without option, echo or draft use; add them with the methods below. */
  public static <T> Field<T> of(String name, Rule<T> rule, T defaultValue) {
    return new Field<>(
        name,
        Section.TOP,
        rule,
        defaultValue,
        List.of(),
        Option.none(),
        Option.none(),
        DraftUse.NONE);
  }

  /** An optional field: absent unless set. */
  public static <T> Field<Option<T>> optional(String name, Rule<T> rule) {
    return of(name, rule.optional(), Option.none());
  }

  public Field<T> in(Section in) {
    return new Field<>(name, in, rule, defaultValue, aliases, cli, json, draft);
  }

  /** Another spelling accepted in settings and config files, and as an option. */
  public Field<T> alias(String alias) {
    List<String> more = new ArrayList<>(aliases);
    more.add(alias);
    return new Field<>(name, section, rule, defaultValue, more, cli, json, draft);
  }

  /** The option {@code --<name in kebab case>}, with its value label and one-line help. */
  public Field<T> cli(CliKind kind, String label, String help) {
    return cli(kind, Option.of(label), help);
  }

  /** An option without a value label (negatable). */
  public Field<T> cli(CliKind kind, String help) {
    return cli(kind, Option.none(), help);
  }

  /** One more name of the option only (not a setting), e.g. {@code --model}. */
  public Field<T> cliAlias(String option) {
    return withCli(option().withAlias(option));
  }

  /** {@code resolve --json} echoes the requested value under the name, after key {@code after}. */
  public Field<T> json(String after) {
    return withJson(new JsonEcho(name, Option.of(after)));
  }

  /** {@code resolve --json} echoes the requested value in its section's object. */
  public Field<T> json() {
    return withJson(new JsonEcho(name, Option.none()));
  }

  /** The draft model takes its own value ({@code draft_<name>}); no draft option. */
  public Field<T> draft() {
    return withDraft(DraftUse.OWN);
  }

  /** The draft model takes its own value, with the option {@code --draft-<name>} and this help. */
  public Field<T> draft(String help) {
    return withDraft(DraftUse.OWN).withCli(option().withDraftHelp(help));
  }

  /** The draft model takes the main model's value. */
  public Field<T> draftInherits() {
    return withDraft(DraftUse.INHERITED);
  }

  public String name() {
    return name;
  }

  public Section section() {
    return section;
  }

  public Rule<T> rule() {
    return rule;
  }

  public T defaultValue() {
    return defaultValue;
  }

  /** Other accepted spellings of the setting. */
  public List<String> aliases() {
    return aliases;
  }

  /** The name and the aliases: every key that sets this field. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(List.of(name));
    keys.addAll(aliases);
    return List.copyOf(keys);
  }

  /** The field as errors and provenance name it, e.g. {@code kv_cache.kv_cache_page_size}. */
  public String errorName() {
    return section.fieldName(name);
  }

  public Option<CliOption> cli() {
    return cli;
  }

  /** The option's names: {@code --<name>}, each alias in kebab case, then option-only aliases. */
  public List<String> cliNames() {
    List<String> names = new ArrayList<>();
    keys().forEach(k -> names.add(CliOption.optionName(k)));
    cli.forEach(c -> names.addAll(c.aliases()));
    return List.copyOf(names);
  }

  /** Where {@code resolve --json} echoes the requested value, if it does. */
  public Option<JsonEcho> jsonEcho() {
    return json;
  }

  /** What a draft model does with this field. */
  public DraftUse draftUse() {
    return draft;
  }

  @Override
  public String toString() {
    return errorName();
  }

  private Field<T> cli(CliKind kind, Option<String> label, String help) {
    List<String> names = cli.map(CliOption::aliases).getOrElse(List.of());
    Option<String> draftHelp = cli.flatMap(CliOption::draftHelp);
    return withCli(new CliOption(kind, label, help, names, draftHelp));
  }

  private static void snakeCase(String key) {
    if (!key.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("a setting is named in snake_case: '" + key + "'");
    }
  }

  private CliOption option() {
    return cli.getOrElseThrow(() -> new IllegalStateException(name + " has no option yet"));
  }

  private Field<T> withCli(CliOption option) {
    return new Field<>(name, section, rule, defaultValue, aliases, Option.of(option), json, draft);
  }

  private Field<T> withJson(JsonEcho echo) {
    return new Field<>(name, section, rule, defaultValue, aliases, cli, Option.of(echo), draft);
  }

  private Field<T> withDraft(DraftUse use) {
    return new Field<>(name, section, rule, defaultValue, aliases, cli, json, use);
  }
}
