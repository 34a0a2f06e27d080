package io.github.modelconfig.app.cli;

import io.github.modelconfig.domain.encoding.DType;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.plan.KvDtype;
import io.github.modelconfig.domain.plan.Layout;
import io.github.modelconfig.domain.plan.PlanSettings;
import io.github.modelconfig.domain.plan.RuntimeKind;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CLI value: the plan options typed, as text by option name; {@link #bind()} checks them all at
 * once into the runtime, version, layout and settings of a plan query.
 */
record PlanFlags(Map<String, String> typed) {

  /** Value: the bound plan options. */
  record Bound(
      RuntimeKind runtime, Option<String> version, Option<Layout> layout, PlanSettings settings) {}

  PlanFlags {
    typed = new LinkedHashMap<>(typed);
  }

  /** {@code line}'s options over these (a batch line's win). */
  PlanFlags under(PlanFlags line) {
    Map<String, String> merged = new LinkedHashMap<>(typed);
    merged.putAll(line.typed());
    return new PlanFlags(merged);
  }

  Validation<Vector<ConfigError>, Bound> bind() {
    Vector<ConfigError> errors = Vector.empty();
    Option<RuntimeKind> runtime = RuntimeKind.parse(typed.getOrDefault("--runtime", "max"));
    if (runtime.isEmpty()) {
      errors = errors.append(choice("runtime", typed.get("--runtime"), RuntimeKind.allowed()));
    }
    Integer[] degrees = new Integer[3];
    String[] names = {"--tensor-parallel", "--pipeline-parallel", "--data-parallel"};
    for (int i = 0; i < 3; i++) {
      Option<Long> n = count(names[i], 1, 4096);
      errors =
          errors.appendAll(
              n.isEmpty() && typed.containsKey(names[i])
                  ? Vector.of(range(names[i], 1, 4096))
                  : Vector.empty());
      degrees[i] = n.map(Long::intValue).getOrNull();
    }
    boolean anyLayout = degrees[0] != null || degrees[1] != null || degrees[2] != null;
    Option<Double> utilization = Option.none();
    if (typed.containsKey("--gpu-memory-utilization")) {
      utilization = decimal(typed.get("--gpu-memory-utilization")).filter(u -> u > 0 && u <= 1);
      if (utilization.isEmpty()) {
        errors =
            errors.append(
                new ConfigError(
                    ErrorCode.OUT_OF_RANGE,
                    "gpu_memory_utilization",
                    "gpu_memory_utilization must be a number in (0, 1], was '"
                        + typed.get("--gpu-memory-utilization")
                        + "'",
                    "pass e.g. --gpu-memory-utilization 0.9"));
      }
    }
    Option<KvDtype> kv = KvDtype.parse(typed.getOrDefault("--kv-cache-dtype", "auto"));
    if (kv.isEmpty()) {
      errors = errors.append(choice("kv_cache_dtype", typed.get("--kv-cache-dtype"), allowedKv()));
    }
    String dtypeText = typed.getOrDefault("--dtype", "auto");
    Option<DType> dtype =
        dtypeText.equals("auto")
            ? Option.none()
            : DType.parse(dtypeText.replace("half", "float16"));
    if (!dtypeText.equals("auto") && dtype.isEmpty()) {
      errors = errors.append(choice("dtype", dtypeText, "auto, bfloat16, float16, float32"));
    }
    Option<Long> seqs = count("--max-num-seqs", 1, 1 << 20);
    Option<Long> tokens = count("--max-num-batched-tokens", 1, 1L << 30);
    for (String n : new String[] {"--max-num-seqs", "--max-num-batched-tokens"}) {
      if (typed.containsKey(n) && count(n, 1, 1L << 30).isEmpty()) {
        errors = errors.append(range(n, 1, 1L << 30));
      }
    }
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    Option<Layout> layout =
        anyLayout
            ? Option.of(new Layout(or1(degrees[0]), or1(degrees[1]), or1(degrees[2])))
            : Option.none();
    return Validation.valid(
        new Bound(
            runtime.get(),
            Option.of(typed.get("--runtime-version")),
            layout,
            new PlanSettings(utilization, kv.get(), dtype, seqs.map(Long::intValue), tokens)));
  }

  private Option<Long> count(String name, long min, long max) {
    return Option.of(typed.get(name)).flatMap(PlanFlags::integer).filter(n -> n >= min && n <= max);
  }

  private static int or1(Integer n) {
    return n == null ? 1 : n;
  }

  private static Option<Long> integer(String text) {
    try {
      return Option.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }

  private static Option<Double> decimal(String text) {
    try {
      return Option.of(Double.parseDouble(text.strip()));
    } catch (NumberFormatException e) {
      return Option.none();
    }
  }

  private ConfigError range(String option, long min, long max) {
    String field = option.substring(2).replace('-', '_');
    return new ConfigError(
        ErrorCode.OUT_OF_RANGE,
        field,
        field
            + " must be a whole number in "
            + min
            + ".."
            + max
            + ", was '"
            + typed.get(option)
            + "'",
        "pass e.g. " + option + " 2");
  }

  private static ConfigError choice(String field, String found, String allowed) {
    return new ConfigError(
        ErrorCode.INVALID_CHOICE,
        field,
        field + " '" + found + "' is not one of: " + allowed,
        "use one of: " + allowed);
  }

  private static String allowedKv() {
    StringBuilder s = new StringBuilder();
    for (KvDtype t : KvDtype.values()) {
      s.append(s.length() == 0 ? "" : ", ").append(t.wireName());
    }
    return s.toString();
  }
}
