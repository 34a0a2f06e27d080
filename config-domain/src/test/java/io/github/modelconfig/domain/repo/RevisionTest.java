package io.github.modelconfig.domain.repo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Option;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Revisions as the Hub takes them (branches, tags, {@code refs/pr/N}, commits), refusing text that
 * a URL path or a cache folder ({@code refs/{revision}}) could not hold safely.
 */
class RevisionTest {

  static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  record Case(String text, boolean revision) {
    @Override
    public String toString() {
      return (revision ? "revision: '" : "not: '") + text + "'";
    }
  }

  static Stream<Case> spellings() {
    return Stream.of(
        new Case("main", true),
        new Case("v1.0", true),
        new Case("refs/pr/1", true),
        new Case("refs/convert/parquet", true),
        new Case(COMMIT, true),
        new Case("branch-ünïcode", true),
        new Case("a+b*c~d", true),
        new Case("", false),
        new Case(" ", false),
        new Case("\t", false),
        new Case("my branch", false),
        new Case("main\n", false),
        new Case("a\u0000b", false),
        new Case("a\u00a0b", false),
        new Case("..", false),
        new Case("../../etc", false),
        new Case("a..b", false),
        new Case("/etc/passwd", false),
        new Case("main/", false),
        new Case("a//b", false),
        new Case("a\\b", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spellings")
  void givenAText_parse_acceptsOnlySafeRevisions(Case c) {
    Option<Revision> parsed = Revision.parse(c.text());

    assertThat(parsed.isDefined()).as(parsed.toString()).isEqualTo(c.revision());
    parsed.forEach(r -> assertThat(r.toString()).isEqualTo(c.text()));
  }

  @Test
  void givenFortyLowerHexDigits_isCommit_isTrue() {
    assertThat(new Revision(COMMIT).isCommit()).isTrue();
    assertThat(new Revision(COMMIT.toUpperCase(Locale.ROOT)).isCommit()).isFalse();
    assertThat(new Revision(COMMIT.substring(1)).isCommit()).isFalse();
    assertThat(Revision.MAIN.isCommit()).isFalse();
  }

  @Test
  void givenAnUnsafeText_constructor_refusesItQuoted() {
    assertThatThrownBy(() -> new Revision("../x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'../x'");
  }
}
