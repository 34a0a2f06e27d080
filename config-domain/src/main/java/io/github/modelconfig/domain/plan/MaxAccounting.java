package io.github.modelconfig.domain.plan;

import io.github.modelconfig.domain.architecture.SupportedArchitecture;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.error.Checked;
import io.github.modelconfig.domain.error.Warning;
import io.github.modelconfig.domain.kvcache.ResolvedKvCache;
import io.github.modelconfig.domain.memory.MemoryPlan;
import io.github.modelconfig.domain.memory.MemoryPlanning;
import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule: MAX's accounting is {@code resolve}'s own memory plan ({@link MemoryPlanning#plan}, the
 * step resolve runs), made on the layout's {@code tp * dp} GPUs with the max length asked for; MAX
 * shares weights, activation and KV cache evenly over the devices and splits the KV pages over
 * data-parallel replicas. A device's memory is what resolve sees: the free memory.
 */
final class MaxAccounting {

  private MaxAccounting() {}

  static Accounting account(
      ResolvedModelConfig r,
      RuntimeProfile p,
      Layout l,
      long maxLength,
      List<PlanDevice> gpus,
      PlanSettings s) {
    int n = l.tensorParallel() * l.dataParallel();
    if (l.pipelineParallel() > 1) {
      return GpuPool.refused(p, l, maxLength, "MAX has no pipeline parallelism");
    }
    if (gpus.size() < n) {
      return GpuPool.refused(
          p, l, maxLength, "MAX's layout needs " + n + " GPUs, " + gpus.size() + " given");
    }
    SupportedArchitecture arch = r.architecture().get();
    if (n > 1 && l.tensorParallel() > 1 && !arch.multiGpuSupported()) {
      return GpuPool.refused(
          p, l, maxLength, arch.name() + " does not support multiple GPUs in MAX");
    }
    long kvHeads = r.model().flatMap(f -> f.kvHeadsForCache()).getOrElse(1L);
    if (l.tensorParallel() > 1 && kvHeads % l.tensorParallel() != 0) {
      return GpuPool.refused(
          p,
          l,
          maxLength,
          "Number of KV heads ("
              + kvHeads
              + ") must be divisible by the number of devices ("
              + l.tensorParallel()
              + ").");
    }
    List<Device> devices = new ArrayList<>(n);
    List<DeviceSpec> specs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PlanDevice d = gpus.get(i);
      specs.add(DeviceSpec.gpu(i));
      devices.add(
          new Device(
              DeviceSpec.gpu(i),
              d.name(),
              Option.none(),
              d.visibleBytes(),
              d.visibleBytes(),
              Option.none(),
              d.source()));
    }
    ResolvedKvCache kv = r.kvCache();
    if (s.memoryUtilization().isDefined()) {
      kv =
          new ResolvedKvCache(
              kv.config().withMemoryUtilization(s.memoryUtilization().get()), kv.cacheDtype());
    }
    Checked<Option<MemoryPlan>> plan =
        MemoryPlanning.plan(
            new MemoryPlanning.Model(
                arch.name(),
                r.model(),
                r.huggingfaceConfig().getOrElse(RawModelConfig.empty()),
                r.weightsSize(),
                arch.kvCacheQuantization()),
            kv,
            specs,
            devices,
            new MemoryPlanning.Limits(
                Option.of(maxLength),
                Option.of(maxLength),
                r.request().maxBatchSize(),
                l.dataParallel()));
    if (!plan.isValid()) {
      return GpuPool.refused(p, l, maxLength, plan.errors().head().message());
    }
    if (plan.get().isEmpty()) {
      String why =
          plan.warnings().stream().map(Warning::message).findFirst().orElse("no memory plan");
      return GpuPool.refused(p, l, maxLength, why);
    }
    return of(plan.get().get(), p, l, maxLength, gpus, plan.warnings());
  }

  private static Accounting of(
      MemoryPlan mp,
      RuntimeProfile p,
      Layout l,
      long maxLength,
      List<PlanDevice> gpus,
      List<Warning> warnings) {
    int n = mp.devices().size();
    long kvTotal = mp.numPages() * mp.kvBytesPerPage() * mp.dataParallelDegree();
    List<DeviceAccount> accounts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PlanDevice d = gpus.get(i);
      accounts.add(
          new DeviceAccount(
              d.id(),
              d.name(),
              (long) Math.floor(d.visibleBytes() * mp.deviceMemoryUtilization()),
              mp.weightsBytes() / n,
              mp.activationBytes() / n,
              0,
              kvTotal / n,
              0));
    }
    long tokens = mp.numPages() * mp.pageSize();
    boolean fits = mp.fits() && mp.maxLengthThatFits() >= maxLength;
    Option<String> why =
        fits
            ? Option.none()
            : Option.of(
                "MAX's KV cache holds "
                    + mp.maxLengthThatFits()
                    + " tokens per request, fewer than the max length "
                    + maxLength);
    return new Accounting(
        p.kind(),
        p.version(),
        l,
        maxLength,
        tokens,
        (double) tokens / maxLength,
        mp.kvBytesPerToken() / Math.max(1, n),
        mp.pageSize(),
        fits,
        why,
        accounts,
        warnings);
  }
}
