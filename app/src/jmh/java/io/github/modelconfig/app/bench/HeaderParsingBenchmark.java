package io.github.modelconfig.app.bench;

import io.github.modelconfig.adapter.filesystem.LocalFolderModelRepository;
import io.github.modelconfig.adapter.huggingface.format.HuggingFaceFormats;
import io.github.modelconfig.application.port.out.ByteSource;
import io.github.modelconfig.application.port.out.ModelFiles;
import io.github.modelconfig.application.port.out.ModelReference;
import io.github.modelconfig.application.port.out.RepositoryFailure;
import io.github.modelconfig.application.port.out.WeightsInspector;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.weights.GgufArray;
import io.github.modelconfig.domain.weights.GgufMetadata;
import io.github.modelconfig.domain.weights.SafetensorsHeader;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
 * Benchmark: reading one weight-file header the way {@code modelconfig inspect} does (open the file
 * of a local folder through {@link ModelFiles#open}, parse it with the {@link WeightsInspector} of
 * {@link HuggingFaceFormats}, close it), warm JIT and page cache, one thread. Files: a bf16
 * safetensors with the 291 tensors of Llama-3.1-8B, and a Q4_K GGUF with its 128,256-token
 * vocabulary, 280,147 merges and 291 tensor infos; each at ~1 GB, 8B (16 GB / 4.7 GB) and ~140 GB
 * of sparse data with the same tensors. Run (microseconds per header; add {@code -bm thrpt -tu s}
 * for headers per second): {@code ./mvnw -B -pl app -am -Pbench -DskipTests test
 * -Djmh.args=HeaderParsingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Threads(1)
public class HeaderParsingBenchmark {

  @Param({"safetensors", "gguf"})
  public String format;

  /** The data size behind the same header: ~1 GB, Llama-3.1-8B's own, or ~140 GB. */
  @Param({"1gb", "8b", "140gb"})
  public String size;

  private Path folder;
  private String file;
  private ModelFiles files;
  private final WeightsInspector inspector = HuggingFaceFormats.weightsInspector();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    boolean gguf = format.equals("gguf");
    LlamaWeightFiles shape =
        switch (size) {
          case "1gb" -> gguf ? LlamaWeightFiles.GGUF_1GB : LlamaWeightFiles.SAFETENSORS_1GB;
          case "8b" -> LlamaWeightFiles.LLAMA_8B;
          case "140gb" -> gguf ? LlamaWeightFiles.GGUF_140GB : LlamaWeightFiles.SAFETENSORS_140GB;
          default -> throw new IllegalArgumentException(size);
        };
    folder = Files.createTempDirectory("modelconfig-header-bench-");
    file = gguf ? "model-q4_k.gguf" : "model.safetensors";
    long length =
        gguf ? shape.writeGguf(folder.resolve(file)) : shape.writeSafetensors(folder.resolve(file));
    Either<RepositoryFailure, Option<ModelFiles>> found =
        new LocalFolderModelRepository(folder.getParent())
            .find(new ModelReference(folder.toString(), Revision.MAIN));
    if (found.isLeft() || found.get().isEmpty()) {
      throw new IllegalStateException("the bench folder is not found: " + found);
    }
    files = found.get().get();
    Object header = readHeader().getOrElseThrow(f -> new IllegalStateException(f.toString()));
    System.out.println(check(header, length));
  }

  /** Fails the trial unless the header is the one written; describes it for the log. */
  private static String check(Object header, long length) {
    if (header instanceof GgufMetadata g) {
      long tokens =
          Option.of(g.arrays().get("tokenizer.ggml.tokens")).map(GgufArray::count).getOrElse(0L);
      if (g.tensorCount() != 291 || tokens != LlamaWeightFiles.VOCAB) {
        throw new IllegalStateException("unexpected GGUF header: " + g.tensorCount());
      }
      return String.format(
          "GGUF: %d tensors, %d tokens, %,d header bytes, %,d file bytes, %,d parameters",
          g.tensorCount(), tokens, g.headerBytes(), length, g.totalParameters());
    }
    SafetensorsHeader h = (SafetensorsHeader) header;
    if (h.tensorCount() != 291) {
      throw new IllegalStateException("unexpected safetensors header: " + h.tensorCount());
    }
    return String.format(
        "safetensors: %d tensors, %,d header bytes, %,d file bytes, %,d parameters",
        h.tensorCount(), h.headerBytes(), length, h.totalParameters());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public Either<RepositoryFailure, ?> readHeader() {
    return files
        .open(file)
        .flatMap(
            source -> {
              try (ByteSource s = source) {
                return format.equals("gguf") ? inspector.gguf(s) : inspector.safetensors(s);
              }
            });
  }
}
