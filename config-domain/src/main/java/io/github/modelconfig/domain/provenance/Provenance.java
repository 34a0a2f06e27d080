package io.github.modelconfig.domain.provenance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Value: for each resolved field (snake_case, dotted for nested), where it came from. */
public final class Provenance {

  private final Map<String, Origin> origins;

  private Provenance(Map<String, Origin> origins) {
    this.origins = Collections.unmodifiableMap(origins);
  }

  public static Provenance empty() {
    return new Provenance(new LinkedHashMap<>());
  }

  /** A copy with {@code field} set (a later record of the same field replaces the earlier one). */
  public Provenance with(String field, Source source, String detail) {
    Map<String, Origin> copy = new LinkedHashMap<>(origins);
    copy.put(field, Origin.of(source, detail));
    return new Provenance(copy);
  }

  public Provenance with(String field, Origin origin) {
    return with(field, origin.source(), origin.detail());
  }

  public Provenance merge(Provenance other) {
    Map<String, Origin> copy = new LinkedHashMap<>(origins);
    copy.putAll(other.origins);
    return new Provenance(copy);
  }

  public Map<String, Origin> origins() {
    return origins;
  }

  public Origin of(String field) {
    return origins.get(field);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Provenance p && origins.equals(p.origins);
  }

  @Override
  public int hashCode() {
    return origins.hashCode();
  }

  @Override
  public String toString() {
    return origins.toString();
  }
}
