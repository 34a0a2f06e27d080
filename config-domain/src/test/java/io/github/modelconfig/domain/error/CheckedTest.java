package io.github.modelconfig.domain.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Vector;
import io.vavr.control.Validation;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class CheckedTest {

  private static final ConfigError FIRST = error(ErrorCode.CAST_NEEDS_ENCODING);
  private static final ConfigError SECOND = error(ErrorCode.DEVICES_NOT_FOUND);
  private static final ConfigError THIRD = error(ErrorCode.UNSUPPORTED_ARCHITECTURE);
  private static final Warning CLAMPED = new Warning(WarningCode.MAX_LENGTH_CLAMPED, "clamped");
  private static final Warning CAPPED = new Warning(WarningCode.BATCH_SIZE_CAPPED, "capped");

  private static ConfigError error(ErrorCode code) {
    return new ConfigError(code, "field", code.wireName(), "fix");
  }

  @Test
  void givenTwoInvalidIndependentSteps_combine_reportsBothProblemsInArgumentOrder() {
    Checked<Integer> a = Checked.<Integer>invalid(Vector.of(FIRST)).warn(List.of(CLAMPED));
    Checked<Integer> b = Checked.<Integer>invalid(Vector.of(SECOND, THIRD)).warn(List.of(CAPPED));

    Checked<Integer> both = a.combine(b, Integer::sum);

    assertThat(both.errors()).containsExactly(FIRST, SECOND, THIRD);
    assertThat(both.warnings()).containsExactly(CLAMPED, CAPPED);
  }

  @Test
  void givenValidAndInvalidSteps_combineOfFive_keepsOnlyTheProblemsAndAllWarnings() {
    Checked<Integer> one = Checked.valid(1).warn(List.of(CLAMPED));
    Checked<Integer> bad = Checked.ofSingle(Validation.invalid(SECOND));

    Checked<Integer> all =
        Checked.combine(one, bad, one, Checked.valid(4), bad, (p, q, r, s, t) -> p + q + r + s + t);

    assertThat(all.errors()).containsExactly(SECOND, SECOND);
    assertThat(all.warnings()).containsExactly(CLAMPED, CLAMPED);
  }

  @Test
  void givenValidSteps_combineOfThreeAndFour_appliesTheFunctionInOrder() {
    Checked<String> three =
        Checked.combine(
            Checked.valid("a"), Checked.valid("b"), Checked.valid("c"), (x, y, z) -> x + y + z);
    Checked<String> four =
        Checked.combine(
            three,
            Checked.valid("d"),
            Checked.valid("e"),
            Checked.valid("f"),
            (w, x, y, z) -> w + x + y + z);

    assertThat(four.validation()).isEqualTo(Validation.valid("abcdef"));
  }

  @Test
  void givenAnInvalidStep_flatMap_skipsTheNextStepAndKeepsTheWarnings() {
    AtomicBoolean ran = new AtomicBoolean();
    Checked<Integer> invalid = Checked.<Integer>invalid(Vector.of(FIRST)).warn(List.of(CLAMPED));

    Checked<Integer> next =
        invalid.flatMap(
            v -> {
              ran.set(true);
              return Checked.valid(v + 1);
            });

    assertThat(ran).isFalse();
    assertThat(next.errors()).containsExactly(FIRST);
    assertThat(next.warnings()).containsExactly(CLAMPED);
  }

  @Test
  void givenAValidStep_flatMap_runsTheNextAndAppendsItsWarnings() {
    Checked<Integer> next =
        Checked.valid(1)
            .warn(List.of(CLAMPED))
            .flatMap(
                v ->
                    Checked.ofSingle(Validation.<ConfigError, Integer>invalid(SECOND))
                        .warn(List.of(CAPPED)));

    assertThat(next.errors()).containsExactly(SECOND);
    assertThat(next.warnings()).containsExactly(CLAMPED, CAPPED);
  }

  @Test
  void givenErrorsOrNone_unless_isInvalidOrTheValue() {
    assertThat(Checked.unless(List.of(FIRST), "x").errors()).containsExactly(FIRST);
    assertThat(Checked.unless(List.of(), "x").validation()).isEqualTo(Validation.valid("x"));
    assertThat(Checked.valid(2).map(v -> v * 3).get()).isEqualTo(6);
  }

  @Test
  void givenNoErrors_invalid_isAProgrammingError() {
    assertThatThrownBy(() -> Checked.invalid(Vector.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one error");
  }
}
