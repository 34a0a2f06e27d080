package io.github.modelconfig.app;

import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.control.Either;
import java.util.List;

/**
 * Composition: a device catalog that detects once and answers every later call with that inventory
 * (a batch of resolves on one host runs the vendor tools once, not once per line).
 */
final class DetectedOnce implements DeviceCatalog {

  private final Lazy<Either<ConfigError, DeviceInventory>> inventory;
  private final Lazy<Either<ConfigError, List<String>>> targets;

  DetectedOnce(DeviceCatalog catalog) {
    this.inventory = Lazy.of(catalog::detect);
    this.targets = Lazy.of(catalog::targets);
  }

  @Override
  public Either<ConfigError, DeviceInventory> detect() {
    return inventory.get();
  }

  @Override
  public Either<ConfigError, List<String>> targets() {
    return targets.get();
  }
}
