package io.github.modelconfig.domain.violationcyclea;

import io.github.modelconfig.domain.violationcycleb.CycleB;

/** Deliberate violation: one half of a package cycle. */
public final class CycleA {
  public CycleB other() {
    return new CycleB();
  }
}
