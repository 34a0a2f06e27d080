package io.github.modelconfig.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Test support: skips the modules' test-jars (shared test fixtures), which are not production code.
 */
public final class DoNotIncludeTestJars implements ImportOption {

  @Override
  public boolean includes(Location location) {
    return !location.contains("-tests.jar") && !location.contains("/test-classes/");
  }
}
