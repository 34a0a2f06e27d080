package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.vavr.control.Either;
import java.util.List;

/**
 * Rule: a {@link ModelShape} from config.json (its {@code text_config} for multimodal models): the
 * facts resolve derives, plus {@code intermediate_size}, the MoE keys ({@code n_routed_experts |
 * num_experts | num_local_experts}, {@code num_experts_per_tok}, {@code moe_intermediate_size});
 * Left naming the missing keys when the shape is incomplete.
 */
public final class ConfigShape {

  static final List<String> EXPERTS =
      List.of("n_routed_experts", "num_experts", "num_local_experts");

  private ConfigShape() {}

  public static Either<String, ModelShape> of(ModelFacts f, RawModelConfig config) {
    RawModelConfig text = text(config);
    long experts = text.firstInteger(EXPERTS).getOrElse(0L);
    long moeWidth =
        text.integer("moe_intermediate_size")
            .getOrElse(text.integer("intermediate_size").getOrElse(0L));
    if (f.numHiddenLayers().isEmpty()
        || f.numAttentionHeads().isEmpty()
        || f.hiddenSize().isEmpty()
        || f.headDim().isEmpty()
        || f.vocabSize().isEmpty()) {
      return Either.left(
          "config.json lacks one of num_hidden_layers, num_attention_heads, hidden_size, head_dim,"
              + " vocab_size");
    }
    return Either.right(
        new ModelShape(
            f.numHiddenLayers().get().intValue(),
            f.hiddenSize().get(),
            f.numAttentionHeads().get(),
            f.numKeyValueHeads().getOrElse(f.numAttentionHeads().get()),
            f.headDim().get(),
            f.vocabSize().get(),
            text.integer("intermediate_size").getOrElse(4 * f.hiddenSize().get()),
            (int) experts,
            text.integer("num_experts_per_tok").getOrElse(experts > 0 ? 1L : 0L).intValue(),
            experts > 0 ? moeWidth : 0,
            f.mla(),
            f.tieWordEmbeddings().getOrElse(false),
            f.torchDtype().map(d -> d.sizeInBytes()).filter(b -> b >= 2).getOrElse(2)));
  }

  /** The text model's config: {@code text_config} when nested, else the config itself. */
  static RawModelConfig text(RawModelConfig config) {
    return config.object("text_config").getOrElse(config);
  }
}
