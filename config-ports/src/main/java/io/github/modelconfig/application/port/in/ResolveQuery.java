package io.github.modelconfig.application.port.in;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.memory.FitCheck;
import io.github.modelconfig.domain.request.DraftModels;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.request.RequestBinder;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Map;
import java.util.Objects;

/**
 * Use-case query: a validated request to resolve, the draft model's when one is given, and whether
 * the model must fit the devices (a download only warns).
 */
public record ResolveQuery(
    ModelConfigRequest request, Option<ModelConfigRequest> draft, FitCheck fit) {

  public ResolveQuery {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(fit, "fit");
  }

  public ResolveQuery(ModelConfigRequest request, Option<ModelConfigRequest> draft) {
    this(request, draft, FitCheck.REQUIRED);
  }

  /** This query with a misfit refused or only warned about. */
  public ResolveQuery withFit(FitCheck other) {
    return new ResolveQuery(request, draft, other);
  }

  public ResolveQuery(ModelConfigRequest request) {
    this(request, Option.none());
  }

  /**
   * Binds raw settings (flags, config file), {@code draft_*} ones to the draft model, reporting
   * every bad value of both at once.
   */
  public static Validation<Seq<ConfigError>, ResolveQuery> fromSettings(
      Map<String, RawSetting> settings) {
    DraftModels.Split split = DraftModels.split(settings);
    Validation<Seq<ConfigError>, ModelConfigRequest> main = RequestBinder.bind(split.main());
    if (split.draft().isEmpty()) {
      return main.map(ResolveQuery::new);
    }
    Validation<Seq<ConfigError>, ModelConfigRequest> draft =
        RequestBinder.bind(split.draft())
            .mapError(errors -> errors.map(e -> e.prefixed(DraftModels.PREFIX)));
    if (main.isInvalid() || draft.isInvalid()) {
      return Validation.invalid(
          main.swap().getOrElse(Vector.empty()).appendAll(draft.swap().getOrElse(Vector.empty())));
    }
    return Validation.valid(new ResolveQuery(main.get(), Option.of(draft.get())));
  }
}
