package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;
import io.github.modelconfig.app.ModelConfigApplication;
import io.github.modelconfig.app.cli.picocli.CommandLine;
import io.github.modelconfig.app.cli.picocli.CommandLine.ParseResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * CLI: the application graph of one run, built once after the command line is parsed, from the
 * settings the command's flags decide (see {@link DecidesSettings}); a batch line that decides
 * other settings gets a graph derived from it, once per distinct settings.
 */
final class ApplicationGraph implements Supplier<ModelConfigApplication> {

  private final AppSettings settings;
  private final Function<AppSettings, ModelConfigApplication> factory;
  private final Map<AppSettings, ModelConfigApplication> derived = new ConcurrentHashMap<>();
  private AppSettings decided;
  private ModelConfigApplication built;

  ApplicationGraph(AppSettings settings, Function<AppSettings, ModelConfigApplication> factory) {
    this.settings = settings;
    this.factory = factory;
  }

  /** Decides the settings from the command that will run, and builds the (lazy) graph. */
  void build(ParseResult parsed) {
    List<CommandLine> commands = parsed.asCommandLineList();
    Object command = commands.get(commands.size() - 1).getCommand();
    decided = command instanceof DecidesSettings flags ? flags.decide(settings) : settings;
    built = factory.apply(decided);
  }

  @Override
  public ModelConfigApplication get() {
    if (built == null) {
      throw new IllegalStateException("the application is built once the command line is parsed");
    }
    return built;
  }

  /**
   * The graph for the settings {@code decide} makes of the process's: the built one when they are
   * the command's, else one derived from it (sharing what the change leaves alone).
   */
  ModelConfigApplication with(UnaryOperator<AppSettings> decide) {
    ModelConfigApplication base = get();
    AppSettings other = decide.apply(settings);
    return other.equals(decided) ? base : derived.computeIfAbsent(other, base::derive);
  }
}
