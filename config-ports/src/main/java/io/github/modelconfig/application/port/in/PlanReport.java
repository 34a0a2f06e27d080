package io.github.modelconfig.application.port.in;

import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.plan.Accounting;
import io.github.modelconfig.domain.plan.PlanDevice;
import io.github.modelconfig.domain.plan.PlanModel;
import io.github.modelconfig.domain.plan.RuntimeProfile;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Use-case outcome: a plan: the model as resolved and as planned, the runtime profile used, the
 * devices found (GPUs then the host), the accounting of the chosen layout, the alternatives
 * considered, the command line that starts the runtime (when known) and the warnings of the whole
 * plan (the accounting's own are in it).
 */
public record PlanReport(
    ResolvedModelConfig resolved,
    PlanModel model,
    RuntimeProfile profile,
    List<PlanDevice> devices,
    Accounting accounting,
    List<Accounting> alternatives,
    Option<String> command,
    List<Warning> warnings) {

  public PlanReport {
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(profile, "profile");
    devices = List.copyOf(devices);
    Objects.requireNonNull(accounting, "accounting");
    alternatives = List.copyOf(alternatives);
    Objects.requireNonNull(command, "command");
    warnings = List.copyOf(warnings);
  }
}
