package io.github.modelconfig.adapter.huggingface.hub.violation;

import io.github.modelconfig.adapter.huggingface.format.HuggingFaceFormats;

/** Deliberate violation: the Hub client using the formats package. */
public final class HubClientReadsFormats {
  public Object parser() {
    return HuggingFaceFormats.modelFileParser();
  }
}
