package io.github.modelconfig.application.service;

import io.github.modelconfig.application.port.in.ListDevicesUseCase;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.DeviceInventory;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.List;

/** Service: lists devices and target names from the device catalog, failures as Invalid. */
public final class ListDevicesService implements ListDevicesUseCase {

  private final DeviceCatalog devices;

  public ListDevicesService(DeviceCatalog devices) {
    this.devices = devices;
  }

  @Override
  public Either<ResolveFailure, DeviceInventory> devices() {
    return devices.detect().mapLeft(ListDevicesService::invalid);
  }

  @Override
  public Either<ResolveFailure, List<String>> targets() {
    return devices.targets().mapLeft(ListDevicesService::invalid);
  }

  private static ResolveFailure invalid(ConfigError error) {
    return new ResolveFailure.Invalid(Vector.of(error));
  }
}
