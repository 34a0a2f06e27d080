package io.github.modelconfig.domain.architecture;

/** Value: what a pipeline does with the model. */
public enum Task {
  TEXT_GENERATION("text_generation"),
  EMBEDDINGS_GENERATION("embeddings_generation"),
  AUDIO_GENERATION("audio_generation"),
  PIXEL_GENERATION("pixel_generation");

  private final String wireName;

  Task(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
