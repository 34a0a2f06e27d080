package io.github.modelconfig.domain.kvcache;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.vavr.control.Option;
import java.util.List;
import java.util.Locale;

/**
 * Rule: the KV cache dtype, in MAX's priority: the {@code kv_cache_format} override, else the
 * encoding's default cache dtype, else float32.
 */
public final class KvCacheDtypes {

  /** Values {@code kv_cache_format} accepts (case-insensitive). */
  public static final List<String> FORMAT_NAMES = List.of("float32", "bfloat16", "float8_e4m3fn");

  private KvCacheDtypes() {}

  public static Option<DType> parseFormat(String text) {
    String name = text.trim().toLowerCase(Locale.ROOT);
    return FORMAT_NAMES.contains(name) ? DType.parse(name) : Option.none();
  }

  public static DType resolve(Option<DType> format, Option<SupportedEncoding> encoding) {
    return format.getOrElse(
        () -> encoding.map(SupportedEncoding::defaultKvCacheDtype).getOrElse(DType.FLOAT32));
  }
}
