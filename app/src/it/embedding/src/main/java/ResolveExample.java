import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.ModelConfigApplication;
import io.github.modelconfig.application.port.in.ResolveFailure;
import io.github.modelconfig.application.port.in.ResolveModelConfigUseCase;
import io.github.modelconfig.application.port.in.ResolveQuery;
import io.github.modelconfig.domain.request.RawSetting;
import io.github.modelconfig.domain.resolution.ResolvedModelConfig;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.Map;

/** Example: an application that resolves models with modelconfig as a library. */
public final class ResolveExample {

  private ResolveExample() {}

  /** How {@code model} (a folder or file relative to {@code base}, or a repo id) will be served. */
  public static Either<ResolveFailure, ResolvedModelConfig> resolve(Path base, String model) {
    // This process's Hugging Face environment (HF_HOME, HF_TOKEN, ...) and devices; relative
    // model paths are resolved against base.
    AppSettings settings = AppSettings.from(System.getenv(), base);
    ResolveModelConfigUseCase resolver =
        ModelConfigApplication.create(settings).resolveModelConfig();

    Map<String, RawSetting> request =
        Map.of(
            "model_path", RawSetting.flag("model_path", model),
            "max_length", RawSetting.flag("max_length", "1024"));

    return ResolveQuery.fromSettings(request) // Validation: every bad value at once
        .toEither()
        .<ResolveFailure>mapLeft(ResolveFailure.Invalid::new)
        .flatMap(resolver::resolve); // locate, read metadata, resolve
  }
}
