package io.github.modelconfig.domain.request;

/**
 * Value: the shape of raw value a field's rule reads: what a flag's text or a config file's value
 * must look like ({@code MAPPING} text from a flag is JSON, which the edge parses).
 */
public enum ValueKind {
  TEXT,
  BOOLEAN,
  WHOLE_NUMBER,
  NUMBER,
  TEXT_LIST,
  MAPPING
}
