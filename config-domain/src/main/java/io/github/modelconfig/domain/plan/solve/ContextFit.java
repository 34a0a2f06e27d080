package io.github.modelconfig.domain.plan.solve;

import io.github.modelconfig.domain.plan.Layout;

/**
 * Rule: the longest context a layout serves within its bounds: the cap when it meets the request
 * there (one evaluation, the common case), else a binary search in steps of the runtime's rounding
 * between the floor (which must meet it) and the cap; what the KV cache holds falls as the context
 * grows, so the first failure bounds the search.
 */
final class ContextFit {

  private ContextFit() {}

  static Candidate longest(Evaluator e, Layout l, ContextBounds b) {
    Candidate atCap = e.at(l, b.cap());
    if (atCap.meets() || b.floor() == b.cap()) {
      return atCap;
    }
    Candidate atFloor = e.at(l, b.floor());
    if (!atFloor.meets()) {
      return atFloor;
    }
    long lo = b.floor() / b.step();
    long hi = b.cap() / b.step();
    Candidate best = atFloor;
    while (lo + 1 < hi) {
      long mid = (lo + hi) >>> 1;
      Candidate c = e.at(l, Math.max(b.floor(), mid * b.step()));
      if (c.meets()) {
        lo = mid;
        best = c;
      } else {
        hi = mid;
      }
    }
    return best;
  }
}
