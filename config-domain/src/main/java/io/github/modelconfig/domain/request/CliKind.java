package io.github.modelconfig.domain.request;

/** Value: how a field's command-line option takes its value. */
public enum CliKind {
  /** One text value: {@code --max-length 4096}. */
  TEXT,
  /** Comma-separated text values, repeatable: {@code --lora-paths a,b --lora-paths c}. */
  LIST,
  /** Text, or {@code true} when given without a value: {@code --enable-lora}. */
  OPTIONAL_TRUE,
  /** {@code --x} is true, {@code --no-x} false. */
  NEGATABLE
}
