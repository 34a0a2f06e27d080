package io.github.modelconfig.domain.weights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GgufTensorNamesTest {

  @Test
  void givenLayerNames_layer_readsTheIndexOnlyOfBlkDotNDot() {
    assertThat(GgufTensorNames.layer("blk.0.attn_q.weight")).isZero();
    assertThat(GgufTensorNames.layer("blk.60.ffn_down_exps.weight")).isEqualTo(60);
    assertThat(GgufTensorNames.layer("blk..x")).isEqualTo(-1);
    assertThat(GgufTensorNames.layer("blk.3")).isEqualTo(-1);
    assertThat(GgufTensorNames.layer("blk.99999999999.x")).isEqualTo(-1);
    assertThat(GgufTensorNames.layer("token_embd.weight")).isEqualTo(-1);
  }

  @Test
  void givenExpertNames_routedExpert_matchesLlamaCppsRegexOnly() {
    assertThat(GgufTensorNames.routedExpert("blk.3.ffn_up_exps.weight")).isTrue();
    assertThat(GgufTensorNames.routedExpert("blk.3.ffn_gate_up_exps.weight")).isTrue();
    assertThat(GgufTensorNames.routedExpert("blk.3.ffn_down_chexps.weight")).isTrue();
    assertThat(GgufTensorNames.routedExpert("blk.3.ffn_up_shexp.weight")).isFalse();
    assertThat(GgufTensorNames.routedExpert("blk.3.ffn_gate_inp.weight")).isFalse();
  }

  @Test
  void givenMoreLayersThanTheBound_builder_countsThemOutside() {
    GgufLayerBytes b =
        new GgufLayerBytes.Builder().add("blk.5000.attn_q.weight", 10).add("blk.1.x", 7).build();

    assertThat(b.layerCount()).isEqualTo(2);
    assertThat(b.layerBytes(1)).isEqualTo(7);
    assertThat(b.otherBytes()).isEqualTo(10);
  }
}
