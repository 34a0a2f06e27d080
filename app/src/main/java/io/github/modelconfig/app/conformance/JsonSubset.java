package io.github.modelconfig.app.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Conformance: compares an output with the expected subset: every expected key must be there with
 * an equal value (objects recursively, arrays element by element and of the same length); numbers
 * within the case's tolerance for their JSON Pointer ({@code {"relative": r}} and/or {@code
 * {"absolute": a}}), else equal up to 1e-9 relative (text renderings of one double differ).
 */
public final class JsonSubset {

  /** No tolerances: numbers compare exactly (fractions up to 1e-9 relative). */
  public static final JsonNode EXACT =
      com.fasterxml.jackson.databind.node.MissingNode.getInstance();

  private static final double DEFAULT_RELATIVE = 1e-9;

  private JsonSubset() {}

  /** The differences of {@code actual} from the {@code expected} subset, by JSON Pointer. */
  public static List<Difference> compare(JsonNode expected, JsonNode actual, JsonNode tolerances) {
    List<Difference> differences = new ArrayList<>();
    compare("", expected, actual, tolerances, differences);
    return differences;
  }

  private static void compare(
      String pointer,
      JsonNode expected,
      JsonNode actual,
      JsonNode tolerances,
      List<Difference> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(new Difference(shown(pointer), expected.toString(), "no such key"));
    } else if (expected.isObject()) {
      if (!actual.isObject()) {
        out.add(new Difference(shown(pointer), "an object", actual.toString()));
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        compare(
            pointer + "/" + escape(e.getKey()),
            e.getValue(),
            actual.get(e.getKey()),
            tolerances,
            out);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        out.add(new Difference(shown(pointer), expected.toString(), actual.toString()));
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(pointer + "/" + i, expected.get(i), actual.get(i), tolerances, out);
      }
    } else if (expected.isNumber()) {
      if (!actual.isNumber() || !close(expected, actual, tolerances.path(pointer))) {
        out.add(
            new Difference(
                shown(pointer), expected + within(tolerances.path(pointer)), actual.toString()));
      }
    } else if (!expected.equals(actual)) {
      out.add(new Difference(shown(pointer), expected.toString(), actual.toString()));
    }
  }

  private static boolean close(JsonNode expected, JsonNode actual, JsonNode tolerance) {
    if (expected.isIntegralNumber() && actual.isIntegralNumber() && tolerance.isMissingNode()) {
      return expected.bigIntegerValue().equals(actual.bigIntegerValue());
    }
    double e = expected.asDouble();
    double a = actual.asDouble();
    double allowed =
        Math.max(
            tolerance.path("absolute").asDouble(0),
            Math.abs(e) * tolerance.path("relative").asDouble(DEFAULT_RELATIVE));
    return Math.abs(e - a) <= allowed;
  }

  private static String within(JsonNode tolerance) {
    return tolerance.isMissingNode() ? "" : " within " + tolerance;
  }

  private static String shown(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
