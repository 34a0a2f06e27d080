package io.github.modelconfig.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Test support: the architecture rules of docs/adr/0001, shared by the suite and its self-check.
 */
final class ArchitectureRules {

  static final ArchRule DOMAIN_IS_PURE =
      classes()
          .that()
          .resideInAPackage("io.github.modelconfig.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.vavr..", "io.github.modelconfig.domain..")
          .because("the domain is pure rules: JDK and Vavr only, no I/O frameworks");

  static final ArchRule PORTS_DEPEND_ONLY_ON_DOMAIN =
      classes()
          .that()
          .resideInAPackage("io.github.modelconfig.application..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "io.vavr..",
              "io.github.modelconfig.domain..",
              "io.github.modelconfig.application..")
          .because("the application ring knows the domain, never adapters or frameworks");

  static final ArchRule ADAPTERS_ARE_USED_ONLY_BY_THE_APP =
      classes()
          .that()
          .resideInAPackage("io.github.modelconfig.adapter..")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAnyPackage("io.github.modelconfig.adapter..", "io.github.modelconfig.app..")
          .because("only the composition root wires adapters to ports");

  static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER =
      slices()
          .matching("io.github.modelconfig.adapter.(*)..")
          .should()
          .notDependOnEachOther()
          .because("adapters implement ports independently");

  static final ArchRule HUB_CLIENT_AND_FORMATS_DO_NOT_KNOW_EACH_OTHER =
      CompositeArchRule.of(
              noClasses()
                  .that()
                  .resideInAPackage("io.github.modelconfig.adapter.huggingface.hub..")
                  .should()
                  .dependOnClassesThat()
                  .resideInAPackage("io.github.modelconfig.adapter.huggingface.format..")
                  .allowEmptyShould(true))
          .and(
              noClasses()
                  .that()
                  .resideInAPackage("io.github.modelconfig.adapter.huggingface.format..")
                  .should()
                  .dependOnClassesThat()
                  .resideInAPackage("io.github.modelconfig.adapter.huggingface.hub..")
                  .allowEmptyShould(true))
          .because(
              "the Hub client moves bytes and the formats read them; they meet only in the"
                  + " composition root, so either can change or be used alone");

  static final ArchRule GUICE_ONLY_IN_APP =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.github.modelconfig.app..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.google.inject..", "jakarta.inject..")
          .because("Guice is the composition root's business");

  static final ArchRule ENVIRONMENT_ONLY_IN_APP =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.github.modelconfig.app..")
          .should()
          .callMethod(System.class, "getenv")
          .orShould()
          .callMethod(System.class, "getenv", String.class)
          .because("adapters receive settings as values; only the app reads the environment");

  static final ArchRule JACKSON_ONLY_IN_HUGGINGFACE_ADAPTER_AND_APP =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "io.github.modelconfig.adapter.huggingface..", "io.github.modelconfig.app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..")
          .because("JSON parsing belongs to the Hugging Face formats adapter and the CLI");

  static final ArchRule DOMAIN_SLICES_ARE_FREE_OF_CYCLES =
      slices()
          .matching("io.github.modelconfig.domain.(*)..")
          .should()
          .beFreeOfCycles()
          .because("domain concepts are layered: values below, resolution steps above");

  static final ArchRule NO_CONSOLE_OUTSIDE_THE_CLI =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.github.modelconfig.app.cli..")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("only the CLI talks to the terminal; libraries report through values");

  static final ArchRule VALUES_KEEP_A_STABLE_ORDER =
      noClasses()
          .that()
          .resideInAPackage("io.github.modelconfig..")
          .should()
          .callMethod(Map.class, "copyOf", Map.class)
          .orShould()
          .callMethod(Set.class, "copyOf", Collection.class)
          .because(
              "Map.copyOf and Set.copyOf iterate in an order salted per JVM run; output built from"
                  + " them differs between two runs on the same input (use an ordered copy)");

  static final ArchRule THE_CLI_RUNS_USE_CASES_ONLY =
      noClasses()
          .that()
          .resideInAPackage("io.github.modelconfig.app.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.github.modelconfig.adapter..",
              "io.github.modelconfig.application.service..",
              "com.google.inject..")
          .because(
              "commands get their use cases from the composition root; adapters (devices too) are"
                  + " reached only through ports, and Guice is not on the CLI's path");

  private ArchitectureRules() {}
}
