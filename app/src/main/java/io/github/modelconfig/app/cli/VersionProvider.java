package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.cli.picocli.CommandLine;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** CLI: the version, from the properties Maven writes at build time. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/modelconfig-version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {
      "modelconfig " + properties.getProperty("version", "unknown"),
      "Java " + System.getProperty("java.version")
    };
  }
}
