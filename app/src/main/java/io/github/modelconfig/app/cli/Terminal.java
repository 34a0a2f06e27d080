package io.github.modelconfig.app.cli;

/**
 * CLI value: whether output goes to an interactive terminal (colour, progress bars) and its width.
 */
public record Terminal(boolean interactive, boolean colour, int width) {

  public static Terminal plain() {
    return new Terminal(false, false, 80);
  }

  /** A terminal when the console is attached and NO_COLOR is unset. */
  public static Terminal detect() {
    boolean interactive = System.console() != null;
    boolean colour =
        interactive && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    int width = 80;
    try {
      String columns = System.getenv("COLUMNS");
      if (columns != null) {
        width = Math.max(40, Integer.parseInt(columns.trim()));
      }
    } catch (NumberFormatException e) {
      width = 80;
    }
    return new Terminal(interactive, colour, width);
  }
}
