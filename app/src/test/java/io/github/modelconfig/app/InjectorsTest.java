package io.github.modelconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import io.github.modelconfig.adapter.huggingface.TinyLlamaExample;
import io.github.modelconfig.application.port.in.InspectWeightsUseCase;
import io.github.modelconfig.application.port.in.ListDevicesUseCase;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.application.port.in.ScanCacheUseCase;
import io.github.modelconfig.application.port.out.ModelRepository;
import io.github.modelconfig.domain.repo.Revision;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Guice graph and the factory's are the same graph: same parts, same order, same answers. */
class InjectorsTest {

  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

  @TempDir Path home;
  @TempDir Path work;
  private AppSettings settings;

  @BeforeEach
  void settings() throws IOException {
    // org/tiny is a local folder (relative to the working directory) and a cached repo with
    // another max length: the repository order decides which one answers.
    String config = Files.readString(Path.of("..", "examples", "tiny-llama", "config.json"));
    writeModel(work.resolve("org/tiny"), config);
    writeModel(
        home.resolve("hf-home/hub/models--org--tiny/snapshots/" + COMMIT),
        config.replace("\"max_position_embeddings\": 2048", "\"max_position_embeddings\": 4096"));
    Path refs = Files.createDirectories(home.resolve("hf-home/hub/models--org--tiny/refs"));
    Files.writeString(refs.resolve("main"), COMMIT);
    settings =
        IsolatedSettings.of(home, work, Map.of("HF_HUB_OFFLINE", "1"))
            .withTarget(io.vavr.control.Option.of("h100-80gb"));
  }

  private static void writeModel(Path folder, String config) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("config.json"), config);
    TinyLlamaExample.write(folder.resolve("model.safetensors"));
  }

  private static List<Class<?>> kinds(List<ModelRepository> repositories) {
    return repositories.stream().<Class<?>>map(Object::getClass).toList();
  }

  @Test
  void givenBothGraphs_repositories_areTheSameKindsInTheSameOrder() {
    Injector injector = Injectors.production(settings);

    List<ModelRepository> fromGuice =
        injector.getInstance(ModelConfigApplication.class).repositories();
    List<ModelRepository> fromFactory = ModelConfigApplication.create(settings).repositories();

    assertThat(kinds(fromGuice))
        .extracting(Class::getSimpleName)
        .startsWith("LocalFolderModelRepository", "HfCacheModelRepository")
        .hasSize(3);
    assertThat(kinds(fromGuice)).isEqualTo(kinds(fromFactory));
  }

  @Test
  void givenBothGraphs_useCases_areOneSingletonEachAndServeTheSameModelAnswer() {
    Injector injector = Injectors.production(settings);
    ModelConfigApplication app = injector.getInstance(ModelConfigApplication.class);

    assertThat(injector.getInstance(ResolveModelConfigUseCase.class))
        .isSameAs(app.resolveModelConfig())
        .isSameAs(injector.getInstance(ResolveModelConfigUseCase.class));
    assertThat(injector.getInstance(InspectWeightsUseCase.class)).isSameAs(app.inspectWeights());
    assertThat(injector.getInstance(ScanCacheUseCase.class)).isSameAs(app.scanCache());
    assertThat(injector.getInstance(ListDevicesUseCase.class)).isSameAs(app.listDevices());

    ResolvedModelConfig viaGuice = resolve(injector.getInstance(ResolveModelConfigUseCase.class));
    ResolvedModelConfig viaFactory =
        resolve(ModelConfigApplication.create(settings).resolveModelConfig());
    assertThat(viaGuice).isEqualTo(viaFactory);
    // The local folder's 2048 positions, not the cached copy's 4096: folders are asked first.
    assertThat(viaGuice.maxLength().get()).isEqualTo(2048L);
  }

  @Test
  void givenBothGraphs_inspect_looksInTheSameRepositories() {
    var viaGuice = Injectors.production(settings).getInstance(InspectWeightsUseCase.class);
    var viaFactory = ModelConfigApplication.create(settings).inspectWeights();

    assertThat(viaGuice.inspect("org/tiny", Revision.MAIN).get())
        .isEqualTo(viaFactory.inspect("org/tiny", Revision.MAIN).get());
    assertThat(viaGuice.inspect("org/absent", Revision.MAIN).getLeft().errors().head().code())
        .isEqualTo(
            viaFactory.inspect("org/absent", Revision.MAIN).getLeft().errors().head().code());
  }

  private static ResolvedModelConfig resolve(ResolveModelConfigUseCase resolver) {
    ResolveQuery query =
        ResolveQuery.fromSettings(Map.of("model_path", RawSetting.flag("model_path", "org/tiny")))
            .get();
    return resolver.resolve(query).get();
  }
}
