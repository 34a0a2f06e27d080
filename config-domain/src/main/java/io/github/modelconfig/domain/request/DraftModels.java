package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.error.WarningCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rule: the draft model of speculative decoding (reference §2.0 steps 4 and 6, §2.1 step 10).
 * {@code draft_<field>} settings build the draft's request (every {@code draft_} is removed, as MAX
 * does) for the fields the draft takes ({@link DraftUse#OWN}), with the main model's values of the
 * fields it inherits (the KV-cache settings); the device memory is split 70/30 between main and
 * draft; prefix caching is turned off on both. Unlike MAX, the draft is resolved too.
 */
public final class DraftModels {

  /** The prefix of a draft setting. */
  public static final String PREFIX = "draft_";

  /** The main model's share of {@code device_memory_utilization}; the draft gets the rest. */
  public static final double MAIN_SHARE = 0.7;

  /** Value: settings split into the main model's and the draft's (empty: no draft). */
  public record Split(Map<String, RawSetting> main, Map<String, RawSetting> draft) {

    public Split {
      main = Collections.unmodifiableMap(new LinkedHashMap<>(main));
      draft = Collections.unmodifiableMap(new LinkedHashMap<>(draft));
    }
  }

  /** Value: the main and draft requests made ready for each other, and what was changed. */
  public record Pair(ModelConfigRequest main, ModelConfigRequest draft, List<Warning> warnings) {

    public Pair {
      Objects.requireNonNull(main, "main");
      Objects.requireNonNull(draft, "draft");
      warnings = List.copyOf(warnings);
    }
  }

  private DraftModels() {}

  /**
   * Moves {@code draft_*} settings that name a model field to the draft, which also gets the main
   * model's KV-cache settings; a draft without a model path is no draft (its settings are dropped).
   */
  public static Split split(Map<String, RawSetting> settings) {
    return split(settings, Fields.TABLE);
  }

  /** {@link #split(Map)} with the fields of {@code table}. */
  public static Split split(Map<String, RawSetting> settings, FieldTable table) {
    Map<String, RawSetting> main = new LinkedHashMap<>();
    Map<String, RawSetting> draft = new LinkedHashMap<>();
    settings.forEach(
        (key, value) -> {
          String field = key.replace(PREFIX, "");
          if (key.startsWith(PREFIX) && isModelField(field, table)) {
            draft.put(field, value);
          } else {
            main.put(key, value);
          }
        });
    String modelPath = Fields.MODEL_PATH.name();
    boolean hasModel =
        draft.containsKey(modelPath) && !String.valueOf(draft.get(modelPath).value()).isEmpty();
    if (!hasModel) {
      return new Split(main, Map.of());
    }
    main.forEach(
        (key, value) -> {
          if (table.find(key).exists(f -> f.draftUse() == DraftUse.INHERITED)) {
            draft.put(key, value);
          }
        });
    return new Split(main, draft);
  }

  /** The settings a draft may take, without the prefix. */
  public static boolean isModelField(String field) {
    return isModelField(field, Fields.TABLE);
  }

  /** Whether {@code key} (a name or an alias) sets a field of {@code table} the draft takes. */
  public static boolean isModelField(String key, FieldTable table) {
    return table.find(key).exists(f -> f.draftUse() == DraftUse.OWN);
  }

  /** Splits the memory (main 0.7u, draft u - 0.7u) and turns prefix caching off on both. */
  public static Pair pair(ModelConfigRequest main, ModelConfigRequest draft) {
    List<Warning> warnings = new ArrayList<>();
    double u = main.kvCache().deviceMemoryUtilization();
    KvCacheConfig mainKv = main.kvCache().withMemoryUtilization(MAIN_SHARE * u);
    KvCacheConfig draftKv = draft.kvCache().withMemoryUtilization(u - MAIN_SHARE * u);
    if (mainKv.enablePrefixCaching() || draftKv.enablePrefixCaching()) {
      warnings.add(
          new Warning(
              WarningCode.DRAFT_PREFIX_CACHING_OFF,
              "Prefix caching is turned off for the main and the draft model: speculative "
                  + "decoding does not support it."));
    }
    return new Pair(
        main.withKvCache(mainKv.withPrefixCaching(false)),
        draft.withKvCache(draftKv.withPrefixCaching(false)),
        warnings);
  }
}
