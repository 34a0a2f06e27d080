package io.github.modelconfig.domain.diffusers;

import io.github.modelconfig.domain.model.RawModelConfig;
import io.github.modelconfig.domain.repo.ModelSnapshot;
import io.github.modelconfig.domain.weights.RepoFile;
import io.vavr.control.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule: a diffusers pipeline's components (reference §7.3). A component's config is {@code
 * <component>/config.json} or {@code <component>/<key>_config.json} ({@code key} = the name up to
 * its first {@code _}); unlike MAX, files at any depth are accepted (deeper ones are not configs)
 * instead of failing the whole lookup.
 */
public final class DiffusersComponents {

  private DiffusersComponents() {}

  /** The repo paths that hold component configs, keyed by component name, in listing order. */
  public static Map<String, String> configPaths(List<RepoFile> files) {
    Map<String, String> paths = new LinkedHashMap<>();
    for (RepoFile file : files) {
      String path = file.path();
      int slash = path.indexOf('/');
      if (slash <= 0 || path.indexOf('/', slash + 1) >= 0) {
        continue;
      }
      String component = path.substring(0, slash);
      String target = path.substring(slash + 1);
      int underscore = component.indexOf('_');
      String key = underscore < 0 ? component : component.substring(0, underscore);
      if (target.equals("config.json") || target.equals(key + "_config.json")) {
        paths.putIfAbsent(component, path);
      }
    }
    return paths;
  }

  /** The pipeline described by {@code model_index.json}, when the snapshot is one. */
  public static Option<DiffusersConfig> of(ModelSnapshot snapshot) {
    return snapshot.modelIndex().map(index -> build(index, snapshot.componentConfigs()));
  }

  private static DiffusersConfig build(RawModelConfig index, Map<String, RawModelConfig> configs) {
    Map<String, DiffusersConfig.Component> components = new LinkedHashMap<>();
    index
        .values()
        .forEach(
            (name, value) -> {
              if (!name.startsWith("_")
                  && value instanceof List<?> pair
                  && pair.size() == 2
                  && pair.get(0) instanceof String library
                  && pair.get(1) instanceof String className) {
                components.put(
                    name,
                    new DiffusersConfig.Component(
                        library, className, configs.getOrDefault(name, RawModelConfig.empty())));
              }
            });
    return new DiffusersConfig(
        index.string("_class_name").getOrElse(""), index.string("_diffusers_version"), components);
  }
}
