package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Value: a model as {@code plan} sees it, computed once per plan so that evaluating a layout is
 * arithmetic only: the architecture name, its {@link ModelShape}, the kind of every layer, the
 * weight bytes by class and layer, and the context length the model supports ({@code
 * max_position_embeddings} or its GGUF equivalent, empty when unknown), and the resolve result it
 * came from when there is one (MAX's accounting is resolve's own, {@link MaxAccounting}).
 */
public record PlanModel(
    String architecture,
    ModelShape shape,
    AttentionLayers layers,
    WeightInventory weights,
    Option<Long> contextLength,
    Option<ResolvedModelConfig> resolved) {

  /** A model planned without a resolve result (MAX is then approximated). */
  public PlanModel(
      String architecture,
      ModelShape shape,
      AttentionLayers layers,
      WeightInventory weights,
      Option<Long> contextLength) {
    this(architecture, shape, layers, weights, contextLength, Option.none());
  }

  public PlanModel {
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(architecture, "architecture");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(layers, "layers");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(contextLength, "contextLength");
    if (layers.size() != shape.numLayers() || weights.layers() != shape.numLayers()) {
      throw new IllegalArgumentException(
          "layer counts differ: shape "
              + shape.numLayers()
              + ", kinds "
              + layers.size()
              + ", weights "
              + weights.layers());
    }
  }
}
