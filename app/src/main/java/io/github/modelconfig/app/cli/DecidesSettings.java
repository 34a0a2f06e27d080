package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.AppSettings;

/**
 * CLI: a command whose flags decide the settings the application is built from ({@code --offline},
 * {@code --target}); asked once the command line is parsed, before the graph is built.
 */
interface DecidesSettings {

  AppSettings decide(AppSettings settings);
}
