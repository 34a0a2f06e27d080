package io.github.modelconfig.domain.resolution;

import io.github.modelconfig.domain.architecture.ArchitectureKvOverrides;
import io.github.modelconfig.domain.architecture.MaxLengths;
import io.github.modelconfig.domain.architecture.MultiGpuRule;
import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DevicePlacement;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.diffusers.DiffusersComponents;
import io.github.modelconfig.domain.encoding.EncodingDevices;
import io.github.modelconfig.domain.encoding.SupportedEncoding;
import io.github.modelconfig.domain.error.ConfigError;
import io.github.modelconfig.domain.error.ErrorCode;
import io.github.modelconfig.domain.kvcache.KvCacheConfig;
import io.github.modelconfig.domain.kvcache.KvCacheDtypes;
import io.github.modelconfig.domain.kvcache.KvCacheParams;
import io.github.modelconfig.domain.kvcache.KvCacheSizing;
import io.github.modelconfig.domain.kvcache.KvCacheStrategy;
import io.github.modelconfig.domain.kvcache.ResolvedKvCache;
import io.github.modelconfig.domain.memory.ActivationEstimates;
import io.github.modelconfig.domain.memory.MemoryPlan;
import io.github.modelconfig.domain.memory.MemoryPlanner;
import io.github.modelconfig.domain.memory.MemoryRequest;
import io.github.modelconfig.domain.model.GgufModelFacts;
import io.github.modelconfig.domain.model.ModelFacts;
import io.github.modelconfig.domain.model.ModelFactsExtractor;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.model.SamplingDefaults;
import io.github.modelconfig.domain.provenance.Origin;
import io.github.modelconfig.domain.provenance.Provenance;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.quantization.DtypeCast;
import io.github.modelconfig.domain.quantization.EncodingChoice;
import io.github.modelconfig.domain.quantization.GptqFinalisation;
import io.github.modelconfig.domain.quantization.RepoEncodings;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.request.ModelConfigRequest;
import io.github.modelconfig.domain.rope.RopeType;
import io.github.modelconfig.domain.weights.RepoFile;
import io.github.modelconfig.domain.weights.WeightsFormat;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rule: the resolution steps that follow the choice of architecture and encoding. */
final class Resolution {

  private final ModelConfigRequest request;
  private final ModelSnapshot snapshot;
  private final ModelSnapshot weightsSnapshot;
  private final List<Device> visible;
  private final SupportedArchitecture arch;
  private final List<SupportedEncoding> offered;
  private final SupportedEncoding encoding;
  private final Option<DtypeCast> cast;
  private final List<DeviceSpec> requestedSpecs;
  private final List<ConfigError> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private Provenance provenance;

  Resolution(
      ModelConfigRequest request,
      ModelSnapshot snapshot,
      ModelSnapshot weightsSnapshot,
      List<Device> visible,
      SupportedArchitecture arch,
      List<SupportedEncoding> offered,
      EncodingChoice.Decision encoding,
      List<DeviceSpec> specs) {
    this.request = request;
    this.snapshot = snapshot;
    this.weightsSnapshot = weightsSnapshot;
    this.visible = visible;
    this.arch = arch;
    this.offered = offered;
    this.encoding = encoding.encoding();
    this.cast = encoding.cast();
    this.requestedSpecs = specs;
    this.provenance =
        request
            .provenance()
            .with("architecture", Source.CONFIG_JSON, "architectures: " + arch.name())
            .with("quantization_encoding", encoding.origin());
  }

