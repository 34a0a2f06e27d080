package io.github.modelconfig.domain.violation;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Deliberate violation: a domain class that parses JSON itself. */
public final class DomainUsesJackson {
  public Object parse(String json) throws Exception {
    return new ObjectMapper().readTree(json);
  }
}
