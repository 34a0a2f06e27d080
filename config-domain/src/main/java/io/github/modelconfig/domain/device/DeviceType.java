package io.github.modelconfig.domain.device;

import io.vavr.control.Option;
import java.util.Locale;

/** Value: the kind of device a model runs on. */
public enum DeviceType {
  CPU("cpu"),
  GPU("gpu");

  private final String wireName;

  DeviceType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Option<DeviceType> parse(String text) {
    String name = text.trim().toLowerCase(Locale.ROOT);
    return name.equals("cpu")
        ? Option.of(CPU)
        : name.equals("gpu") ? Option.of(GPU) : Option.none();
  }
}