  Validation<Seq<ConfigError>, ResolvedModelConfig> run() {
    errors.addAll(
        LoraRule.check(request, arch, requestedSpecs, request.kvCache().enablePrefixCaching()));
    MultiGpuRule.check(arch, requestedSpecs, request.modelPath()).forEach(errors::add);
    if (!arch.supports(encoding)) {
      errors.add(unsupportedByArchitecture());
    }
    List<DeviceSpec> specs =
        EncodingDevices.forEncoding(encoding, requestedSpecs, warnings)
            .fold(
                e -> {
                  e.forEach(errors::add);
                  return requestedSpecs;
                },
                s -> s);
    if (encoding == SupportedEncoding.GPTQ) {
      GptqFinalisation.check(snapshot).swap().forEach(errors::add);
    }
    List<RepoFile> weights = weightFiles();
    warnings.addAll(RepoEncodings.nameMismatches(weightsSnapshot));
    Option<ModelFacts> facts =
        snapshot
            .config()
            .map(ModelFactsExtractor::extract)
            .orElse(
                () ->
                    snapshot
                        .firstGguf()
                        .orElse(weightsSnapshot::firstGguf)
                        .map(GgufModelFacts::extract));
    RopeType rope = request.ropeType().getOrElse(arch.ropeType());
    provenance =
        provenance.with(
            "rope_type",
            request.ropeType().isDefined()
                ? provenance.of("rope_type")
                : Origin.of(Source.ARCHITECTURE, arch.name() + " rope_type"));
    ResolvedKvCache kv = kvCache();
    Option<Long> maxLength =
        facts.isEmpty()
            ? request.maxLength()
            : MaxLengths.resolve(arch, facts.get(), request.maxLength())
                .fold(
                    e -> {
                      errors.add(e);
                      return Option.<Long>none();
                    },
                    m -> m);
    Option<Long> weightsSize = weightsSize(weights);
    Option<MemoryPlan> memory = memoryPlan(specs, facts, kv, weightsSize, maxLength);
    Option<Long> finalLength = clamp(maxLength, memory);
    if (!errors.isEmpty()) {
      return Validation.invalid(Vector.ofAll(errors));
    }
    warnAboutRemoteCode(facts);
    return Validation.valid(
        new ResolvedModelConfig(
            request,
            request.modelPath(),
            weightsSnapshot.repoId().equals(snapshot.repoId())
                ? Option.none()
                : Option.of(weightsSnapshot.repoId()),
            weights.stream().map(RepoFile::path).toList(),
            weights.isEmpty() ? Option.none() : weights.get(0).format(),
            weightsSize,
            Option.of(encoding),
            cast,
            Option.of(rope),
            finalLength,
            memory.map(MemoryPlan::maxBatchSize).orElse(request.maxBatchSize()),
            specs,
            kv,
            Option.of(arch),
            facts,
            weightsSnapshot.parameterCount(),
            snapshot
                .generationConfig()
                .map(SamplingDefaults::from)
                .getOrElse(SamplingDefaults.none()),
            DiffusersComponents.of(snapshot),
            memory,
            provenance,
            warnings,
            Option.none()));
  }

  private List<RepoFile> weightFiles() {
    if (!request.weightPath().isEmpty()) {
      // every entry is in the snapshot: ModelConfigResolver checked
      return request.weightPath().stream().map(p -> weightsSnapshot.file(p).get()).toList();
    }
    Map<WeightsFormat, List<RepoFile>> files =
        RepoEncodings.filesFor(weightsSnapshot, encoding, offered);
    if (files.isEmpty() && cast.isDefined()) {
      files = RepoEncodings.filesFor(weightsSnapshot, cast.get().from(), offered);
    }
    List<RepoFile> chosen =
        files.getOrDefault(
            arch.defaultWeightsFormat(), files.values().stream().findFirst().orElse(List.of()));
    if (chosen.isEmpty()) {
      errors.add(
          new ConfigError(
              ErrorCode.NO_COMPATIBLE_WEIGHTS,
              "weight_path",
              "compatible weights cannot be found for '"
                  + encoding.wireName()
                  + "' in the repo '"
                  + weightsSnapshot.repoId()
                  + "'.",
              "Add safetensors or GGUF weights in that encoding, or pass --weight-path."));
    } else {
      provenance =
          provenance.with(
              "weight_path",
              Source.WEIGHTS,
              "files for " + cast.map(c -> c.from()).getOrElse(encoding).wireName());
    }
    return chosen;
  }

  private Option<Long> weightsSize(List<RepoFile> weights) {
    if (weights.isEmpty() || weights.stream().anyMatch(f -> f.size().isEmpty())) {
      return Option.none();
    }
    return Option.of(weights.stream().mapToLong(f -> f.size().get()).sum());
  }

  private ResolvedKvCache kvCache() {
    KvCacheConfig config = ArchitectureKvOverrides.apply(arch, request.kvCache(), warnings);
    if (config.kvCachePageSize() != request.kvCache().kvCachePageSize()) {
      provenance = provenance.with("kv_cache.kv_cache_page_size", Source.ARCHITECTURE, arch.name());
    }
    List<KvCacheStrategy> strategies = arch.supportedEncodings().getOrDefault(encoding, List.of());
    if (!strategies.isEmpty() && !strategies.contains(config.cacheStrategy())) {
      if (config.cacheStrategy() != KvCacheStrategy.MODEL_DEFAULT) {
        warnings.add(
            "cache_strategy "
                + config.cacheStrategy().wireName()
                + " is not supported by "
                + arch.name()
                + "; using "
                + strategies.get(0).wireName()
                + ".");
      }
      config = config.withStrategy(strategies.get(0));
      provenance = provenance.with("kv_cache.cache_strategy", Source.ARCHITECTURE, arch.name());
    }
    // With an encoding the architecture lacks, the strategy stays model_default: not the user's.
    if (arch.hasKvCache() && arch.supports(encoding)) {
      errors.addAll(KvCacheParams.featureErrors(config));
    }
    return new ResolvedKvCache(
        config, KvCacheDtypes.resolve(config.kvCacheFormat(), Option.of(encoding)));
  }

