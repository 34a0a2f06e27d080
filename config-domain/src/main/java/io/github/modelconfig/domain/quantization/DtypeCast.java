package io.github.modelconfig.domain.quantization;

import io.github.modelconfig.domain.encoding.SupportedEncoding;
import java.util.Objects;

/** Value: a float32 <-> bfloat16 weight cast applied at load time. */
public record DtypeCast(SupportedEncoding from, SupportedEncoding to) {

  public DtypeCast {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
