package io.github.modelconfig.application.port.in;

import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.plan.Accounting;
import io.github.modelconfig.domain.plan.PlanDevice;
import io.github.modelconfig.domain.plan.PlanModel;
import io.github.modelconfig.domain.plan.RuntimeProfile;
import io.github.modelconfig.domain.plan.solve.Solution;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * Use-case outcome: a plan: the model as resolved and as planned, the runtime profile used, the
 * devices found (GPUs then the host), the accounting of the chosen layout, the alternatives
 * considered, the command line that starts the runtime (when known), the warnings of the whole plan
 * (the accounting's own are in it), and the solver's answer: why each alternative lost, the advice
 * when nothing fits, llama.cpp's offload.
 */
public record PlanReport(
    ResolvedModelConfig resolved,
    PlanModel model,
    RuntimeProfile profile,
    List<PlanDevice> devices,
    Accounting accounting,
    List<Accounting> alternatives,
    Option<String> command,
    List<Warning> warnings,
    Option<Solution> solution) {

  public PlanReport {
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(profile, "profile");
    devices = List.copyOf(devices);
    Objects.requireNonNull(accounting, "accounting");
    alternatives = List.copyOf(alternatives);
    Objects.requireNonNull(command, "command");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(solution, "solution");
  }

  /** A report without the solver's reasoning (a layout accounted as given). */
  public PlanReport(
      ResolvedModelConfig resolved,
      PlanModel model,
      RuntimeProfile profile,
      List<PlanDevice> devices,
      Accounting accounting,
      List<Accounting> alternatives,
      Option<String> command,
      List<Warning> warnings) {
    this(
        resolved,
        model,
        profile,
        devices,
        accounting,
        alternatives,
        command,
        warnings,
        Option.none());
  }

  /** Whether the plan fits: the solver's verdict (concurrency included), else the accounting's. */
  public boolean fits() {
    return solution.map(Solution::fits).getOrElse(accounting.fits());
  }
}
