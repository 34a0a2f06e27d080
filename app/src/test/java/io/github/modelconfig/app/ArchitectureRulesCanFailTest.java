package io.github.modelconfig.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.github.modelconfig.adapter.filesystem.LocalFolderModelRepository;
import io.github.modelconfig.adapter.huggingface.hub.violation.HubClientReadsFormats;
import io.github.modelconfig.adapter.huggingface.violation.HuggingFaceUsesFilesystemAdapter;
import io.github.modelconfig.app.cli.violation.CommandCallsDeviceAdapter;
import io.github.modelconfig.application.violation.PortReadsEnvironmentAndPrints;
import io.github.modelconfig.application.violation.PortUsesAdapter;
import io.github.modelconfig.application.violation.PortUsesGuice;
import io.github.modelconfig.domain.violation.DomainUsesJackson;
import io.github.modelconfig.domain.violation.ValueWithSaltedOrder;
import io.github.modelconfig.domain.violationcyclea.CycleA;
import io.github.modelconfig.domain.violationcycleb.CycleB;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each architecture rule fails on a deliberate violation kept in the test sources. */
class ArchitectureRulesCanFailTest {

  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of(
            "domain purity", ArchitectureRules.DOMAIN_IS_PURE, classes(DomainUsesJackson.class)),
        Arguments.of(
            "ports only on domain",
            ArchitectureRules.PORTS_DEPEND_ONLY_ON_DOMAIN,
            classes(PortUsesGuice.class)),
        Arguments.of(
            "adapters only used by app",
            ArchitectureRules.ADAPTERS_ARE_USED_ONLY_BY_THE_APP,
            classes(PortUsesAdapter.class, LocalFolderModelRepository.class)),
        Arguments.of(
            "adapters independent",
            ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
            classes(HuggingFaceUsesFilesystemAdapter.class)),
        Arguments.of(
            "hub client and formats independent",
            ArchitectureRules.HUB_CLIENT_AND_FORMATS_DO_NOT_KNOW_EACH_OTHER,
            classes(HubClientReadsFormats.class)),
        Arguments.of(
            "guice only in app", ArchitectureRules.GUICE_ONLY_IN_APP, classes(PortUsesGuice.class)),
        Arguments.of(
            "environment only in app",
            ArchitectureRules.ENVIRONMENT_ONLY_IN_APP,
            classes(PortReadsEnvironmentAndPrints.class)),
        Arguments.of(
            "jackson only in hf adapter and app",
            ArchitectureRules.JACKSON_ONLY_IN_HUGGINGFACE_ADAPTER_AND_APP,
            classes(DomainUsesJackson.class)),
        Arguments.of(
            "domain cycle-free",
            ArchitectureRules.DOMAIN_SLICES_ARE_FREE_OF_CYCLES,
            classes(CycleA.class, CycleB.class)),
        Arguments.of(
            "no console outside cli",
            ArchitectureRules.NO_CONSOLE_OUTSIDE_THE_CLI,
            classes(PortReadsEnvironmentAndPrints.class)),
        Arguments.of(
            "values keep a stable order",
            ArchitectureRules.VALUES_KEEP_A_STABLE_ORDER,
            classes(ValueWithSaltedOrder.class)),
        Arguments.of(
            "the cli runs use cases only",
            ArchitectureRules.THE_CLI_RUNS_USE_CASES_ONLY,
            classes(CommandCallsDeviceAdapter.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void givenDeliberateViolation_checkRule_reportsIt(
      String name, ArchRule rule, JavaClasses classes) {
    assertThat(rule.evaluate(classes).hasViolation()).as(name).isTrue();
  }

  private static JavaClasses classes(Class<?>... types) {
    return new ClassFileImporter().importClasses(types);
  }
}
