package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.diffusers.DiffusersConfig;
import io.github.modelconfig.domain.model.AttentionKind;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.model.SamplingDefaults;
import io.github.modelconfig.domain.provenance.Provenance;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CLI: JSON views of the model facts, sampling defaults, diffusers config and provenance. */
final class ModelJson {

  private ModelJson() {}

  static Map<String, Object> of(ResolvedModelConfig c) {
    Map<String, Object> j = new LinkedHashMap<>();
    ModelFacts f = c.model().getOrNull();
    j.put("model_type", f == null ? null : f.modelType().getOrNull());
    j.put("num_hidden_layers", f == null ? null : f.numHiddenLayers().getOrNull());
    j.put("num_attention_heads", f == null ? null : f.numAttentionHeads().getOrNull());
    j.put("num_key_value_heads", f == null ? null : f.numKeyValueHeads().getOrNull());
    j.put("head_dim", f == null ? null : f.headDim().getOrNull());
    j.put("v_head_dim", f == null ? null : f.vHeadDim().getOrNull());
    j.put("kv_cache_head_dim", f == null ? null : f.kvHeadDimForCache().getOrNull());
    j.put("kv_cache_num_heads", f == null ? null : f.kvHeadsForCache().getOrNull());
    j.put("hidden_size", f == null ? null : f.hiddenSize().getOrNull());
    j.put("vocab_size", f == null ? null : f.vocabSize().getOrNull());
    j.put("max_position_embeddings", f == null ? null : f.maxPositionEmbeddings().getOrNull());
    j.put(
        "rope_scaling",
        f == null
            ? null
            : f.ropeScaling()
                .map(
                    r -> {
                      Map<String, Object> m = new LinkedHashMap<>();
                      m.put("rope_type", r.type());
                      m.putAll(plain(r.parameters()));
                      return m;
                    })
                .getOrNull());
    j.put("sliding_window", f == null ? null : f.slidingWindow().getOrNull());
    j.put("attention", f == null ? null : f.attention().map(AttentionKind::wireName).getOrNull());
    j.put("parameter_count", c.parameterCount().getOrNull());
    return j;
  }

  static Map<String, Object> sampling(SamplingDefaults s) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("temperature", s.temperature().getOrNull());
    j.put("top_p", s.topP().getOrNull());
    j.put("top_k", s.topK().getOrNull());
    j.put("repetition_penalty", s.repetitionPenalty().getOrNull());
    j.put("max_new_tokens", s.maxNewTokens().getOrNull());
    j.put("min_new_tokens", s.minNewTokens().getOrNull());
    j.put("do_sample", s.doSample().getOrNull());
    return j;
  }

  static Map<String, Object> diffusers(DiffusersConfig d) {
    Map<String, Object> components = new LinkedHashMap<>();
    d.components()
        .forEach(
            (name, c) ->
                components.put(
                    name,
                    ResolvedJson.map(
                        "library",
                        c.library(),
                        "class_name",
                        c.className(),
                        "config_dict",
                        plain(c.configDict().values()))));
    return ResolvedJson.map(
        "_class_name",
        d.className(),
        "_diffusers_version",
        d.diffusersVersion().getOrNull(),
        "components",
        components);
  }

  static Map<String, Object> provenance(Provenance p) {
    Map<String, Object> j = new LinkedHashMap<>();
    p.origins()
        .forEach(
            (field, o) ->
                j.put(
                    field,
                    ResolvedJson.map("source", o.source().wireName(), "detail", o.detail())));
    return j;
  }

  /** Domain JSON values (RawModelConfig, JSON_NULL) as plain maps and nulls. */
  static Map<String, Object> plain(Map<String, Object> values) {
    Map<String, Object> j = new LinkedHashMap<>();
    values.forEach((k, v) -> j.put(k, plainValue(v)));
    return j;
  }

  private static Object plainValue(Object v) {
    if (v instanceof RawModelConfig raw) {
      return plain(raw.values());
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> j = new LinkedHashMap<>();
      m.forEach((k, x) -> j.put(String.valueOf(k), plainValue(x)));
      return j;
    }
    if (v instanceof List<?> l) {
      return l.stream().map(ModelJson::plainValue).toList();
    }
    return v == RawModelConfig.JSON_NULL ? null : v;
  }
}
