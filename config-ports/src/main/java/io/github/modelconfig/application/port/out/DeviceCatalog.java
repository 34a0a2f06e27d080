package io.github.modelconfig.application.port.out;

/** Driven port: the devices a model can be placed on (discovered, or a what-if target). */
public interface DeviceCatalog {

  DeviceInventory detect();
}
