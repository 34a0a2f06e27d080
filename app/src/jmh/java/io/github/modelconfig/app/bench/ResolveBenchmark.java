package io.github.modelconfig.app.bench;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.ModelConfigs;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.out.DeviceCatalog;
import io.github.modelconfig.application.port.out.InMemoryDeviceCatalog;
import io.github.modelconfig.domain.architecture.ArchitectureRegistry;
import io.github.modelconfig.domain.device.Device;
import io.github.modelconfig.domain.device.DeviceSpec;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.github.modelconfig.domain.provenance.Source;
import io.github.modelconfig.domain.error.ConfigError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark: in-process resolution of a local 30-shard Llama-shaped repo by one thread with warm
 * JIT and page cache, through the library facade, for a ~1 GB and a ~140 GB sparse repo of the
 * same shape, listing the folder on every call or at most once a second. Run: {@code ./mvnw -B -pl
 * app -am -Pbench -DskipTests test}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Threads(1)
public class ResolveBenchmark {

  @Param({"1gb", "140gb"})
  public String size;

  /** How often the folder is listed again: every call ("0s"), or at most once a second. */
  @Param({"0s", "1s"})
  public String recheck;

  private Path folder;
  private ResolveModelConfigUseCase resolver;
  private ResolveQuery query;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("modelconfig-bench-");
    ShardedRepo shape = size.equals("1gb") ? ShardedRepo.ONE_GB : ShardedRepo.HUNDRED_FORTY_GB;
    shape.write(folder);
    // A large host CPU, so that the F32 plan fits and the resolution succeeds end to end.
    long tib = 1L << 40;
    Device cpu =
        new Device(DeviceSpec.cpu(), "bench cpu", Option.none(), tib, tib, Option.none(), "bench");
    DeviceCatalog devices = InMemoryDeviceCatalog.of(cpu);
    AppSettings settings = AppSettings.from(Map.of(), folder.getParent());
    resolver =
        ModelConfigs.resolver(
            settings,
            ArchitectureRegistry.defaults(),
            devices,
            Duration.ofSeconds(Long.parseLong(recheck.replace("s", ""))));
    Validation<Seq<ConfigError>, ResolveQuery> bound =
        ResolveQuery.fromSettings(
            Map.of("model_path", new RawSetting(folder.toString(), Source.USER, "benchmark")));
    if (bound.isInvalid()) {
      throw new IllegalStateException(bound.getError().toString());
    }
    query = bound.get();
    Either<ResolveFailure, ResolvedModelConfig> first = resolver.resolve(query);
    if (first.isLeft()) {
      throw new IllegalStateException("the bench repo does not resolve: " + first.getLeft());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public Either<ResolveFailure, ResolvedModelConfig> resolveLocalFolder() {
    return resolver.resolve(query);
  }
}
