package io.github.modelconfig.domain.violationcycleb;

import io.github.modelconfig.domain.violationcyclea.CycleA;

/** Deliberate violation: the other half of a package cycle. */
public final class CycleB {
  public CycleA other() {
    return new CycleA();
  }
}
