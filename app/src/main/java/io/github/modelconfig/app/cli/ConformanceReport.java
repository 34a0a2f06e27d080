package io.github.modelconfig.app.cli;

import io.github.modelconfig.app.conformance.CaseResult;
import io.github.modelconfig.app.conformance.ConformanceCase;
import io.github.modelconfig.app.conformance.Difference;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CLI: the conformance report: a line per case and a summary, or the JSON of the schema. */
record ConformanceReport(String implementation, Path cases, List<CaseResult> results) {

  ConformanceReport {
    results = List.copyOf(results);
  }

  boolean allPassed() {
    return results.stream().allMatch(CaseResult::passed);
  }

  static void line(PrintWriter out, CaseResult r) {
    ConformanceCase c = r.testCase();
    out.println((r.passed() ? "PASS  " : "FAIL  ") + c.kind() + "/" + c.id());
    for (Difference d : r.differences()) {
      out.println("      " + d);
    }
    out.flush();
  }

  String summary() {
    long passed = results.stream().filter(CaseResult::passed).count();
    StringBuilder kinds = new StringBuilder();
    counts()
        .forEach(
            (kind, counts) ->
                kinds
                    .append(kinds.length() == 0 ? "" : ", ")
                    .append(kind)
                    .append(' ')
                    .append(counts[0])
                    .append('/')
                    .append(counts[0] + counts[1]));
    return String.format(
        "%d cases: %d passed, %d failed (%s) against %s",
        results.size(), passed, results.size() - passed, kinds, implementation);
  }

  Map<String, Object> json() {
    Map<String, Object> j = new LinkedHashMap<>();
    long passed = results.stream().filter(CaseResult::passed).count();
    j.put("implementation", implementation);
    j.put("cases_dir", cases.toString());
    j.put("total", results.size());
    j.put("passed", passed);
    j.put("failed", results.size() - passed);
    j.put("by_kind", byKind());
    j.put("cases", results.stream().map(ConformanceReport::result).toList());
    return j;
  }

  private Map<String, Object> byKind() {
    Map<String, Object> kinds = new LinkedHashMap<>();
    counts()
        .forEach((kind, c) -> kinds.put(kind, ResolvedJson.map("passed", c[0], "failed", c[1])));
    return kinds;
  }

  /** Per kind that has cases: {passed, failed}. */
  private Map<String, long[]> counts() {
    Map<String, long[]> kinds = new LinkedHashMap<>();
    for (String kind : ConformanceCase.KINDS) {
      List<CaseResult> of = results.stream().filter(r -> r.testCase().kind().equals(kind)).toList();
      if (!of.isEmpty()) {
        long passed = of.stream().filter(CaseResult::passed).count();
        kinds.put(kind, new long[] {passed, of.size() - passed});
      }
    }
    return kinds;
  }

  private static Map<String, Object> result(CaseResult r) {
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("id", r.testCase().id());
    j.put("kind", r.testCase().kind());
    j.put("status", r.passed() ? "passed" : "failed");
    j.put("exit_code", r.exitCode());
    j.put(
        "differences",
        r.differences().stream()
            .map(
                d ->
                    ResolvedJson.map(
                        "pointer", d.pointer(), "expected", d.expected(), "actual", d.actual()))
            .toList());
    return j;
  }
}
