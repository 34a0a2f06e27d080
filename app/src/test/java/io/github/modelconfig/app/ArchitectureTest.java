package io.github.modelconfig.app;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "io.github.modelconfig",
    importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {

  @ArchTest static final ArchRule domain_is_pure = ArchitectureRules.DOMAIN_IS_PURE;

  @ArchTest
  static final ArchRule ports_depend_only_on_the_domain =
      ArchitectureRules.PORTS_DEPEND_ONLY_ON_DOMAIN;

  @ArchTest
  static final ArchRule adapters_are_used_only_by_the_app =
      ArchitectureRules.ADAPTERS_ARE_USED_ONLY_BY_THE_APP;

  @ArchTest
  static final ArchRule adapters_do_not_depend_on_each_other =
      ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;

  @ArchTest
  static final ArchRule hub_client_and_formats_do_not_know_each_other =
      ArchitectureRules.HUB_CLIENT_AND_FORMATS_DO_NOT_KNOW_EACH_OTHER;

  @ArchTest static final ArchRule guice_only_in_the_app = ArchitectureRules.GUICE_ONLY_IN_APP;

  @ArchTest
  static final ArchRule the_environment_is_read_only_in_the_app =
      ArchitectureRules.ENVIRONMENT_ONLY_IN_APP;

  @ArchTest
  static final ArchRule jackson_only_in_the_huggingface_adapter_and_the_app =
      ArchitectureRules.JACKSON_ONLY_IN_HUGGINGFACE_ADAPTER_AND_APP;

  @ArchTest
  static final ArchRule domain_slices_are_free_of_cycles =
      ArchitectureRules.DOMAIN_SLICES_ARE_FREE_OF_CYCLES;

  @ArchTest
  static final ArchRule no_console_output_outside_the_cli =
      ArchitectureRules.NO_CONSOLE_OUTSIDE_THE_CLI;

  @ArchTest
  static final ArchRule values_keep_a_stable_order = ArchitectureRules.VALUES_KEEP_A_STABLE_ORDER;

  @ArchTest
  static final ArchRule the_cli_runs_use_cases_only = ArchitectureRules.THE_CLI_RUNS_USE_CASES_ONLY;
}
