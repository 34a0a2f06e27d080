package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.vavr.control.Either;

/** Rule: builds the {@link PlanModel} of a model from what resolve read. */
public final class PlanModels {

  private PlanModels() {}

  /**
   * The model from config.json alone, its weights estimated from the shape (a warning says so);
   * Left naming what config.json lacks.
   */
  public static Either<String, PlanModel> fromConfig(
      String architecture, ModelFacts facts, RawModelConfig config) {
    return ConfigShape.of(facts, config)
        .map(
            shape ->
                new PlanModel(
                    architecture,
                    shape,
                    ConfigLayers.of(config, shape.numLayers()),
                    ConfigWeights.estimate(shape, config),
                    facts.maxPositionEmbeddings()));
  }
}
