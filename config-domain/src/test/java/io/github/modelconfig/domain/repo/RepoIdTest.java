package io.github.modelconfig.domain.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Hub's spelling of repo ids: huggingface_hub's {@code validate_repo_id} (utils/_validators.py)
 * and the Hub's create-repo rule ("'--' and '..' are forbidden, '-' and '.' cannot start or end the
 * name, max length is 96"), checked by hand against both.
 */
class RepoIdTest {

  record Case(String text, boolean id) {
    @Override
    public String toString() {
      return (id ? "id: " : "not: ") + text;
    }
  }

  static Stream<Case> spellings() {
    String max = "a".repeat(96);
    return Stream.of(
        new Case("gpt2", true),
        new Case("bert-base-uncased", true),
        new Case("meta-llama/Llama-3.1-8B-Instruct", true),
        new Case("Qwen/Qwen2.5-0.5B-Instruct-GGUF", true),
        new Case("org_/_name", true),
        new Case("unsloth/model.v2", true),
        new Case(max + "/" + max, true),
        new Case(max + "a", false),
        new Case("org/" + max + "a", false),
        new Case("org/a--b", false),
        new Case("org--x/name", false),
        new Case("org/a..b", false),
        new Case("org/-name", false),
        new Case("org/name-", false),
        new Case("org/.name", false),
        new Case("org/name.", false),
        new Case("-org/name", false),
        new Case("org/name.git", false),
        new Case("café/modèle", false),
        new Case("org/naïve", false),
        new Case("", false),
        new Case("/", false),
        new Case("org/", false),
        new Case("/name", false),
        new Case("a/b/c", false),
        new Case("/etc", false),
        new Case("./model", false),
        new Case("../model", false),
        new Case("~/m", false),
        new Case("~", false),
        new Case("org name/x", false),
        new Case("org\\name", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spellings")
  void givenASpelling_parse_acceptsOnlyTheHubsRepoIds(Case c) {
    Option<RepoId> parsed = RepoId.parse(c.text());

    assertThat(parsed.isDefined()).as(parsed.toString()).isEqualTo(c.id());
    parsed.forEach(id -> assertThat(id.toString()).isEqualTo(c.text()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spellings")
  void givenASpelling_parseQualified_acceptsOnlyTwoPartIds(Case c) {
    Option<RepoId> qualified = RepoId.parseQualified(c.text());

    assertThat(qualified.isDefined())
        .as(qualified.toString())
        .isEqualTo(c.id() && c.text().contains("/"));
  }

  @Test
  void givenAOnePartId_parse_hasNoOwner() {
    RepoId gpt2 = RepoId.of("gpt2");

    assertThat(gpt2.owner()).isEmpty();
    assertThat(gpt2.name()).isEqualTo("gpt2");
    assertThat(RepoId.of("org/name").owner()).contains("org");
  }

  @Test
  void givenABadPart_constructor_refusesItNamingTheId() {
    assertThatThrownBy(() -> new RepoId(Option.of("a--b"), "name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a--b/name");
    assertThatThrownBy(() -> RepoId.of("./model"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("./model");
  }
}
