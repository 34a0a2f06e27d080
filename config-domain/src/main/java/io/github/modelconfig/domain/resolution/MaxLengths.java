package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.MaxLengthRule;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.model.ModelFacts;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;

/**
 * Rule: the architecture's maximum sequence length (MAX's {@code get_max_seq_len}): the user's
 * max_length, bounded by {@code max_position_embeddings} for most architectures (the reference's
 * {@code upper_bounded_default}), unbounded for some, fixed for a few.
 */
final class MaxLengths {

  private MaxLengths() {}

  /** A warning when the architecture runs at a fixed length that the user's differs from. */
  static List<Warning> unused(SupportedArchitecture arch, Option<Long> requested) {
    if (arch.maxLengthRule() != MaxLengthRule.FIXED
        || requested.isEmpty()
        || requested.equals(arch.defaultMaxLength())) {
      return List.of();
    }
    return List.of(
        new Warning(
            WarningCode.MAX_LENGTH_FIXED,
            arch.name()
                + " always runs at max length "
                + arch.defaultMaxLength().get()
                + " (MAX's get_max_seq_len for it); max_length "
                + requested.get()
                + " is not used."));
  }

  /** Without model facts (neither config.json nor a GGUF header), the user's max_length. */
  static Validation<ConfigError, Option<Long>> resolve(
      SupportedArchitecture arch, Option<ModelFacts> facts, Option<Long> requested) {
    return facts.isEmpty() ? Validation.valid(requested) : resolve(arch, facts.get(), requested);
  }

  static Validation<ConfigError, Option<Long>> resolve(
      SupportedArchitecture arch, ModelFacts facts, Option<Long> requested) {
    Option<Long> modelMax = facts.maxPositionEmbeddings();
    switch (arch.maxLengthRule()) {
      case FIXED:
        return Validation.valid(arch.defaultMaxLength());
      case UNBOUNDED:
        return Validation.valid(requested.orElse(modelMax));
      case BOUNDED_BY_MODEL:
      default:
        Option<Long> wanted = requested.orElse(arch.defaultMaxLength());
        if (wanted.isDefined() && modelMax.isDefined() && wanted.get() > modelMax.get()) {
          return Validation.invalid(
              new ConfigError(
                  ErrorCode.MAX_LENGTH_EXCEEDS_MODEL,
                  "max_length",
                  (requested.isDefined()
                          ? "max_length " + wanted.get()
                          : arch.name() + "'s default max length " + wanted.get())
                      + " exceeds the model's max_position_embeddings "
                      + modelMax.get()
                      + " ("
                      + arch.name()
                      + ").",
                  "Use --max-length "
                      + modelMax.get()
                      + " or less"
                      + (requested.isDefined() ? ", or omit it to use the model's limit." : ".")));
        }
        return Validation.valid(requested.orElse(() -> arch.defaultMaxLength().orElse(modelMax)));
    }
  }
}
