package io.github.modelconfig.adapter.huggingface.format;

/** Driven-adapter signal: a weight file breaks its format's rules; the message says which. */
final class MalformedWeightsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MalformedWeightsException(String message) {
    super(message, null, false, false);
  }
}
