package io.github.modelconfig.domain.encoding;

import io.github.modelconfig.domain.device.DeviceType;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Value: a weight quantization encoding (MAX's eight plus float16), with its model dtype, graph
 * quantization encoding, the devices it runs on and its default KV cache dtype.
 */
public enum SupportedEncoding {
  FLOAT32(
      "float32", DType.FLOAT32, null, EnumSet.of(DeviceType.CPU, DeviceType.GPU), DType.FLOAT32),
  BFLOAT16("bfloat16", DType.BFLOAT16, null, EnumSet.of(DeviceType.GPU), DType.BFLOAT16),
  FLOAT16("float16", DType.FLOAT16, null, EnumSet.of(DeviceType.GPU), DType.FLOAT16),
  Q4_K(
      "q4_k",
      DType.UINT8,
      GraphQuantizationEncoding.Q4_K,
      EnumSet.of(DeviceType.CPU),
      DType.FLOAT32),
  Q4_0(
      "q4_0",
      DType.UINT8,
      GraphQuantizationEncoding.Q4_0,
      EnumSet.of(DeviceType.CPU),
      DType.FLOAT32),
  Q6_K(
      "q6_k",
      DType.UINT8,
      GraphQuantizationEncoding.Q6_K,
      EnumSet.of(DeviceType.CPU),
      DType.FLOAT32),
  FLOAT8_E4M3FN(
      "float8_e4m3fn", DType.FLOAT8_E4M3FN, null, EnumSet.of(DeviceType.GPU), DType.BFLOAT16),
  FLOAT4_E2M1FNX2("float4_e2m1fnx2", DType.UINT8, null, EnumSet.of(DeviceType.GPU), DType.BFLOAT16),
  GPTQ(
      "gptq",
      DType.UINT8,
      GraphQuantizationEncoding.GPTQ,
      EnumSet.of(DeviceType.GPU),
      DType.BFLOAT16);

  /** Deterministic preference when a repo offers several encodings (a difference from MAX). */
  public static final List<SupportedEncoding> PREFERENCE_ORDER =
      List.of(FLOAT4_E2M1FNX2, FLOAT8_E4M3FN, BFLOAT16, FLOAT16, FLOAT32, GPTQ, Q6_K, Q4_K, Q4_0);

  private final String wireName;
  private final DType dtype;
  private final GraphQuantizationEncoding graphEncoding;
  private final Set<DeviceType> devices;
  private final DType kvCacheDtype;

  SupportedEncoding(
      String wireName,
      DType dtype,
      GraphQuantizationEncoding graphEncoding,
      Set<DeviceType> devices,
      DType kvCacheDtype) {
    this.wireName = wireName;
    this.dtype = dtype;
    this.graphEncoding = graphEncoding;
    this.devices = devices;
    this.kvCacheDtype = kvCacheDtype;
  }

  public String wireName() {
    return wireName;
  }

  public DType dtype() {
    return dtype;
  }

  public Option<GraphQuantizationEncoding> graphQuantizationEncoding() {
    return Option.of(graphEncoding);
  }

  public Set<DeviceType> devices() {
    return EnumSet.copyOf(devices);
  }

  public boolean supportedOn(DeviceType type) {
    return devices.contains(type);
  }

  public boolean cpuOnly() {
    return devices.equals(EnumSet.of(DeviceType.CPU));
  }

  public DType defaultKvCacheDtype() {
    return kvCacheDtype;
  }

  /** Parses a wire name case-insensitively. */
  public static Option<SupportedEncoding> parse(String text) {
    String name = text.trim().toLowerCase(Locale.ROOT);
    return Option.ofOptional(
        Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst());
  }

  /** The wire names, for "allowed values" messages. */
  public static List<String> wireNames() {
    return Arrays.stream(values()).map(SupportedEncoding::wireName).toList();
  }
}
