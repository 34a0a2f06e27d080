package io.github.modelconfig.domain.plan;

/**
 * Value: what one decoder layer keeps per request: a KV entry per token of the whole context
 * ({@code FULL}), per token of its window ({@code SLIDING}), or a fixed state (linear attention,
 * SSM/Mamba: {@code LINEAR}).
 */
public enum LayerKind {
  FULL,
  SLIDING,
  LINEAR
}
