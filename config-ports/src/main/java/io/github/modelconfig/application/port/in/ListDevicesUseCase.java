package io.github.modelconfig.application.port.in;

import io.github.modelconfig.application.port.out.DeviceInventory;
import io.vavr.control.Either;
import java.util.List;

/** Use case: the devices a model would be placed on, and the what-if targets one can plan for. */
public interface ListDevicesUseCase {

  /** The discovered devices, or the {@code --target} ones; Invalid for an unknown target. */
  Either<ResolveFailure, DeviceInventory> devices();

  /** The known target names (built-in, then the user's targets file). */
  Either<ResolveFailure, List<String>> targets();
}
