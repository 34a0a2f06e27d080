package io.github.modelconfig.domain.memory;

import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.vavr.control.Option;
import java.util.List;

/**
 * Rule: the max-length clamp after memory estimation (reference §5.6, case 57): a max_length longer
 * than the KV cache holds becomes what it holds, with a warning that says whether the user's value
 * or the model's default was lowered.
 */
final class MaxLengthClamp {

  private MaxLengthClamp() {}

  public static Checked<Option<Long>> clamp(
      Option<Long> maxLength, boolean userGiven, Option<MemoryPlan> memory) {
    if (memory.isEmpty() || maxLength.isEmpty()) {
      return Checked.valid(maxLength);
    }
    long fits = memory.get().maxLengthThatFits();
    if (maxLength.get() <= fits) {
      return Checked.valid(maxLength);
    }
    Warning warning =
        userGiven
            ? new Warning(
                WarningCode.MAX_LENGTH_CLAMPED,
                "Clamping max_length from "
                    + maxLength.get()
                    + " to "
                    + fits
                    + " due to capacity of KV Cache.")
            : new Warning(
                WarningCode.MAX_LENGTH_TRUNCATED,
                "Truncated model's default max_length from "
                    + maxLength.get()
                    + " to "
                    + fits
                    + " to fit in memory.");
    return Checked.valid(Option.of(fits)).warn(List.of(warning));
  }
}
