package io.github.modelconfig.application.port.out;

import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Either;
import java.util.List;

/**
 * Driven port: the devices a model can be placed on (discovered on this host, or a what-if target)
 * and the names of the what-if targets one can plan for.
 */
public interface DeviceCatalog {

  /**
   * The devices, GPUs numbered from 0 in order, with warnings about tools that failed; Left (code
   * {@code unknown_target}) when a what-if target is unknown or its targets file unreadable.
   */
  Either<ConfigError, DeviceInventory> detect();

  /** The known what-if target names in catalog order; Left when the targets file is unreadable. */
  Either<ConfigError, List<String>> targets();
}
