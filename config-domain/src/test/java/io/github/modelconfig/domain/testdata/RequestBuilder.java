package io.github.modelconfig.domain.testdata;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.request.Fields;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.request.RequestBinder;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data: a request bound from flag-style settings as the CLI gives them, e.g. {@code
 * aRequest().with("quantization_encoding", "q4_k").build()}; model_path {@code /models/tiny} unless
 * given.
 */
public final class RequestBuilder {

  private final Map<String, RawSetting> settings = new LinkedHashMap<>();
  private Option<List<DeviceSpec>> devices = Option.none();

  private RequestBuilder() {
    with("model_path", "/models/tiny");
  }

  public static RequestBuilder aRequest() {
    return new RequestBuilder();
  }

  /** A setting by its MAX field name, as a flag gives it. */
  public RequestBuilder with(String field, String value) {
    settings.put(field, RawSetting.flag(field, value));
    return this;
  }

  /** Devices as a list the --devices syntax cannot spell, e.g. {@code [cpu, gpu:0]}. */
  public RequestBuilder onDevices(DeviceSpec... specs) {
    this.devices = Option.of(List.of(specs));
    return this;
  }

  public ModelConfigRequest build() {
    ModelConfigRequest r = Outcomes.valid(RequestBinder.bind(settings));
    return devices.map(specs -> r.with(Fields.DEVICES, Option.of(specs))).getOrElse(r);
  }
}
