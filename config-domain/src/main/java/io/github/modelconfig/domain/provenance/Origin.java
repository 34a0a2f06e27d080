package io.github.modelconfig.domain.provenance;

import java.util.Objects;

/** Value: the source of one resolved value and a short detail (the key read, the rule applied). */
public record Origin(Source source, String detail) {

  public Origin {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(detail, "detail");
  }

  public static Origin of(Source source, String detail) {
    return new Origin(source, detail);
  }
}
