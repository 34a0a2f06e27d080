package io.github.modelconfig.domain.request;

/** Value: what the draft model of speculative decoding does with a field. */
public enum DraftUse {
  /** The draft takes its own value, set as {@code draft_<field>}. */
  OWN,
  /** The draft takes the main model's value (MAX shares the KV-cache settings). */
  INHERITED,
  /** The draft has no such setting (LoRA). */
  NONE
}
