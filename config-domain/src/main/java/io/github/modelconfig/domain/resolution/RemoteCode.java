package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.model.ModelFacts;
import io.vavr.control.Option;
import java.util.List;

/**
 * Rule: a config.json that declares {@code auto_map} (custom code) needs {@code trust_remote_code}
 * in engines that load it through transformers; modelconfig only warns, as it reads the config as
 * data.
 */
final class RemoteCode {

  private RemoteCode() {}

  static List<Warning> warnings(boolean trustRemoteCode, Option<ModelFacts> facts) {
    if (trustRemoteCode || !facts.exists(ModelFacts::hasAutoMap)) {
      return List.of();
    }
    return List.of(
        new Warning(
            WarningCode.REMOTE_CODE_NOT_TRUSTED,
            "config.json declares auto_map (custom code); engines that load it through "
                + "transformers will need --trust-remote-code. modelconfig reads it as data only."));
  }
}
