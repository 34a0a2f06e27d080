package io.github.modelconfig.application.port.in;

import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.PlanSettings;
import io.github.modelconfig.domain.plan.RuntimeKind;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Use-case query: plan serving a model: the resolve request (model, revision, every resolve option;
 * its {@code max_length} is the plan's), the runtime and optionally its version, the layout when
 * the operator fixes it (empty: the planner chooses), and the runtime settings.
 */
public record PlanQuery(
    ResolveQuery resolve,
    RuntimeKind runtime,
    Option<String> runtimeVersion,
    Option<Layout> layout,
    PlanSettings settings) {

  public PlanQuery {
    Objects.requireNonNull(resolve, "resolve");
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(runtimeVersion, "runtimeVersion");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(settings, "settings");
  }
}
