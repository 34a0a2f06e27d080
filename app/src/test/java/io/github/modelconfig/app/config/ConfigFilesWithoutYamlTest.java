package io.github.modelconfig.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.modelconfig.domain.request.Fields;
import io.vavr.control.Option;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jackson-dataformat-yaml is optional: {@link ConfigFiles} loaded in a class loader that has the
 * app, the domain, Vavr and jackson-databind but no YAML library reads JSON files, and answers a
 * YAML file with an error that says what is missing (no {@code NoClassDefFoundError}).
 */
class ConfigFilesWithoutYamlTest {

  @TempDir Path dir;

  private static URL jarOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  private static Object load(ClassLoader loader, Path file) throws Exception {
    Class<?> files = loader.loadClass(ConfigFiles.class.getName());
    Class<?> option = loader.loadClass(Option.class.getName());
    Object none = option.getMethod("none").invoke(null);
    Method load = files.getMethod("load", Path.class, option);
    return load.invoke(null, file, none);
  }

  private static Object call(Object target, String method) throws Exception {
    return target.getClass().getMethod(method).invoke(target);
  }

  @Test
  void givenNoYamlLibrary_load_readsJsonAndExplainsWhatAYamlFileNeeds() throws Exception {
    Path yaml = Files.writeString(dir.resolve("serve.yaml"), "max_length: 10\n");
    Path json = Files.writeString(dir.resolve("serve.json"), "{\"max_length\": 10}");
    URL[] withoutYaml = {
      jarOf(ConfigFiles.class),
      jarOf(Fields.class),
      jarOf(Option.class),
      jarOf(ObjectMapper.class),
      jarOf(JsonFactory.class),
      jarOf(JsonCreator.class)
    };
    try (URLClassLoader loader =
        new URLClassLoader(withoutYaml, ClassLoader.getPlatformClassLoader())) {
      assertThat(loader.getResource("com/fasterxml/jackson/dataformat/yaml/YAMLMapper.class"))
          .as("the YAML library is hidden")
          .isNull();

      Object fromJson = load(loader, json);
      Object fromYaml = load(loader, yaml);

      assertThat(call(fromJson, "isValid")).as(String.valueOf(fromJson)).isEqualTo(true);
      assertThat(String.valueOf(call(fromJson, "get")))
          .startsWith("{max_length=RawSetting[value=10");
      assertThat(String.valueOf(call(fromYaml, "getError")))
          .contains(
              "config_file",
              "reading YAML needs jackson-dataformat-yaml, which is not on the class path",
              "write the settings as a JSON file");
    }
  }
}
