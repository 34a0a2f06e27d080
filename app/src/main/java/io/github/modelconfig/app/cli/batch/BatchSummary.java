package io.github.modelconfig.app.cli.batch;

import io.github.modelconfig.app.cli.ExitCode;
import io.github.modelconfig.domain.error.Category;
import io.github.modelconfig.domain.error.ConfigError;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Batch: the tally of a batch, kept as its lines are written (one thread at a time): lines by
 * status, and for each error code the lines that reported it (once per line) and the first of them;
 * then the exit code: 0 when every line resolved, else as a single failure's would be (2 for mixed
 * failures, 1 when a line hit a bug).
 */
final class BatchSummary {

  /** Lines with one error code, and the first of them. */
  private static final class Code {
    private final LineStatus status;
    private final int firstLine;
    private int lines;

    private Code(LineStatus status, int firstLine) {
      this.status = status;
      this.firstLine = firstLine;
    }
  }

  private final Map<LineStatus, Integer> byStatus = new EnumMap<>(LineStatus.class);
  private final Map<String, Code> byCode = new TreeMap<>();
  private final Set<Category> categories = new LinkedHashSet<>();
  private int lines;

  void add(LineOutcome outcome) {
    lines++;
    byStatus.merge(outcome.status(), 1, Integer::sum);
    Set<String> seen = new LinkedHashSet<>();
    for (ConfigError e : outcome.errors()) {
      categories.add(e.category());
      if (seen.add(e.code().wireName())) {
        byCode.computeIfAbsent(e.code().wireName(), c -> new Code(outcome.status(), outcome.line()))
            .lines++;
      }
    }
  }

  int lines() {
    return lines;
  }

  int count(LineStatus status) {
    return byStatus.getOrDefault(status, 0);
  }

  int exitCode() {
    if (count(LineStatus.BUG) > 0) {
      return ExitCode.BUG.code();
    }
    if (count(LineStatus.RESOLVED) == lines) {
      return ExitCode.OK.code();
    }
    return categories.size() == 1
        ? ExitCode.of(categories.iterator().next()).code()
        : ExitCode.INVALID.code();
  }

  /** One line of counts: {@code 36 lines: 34 resolved, 2 invalid, 0 unavailable}. */
  String counts() {
    String text =
        lines
            + (lines == 1 ? " line: " : " lines: ")
            + count(LineStatus.RESOLVED)
            + " resolved, "
            + count(LineStatus.INVALID)
            + " invalid, "
            + count(LineStatus.UNAVAILABLE)
            + " unavailable";
    int bugs = count(LineStatus.BUG);
    return bugs == 0 ? text : text + ", " + bugs + " internal errors";
  }

  /** Nanoseconds as seconds with two decimals, without the formatter's locale data. */
  static String seconds(long nanos) {
    long hundredths = (nanos + 5_000_000) / 10_000_000;
    long rest = hundredths % 100;
    return hundredths / 100 + (rest < 10 ? ".0" : ".") + rest;
  }

  /** The counts, then one line per error code, most frequent first. */
  void print(PrintWriter err, long nanos) {
    err.println("modelconfig: " + counts() + " (" + seconds(nanos) + " s)");
    List<Map.Entry<String, Code>> codes = new ArrayList<>(byCode.entrySet());
    codes.sort(Comparator.comparingInt((Map.Entry<String, Code> e) -> -e.getValue().lines));
    for (Map.Entry<String, Code> e : codes) {
      Code code = e.getValue();
      err.println(
          "  "
              + code.status.name().toLowerCase(Locale.ROOT)
              + " "
              + e.getKey()
              + ": "
              + code.lines
              + (code.lines == 1 ? " line" : " lines")
              + ", first line "
              + code.firstLine);
    }
    err.flush();
  }
}
