package org.precedent;

import java.util.function.Supplier;

/**
 * A value built once, on first use or ahead of it on another thread; callers that arrive while it
 * is being built wait for it. A build that fails is tried again by the next caller.
 */
final class Deferred<T> {
  private final Supplier<T> build;
  private volatile T value;

  Deferred(Supplier<T> build) {
    this.build = build;
  }

  T get() {
    T built = value;
    if (built != null) {
      return built;
    }
    synchronized (this) {
      if (value == null) {
        value = build.get();
      }
      return value;
    }
  }

  boolean isBuilt() {
    return value != null;
  }
}
