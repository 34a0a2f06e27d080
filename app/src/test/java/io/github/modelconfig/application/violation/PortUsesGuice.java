package io.github.modelconfig.application.violation;

import com.google.inject.Injector;

/** Deliberate violation: a service that pulls from the injector. */
public final class PortUsesGuice {
  public Object lookup(Injector injector) {
    return injector.getInstance(Object.class);
  }
}
