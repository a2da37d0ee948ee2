package org.precedent.server;

import io.javalin.Javalin;
import org.precedent.KnowledgeBase;

/** Routes of the check stage. Placeholder: registers nothing until the stage lands. */
final class CheckRoutes {
  private final KnowledgeBase kb;

  CheckRoutes(KnowledgeBase kb) {
    this.kb = kb;
  }

  void register(Javalin app) {
    if (kb == null) {
      throw new IllegalArgumentException("knowledge base required");
    }
  }
}
