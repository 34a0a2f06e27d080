package io.github.modelconfig.domain.memory;

import io.github.modelconfig.domain.error.Category;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Value: whether a model must fit the devices it is resolved for ({@code resolve}), or a misfit is
 * only a warning ({@code download}: files are often fetched on another host than the one that
 * serves them).
 */
public enum FitCheck {
  REQUIRED,
  ADVISORY;

  /**
   * {@code planned} as this check sees it: unchanged when fit is required or nothing but a misfit
   * failed it; else the config {@code withoutPlan} with the misfit as a warning.
   */
  public <T> Checked<T> apply(Checked<T> planned, Supplier<T> withoutPlan) {
    if (this == REQUIRED
        || planned.isValid()
        || !planned.errors().forAll(e -> e.category() == Category.FIT)) {
      return planned;
    }
    String why =
        planned.errors().toJavaStream().map(ConfigError::message).collect(Collectors.joining(" "));
    return Checked.valid(withoutPlan.get())
        .warn(planned.warnings())
        .warn(
            List.of(
                new Warning(
                    WarningCode.MEMORY_MISFIT,
                    "Does not fit these devices, so there is no memory plan: "
                        + why
                        + " Resolve on the serving host, or with --target, before serving.")));
  }
}
