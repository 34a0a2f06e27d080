package io.github.modelconfig.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Conformance: a case's {@code expect} against one run: {@code exit_code}; {@code schema} (the name
 * the output's {@code $schema} must carry); {@code json}, a subset with {@code tolerance} by JSON
 * Pointer; {@code errors}, the exact set of {@code {code, field}} pairs (all at once, any order);
 * {@code warnings_include}, texts some warning must contain.
 */
final class Expectations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Expectations() {}

  static List<Difference> check(JsonNode expect, Implementation.Run run) {
    List<Difference> out = new ArrayList<>();
    int exit = expect.path("exit_code").asInt();
    if (run.exitCode() != exit) {
      out.add(
          new Difference("exit_code", Integer.toString(exit), Integer.toString(run.exitCode())));
    }
    JsonNode actual;
    try {
      actual = JSON.readTree(run.stdout());
    } catch (IOException e) {
      out.add(new Difference("/", "one JSON object on stdout", abbreviated(run.stdout())));
      return out;
    }
    if (actual == null || !actual.isObject()) {
      out.add(new Difference("/", "one JSON object on stdout", abbreviated(run.stdout())));
      return out;
    }
    if (expect.has("schema")) {
      String prefix = CaseRunner.SCHEMA_BASE + expect.get("schema").asText() + "/";
      String named = actual.path("$schema").asText("");
      if (!named.startsWith(prefix)) {
        out.add(
            new Difference(
                "/$schema", prefix + "<version>.json", actual.path("$schema").toString()));
      }
    }
    if (expect.has("json")) {
      out.addAll(JsonSubset.compare(expect.get("json"), actual, expect.path("tolerance")));
    }
    if (expect.has("errors")) {
      out.addAll(errors(expect.get("errors"), actual.path("errors")));
    } else if (actual.has("errors") && !actual.path("errors").isEmpty()) {
      List<String> messages = new ArrayList<>();
      actual
          .get("errors")
          .forEach(
              e ->
                  messages.add(
                      e.path("code").asText()
                          + " on "
                          + e.path("field").asText()
                          + ": "
                          + e.path("message").asText()));
      out.add(new Difference("/errors", "none", messages.toString()));
    }
    for (JsonNode text : expect.path("warnings_include")) {
      boolean found = false;
      for (JsonNode w : actual.path("warnings")) {
        found |= w.asText().contains(text.asText());
      }
      if (!found) {
        out.add(
            new Difference(
                "/warnings", "a warning containing " + text, actual.path("warnings").toString()));
      }
    }
    return out;
  }

  private static List<Difference> errors(JsonNode expected, JsonNode actual) {
    TreeSet<String> want = pairs(expected);
    TreeSet<String> got = pairs(actual);
    List<Difference> out = new ArrayList<>();
    if (!want.equals(got)) {
      TreeSet<String> missing = new TreeSet<>(want);
      missing.removeAll(got);
      TreeSet<String> extra = new TreeSet<>(got);
      extra.removeAll(want);
      out.add(
          new Difference(
              "/errors",
              "exactly " + want + (missing.isEmpty() ? "" : " (missing " + missing + ")"),
              got + (extra.isEmpty() ? "" : " (unexpected " + extra + ")")));
    }
    return out;
  }

  private static TreeSet<String> pairs(JsonNode errors) {
    TreeSet<String> pairs = new TreeSet<>();
    errors.forEach(e -> pairs.add(e.path("code").asText() + " on " + e.path("field").asText()));
    return pairs;
  }

  private static String abbreviated(String text) {
    String t = text.strip();
    return t.isEmpty() ? "nothing" : t.length() > 200 ? t.substring(0, 200) + "..." : t;
  }
}
