package io.github.modelconfig.domain.request;

import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.device.DeviceSpecs;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.repo.RepoRules;
import io.github.modelconfig.domain.repo.Revision;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.List;

/** Rule: the rules of the table's fields beyond reading a type: devices, KV cache, the model. */
final class RequestRules {

  private static final String PAGE_SIZE_HINT =
      "Use a page size that is a multiple of 128, such as 128 or 256.";

  private RequestRules() {}

  /** {@code cpu}, {@code gpu}, {@code gpu:0,1} or {@code default} (none: every visible GPU). */
  static Rule<Option<List<DeviceSpec>>> devices() {
    return Rules.text()
        .then(
            DeviceSpecs::parse,
            specs -> specs.map(list -> list.stream().map(RequestRules::device).toList()));
  }

  /** A Hub revision: a branch, tag or commit, shown as its text. */
  static Rule<Revision> revision() {
    return Rules.text().then(RepoRules::revision, r -> Option.of(r.value()));
  }

  static Rule<KvCacheStrategy> strategy() {
    return Rules.choice(
        KvCacheStrategy::parse, KvCacheStrategy.wireNames(), KvCacheStrategy::wireName);
  }

  /** A whole number of at least 1, a multiple of 128. */
  static Rule<Integer> pageSize() {
    return Rules.wholeNumber(1, PAGE_SIZE_HINT)
        .then(
            (field, size) ->
                size % 128 != 0 || size > Integer.MAX_VALUE
                    ? Validation.invalid(
                        new ConfigError(
                            ErrorCode.INVALID_PAGE_SIZE,
                            field,
                            "kv_cache_page_size is "
                                + size
                                + "; it must be a multiple of 128 and at least 128.",
                            PAGE_SIZE_HINT))
                    : Validation.valid(size.intValue()),
            Option::of);
  }

  /** A fraction in (0, 1]. */
  static Rule<Double> memoryUtilization() {
    return Rules.number()
        .check(
            (field, u) ->
                u > 0 && u <= 1
                    ? Option.none()
                    : Option.of(
                        new ConfigError(
                            ErrorCode.OUT_OF_RANGE,
                            field,
                            "device_memory_utilization is " + u + "; it must be in (0, 1].",
                            "Use a fraction such as 0.9 (90% of free device memory).")));
  }

  /**
   * Reference §2.2 step 4: with no weight_path, an empty model_path cannot be resolved (a model
   * path of the wrong type is already reported).
   */
  static FieldCheck modelGiven() {
    return new FieldCheck(
        Fields.WEIGHT_PATH,
        bound ->
            bound.get(Fields.MODEL_PATH).isBlank()
                    && bound.get(Fields.WEIGHT_PATH).isEmpty()
                    && !bound.failed(Fields.MODEL_PATH)
                ? Option.of(missingModel())
                : Option.none());
  }

  private static ConfigError missingModel() {
    return new ConfigError(
        ErrorCode.MISSING_MODEL,
        "model_path",
        "model must be provided and must be a valid Hugging Face repository id, a local folder "
            + "or a weight file.",
        "Give a model, e.g. 'resolve meta-llama/Llama-3.1-8B-Instruct' or 'resolve ./my-model'.");
  }

  private static Object device(DeviceSpec spec) {
    return spec.isGpu() ? "gpu:" + spec.id() : "cpu";
  }
}
