package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;

/**
 * Rule: builds the {@link PlanModel} of a model. The split of the weights by class and layer comes
 * from config.json's shape ({@link ConfigWeights}); when the weight files' sizes are known the
 * split is brought to their real total: a multimodal model's surplus (config.json has a {@code
 * vision_config}, {@code audio_config} or {@code vision_tower}) is its tower, otherwise every class
 * is scaled (quantization scales, biases). Multi-token-prediction layers ({@code
 * num_nextn_predict_layers}) that vLLM and SGLang skip when not speculating are left out.
 */
public final class PlanModels {

  static final List<String> TOWER_KEYS =
      List.of("vision_config", "audio_config", "vision_tower", "visual", "vision_encoder");

  private PlanModels() {}

  /** The model from config.json alone, its weights estimated (a warning says so). */
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

  /**
   * The model as resolve read it: shape and layers from its config, weights to its files' bytes.
   */
  public static Either<String, PlanModel> fromResolved(ResolvedModelConfig r) {
    if (r.model().isEmpty()) {
      return Either.left("neither config.json nor a GGUF header gives the model's shape");
    }
    RawModelConfig config = r.huggingfaceConfig().getOrElse(RawModelConfig.empty());
    String arch =
        r.architecture()
            .map(SupportedArchitecture::name)
            .getOrElse(() -> r.model().get().architectures().stream().findFirst().orElse("?"));
    return ConfigShape.of(r.model().get(), config)
        .map(
            shape -> {
              WeightInventory estimate = ConfigWeights.estimate(shape, config);
              boolean gguf = r.weightsFormat().contains(WeightsFormat.GGUF);
              return new PlanModel(
                  arch,
                  shape,
                  ConfigLayers.of(config, shape.numLayers()),
                  r.weightsSize()
                      .map(real -> toReal(estimate, shape, config, real, gguf))
                      .getOrElse(estimate),
                  r.model().get().maxPositionEmbeddings(),
                  Option.of(r));
            });
  }

  static WeightInventory toReal(
      WeightInventory estimate, ModelShape shape, RawModelConfig config, long real, boolean gguf) {
    long mtpLayers = ConfigShape.text(config).integer("num_nextn_predict_layers").getOrElse(0L);
    long perLayer =
        estimate.bytes(WeightClass.EXPERTS, 0, shape.numLayers()) / shape.numLayers()
            + estimate.bytes(WeightClass.SHARDED, 0, shape.numLayers()) / shape.numLayers();
    long loaded = real - mtpLayers * perLayer;
    long estimated = estimate.totalBytes();
    if (loaded < estimated / 8 || loaded > estimated * 4L) {
      return estimate; // the files are not this config's weights (a stub, or another model)
    }
    boolean multimodal = TOWER_KEYS.stream().anyMatch(config::has);
    if (multimodal && loaded > estimated) {
      return estimate.calibrated(1.0, loaded - estimated).withEstimated(false, gguf);
    }
    return estimate.calibrated((double) loaded / estimated, 0).withEstimated(false, gguf);
  }
}