  private Option<MemoryPlan> memoryPlan(
      List<DeviceSpec> specs,
      Option<ModelFacts> facts,
      ResolvedKvCache kv,
      Option<Long> weightsSize,
      Option<Long> maxLength) {
    if (!errors.isEmpty() || !arch.hasKvCache()) {
      return Option.none();
    }
    if (facts.isEmpty() || weightsSize.isEmpty()) {
      warnings.add(
          "No memory plan: "
              + (facts.isEmpty()
                  ? "neither config.json nor a GGUF header gives the model's shape."
                  : "the size of a weight file is unknown."));
      return Option.none();
    }
    List<Device> devices = DevicePlacement.devicesFor(specs, visible);
    if (devices.isEmpty()) {
      warnings.add(
          "No memory plan: the devices chosen ("
              + specs
              + ") are not among those known ("
              + visible.stream().map(d -> d.spec().toString()).toList()
              + "), e.g. a CPU-only encoding with a GPU --target.");
      return Option.none();
    }
    int dp = request.dataParallelDegree();
    Option<Validation<Seq<ConfigError>, KvCacheParams>> params =
        KvCacheSizing.params(facts.get(), kv, devices.size(), dp);
    if (params.isEmpty()) {
      warnings.add(
          "No memory plan: the KV cache size is unknown because the model config gives no "
              + unknownShape(facts.get())
              + ".");
      return Option.none();
    }
    if (params.get().isInvalid()) {
      params.get().getError().forEach(errors::add);
      return Option.none();
    }
    RawModelConfig raw = snapshot.config().getOrElse(RawModelConfig.empty());
    long activation =
        ActivationEstimates.estimate(
            arch.name(),
            raw.integer("num_attention_heads").getOrElse(0L),
            raw.integer("qk_nope_head_dim").getOrElse(0L),
            dp,
            request.maxLength().orElse(maxLength).getOrElse(0L),
            kv.cacheDtype().sizeInBytes());
    MemoryRequest memory =
        new MemoryRequest(
            devices,
            kv.config().deviceMemoryUtilization(),
            weightsSize.get(),
            activation,
            params.get().get(),
            request.maxLength(),
            maxLength.getOrElse(0L),
            request.maxBatchSize(),
            MemoryRequest.DEFAULT_MAX_BATCH_INPUT_TOKENS);
    return MemoryPlanner.plan(memory, warnings)
        .fold(
            e -> {
              errors.add(e);
              return Option.none();
            },
            Option::of);
  }

  /** The names of the KV-cache dimensions the model config leaves unknown. */
  private static String unknownShape(ModelFacts facts) {
    List<String> unknown = new ArrayList<>();
    if (facts.numHiddenLayers().isEmpty()) {
      unknown.add("num_hidden_layers");
    }
    if (facts.kvHeadsForCache().isEmpty()) {
      unknown.add("num_key_value_heads / num_attention_heads");
    }
    if (facts.kvHeadDimForCache().isEmpty()) {
      unknown.add("head_dim (or hidden_size and num_attention_heads)");
    }
    return String.join(", ", unknown);
  }

  private Option<Long> clamp(Option<Long> maxLength, Option<MemoryPlan> memory) {
    if (memory.isEmpty() || maxLength.isEmpty()) {
      return maxLength;
    }
    long fits = memory.get().maxLengthThatFits();
    if (maxLength.get() <= fits) {
      provenance =
          provenance.with(
              "max_length",
              request.maxLength().isDefined()
                  ? provenance.of("max_length")
                  : Origin.of(Source.CONFIG_JSON, "max_position_embeddings"));
      return maxLength;
    }
    warnings.add(
        request.maxLength().isDefined()
            ? "Clamping max_length from "
                + maxLength.get()
                + " to "
                + fits
                + " due to capacity of KV Cache."
            : "Truncated model's default max_length from "
                + maxLength.get()
                + " to "
                + fits
                + " to fit in memory.");
    provenance = provenance.with("max_length", Source.MEMORY, "what the KV cache holds");
    return Option.of(fits);
  }

  private void warnAboutRemoteCode(Option<ModelFacts> facts) {
    if (!request.trustRemoteCode() && facts.exists(ModelFacts::hasAutoMap)) {
      warnings.add(
          "config.json declares auto_map (custom code); engines that load it through transformers "
              + "will need --trust-remote-code. modelconfig reads it as data only.");
    }
  }

  private ConfigError unsupportedByArchitecture() {
    return new ConfigError(
        ErrorCode.ENCODING_NOT_SUPPORTED_BY_ARCHITECTURE,
        "quantization_encoding",
        "quantization_encoding of '"
            + encoding.wireName()
            + "' is not supported by "
            + arch.name()
            + "; it supports "
            + arch.supportedEncodings().keySet().stream().map(SupportedEncoding::wireName).toList()
            + ".",
        "Use one of the supported encodings with --quantization-encoding.");
  }
}
