package io.github.modelconfig.domain.architecture;

import io.github.modelconfig.domain.provenance.Origin;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: a repo's registry entry and how it was found: the name as the model's file spells it
 * ({@code config.json} {@code architectures}, {@code model_index.json} {@code _class_name} or GGUF
 * {@code general.architecture}), and, when that name serves several tasks, where the task came from
 * and whether it was only the first registered one.
 */
public record ArchitectureMatch(
    SupportedArchitecture architecture,
    String nameInFile,
    Option<Origin> taskOrigin,
    boolean taskGuessed) {

  public ArchitectureMatch {
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(nameInFile, "nameInFile");
    Objects.requireNonNull(taskOrigin, "taskOrigin");
  }

  /** True when the file spells the name differently from the registry (an alias). */
  public boolean aliased() {
    return !nameInFile.equals(architecture.name());
  }
}
