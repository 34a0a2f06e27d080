package io.github.modelconfig.application.port.in;

import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.model.ModelConfigRequest;
import io.github.modelconfig.domain.model.RawSetting;
import io.github.modelconfig.domain.model.RequestBinder;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Map;
import java.util.Objects;

/** Use-case query: a validated request to resolve. */
public record ResolveQuery(ModelConfigRequest request) {

  public ResolveQuery {
    Objects.requireNonNull(request, "request");
  }

  /** Binds raw settings (flags, config file), reporting every bad value at once. */
  public static Validation<Seq<ConfigError>, ResolveQuery> fromSettings(
      Map<String, RawSetting> settings) {
    return RequestBinder.bind(settings).map(ResolveQuery::new);
  }
}
