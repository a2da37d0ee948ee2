package org.precedent.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.precedent.KnowledgeBase;
import org.precedent.corpus.ProvisionId;

/** Health, instruments and provisions: the read-only routes every other part links to. */
final class CoreRoutes {
  private final KnowledgeBase kb;

  CoreRoutes(KnowledgeBase kb) {
    this.kb = kb;
  }

  void register(Javalin app) {
    app.get("/health", ctx -> ctx.json(kb.health()));
    byte[] openapi = OpenApiDocument.build();
    app.get(OpenApiDocument.PATH, ctx -> ctx.contentType("application/json").result(openapi));
    app.get("/api/instruments", ctx -> ctx.json(kb.instruments()));
    app.get("/api/instruments/{id}", this::instrument);
    app.get("/api/provisions/{instrument}/{eid}", this::provision);
  }

  private void instrument(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(
        kb.instrument(id)
            .orElseThrow(() -> ApiError.notFound("no instrument with id '" + id + "'")));
  }

  private String kindOf(String instrument) {
    return kb.instrumentRecord(instrument).map(i -> i.kind()).orElse("");
  }

  private void provision(Context ctx) {
    String instrument = ctx.pathParam("instrument");
    String eid = ctx.pathParam("eid");
    ProvisionId id =
        ProvisionId.parse(instrument + "/" + eid)
            .orElseThrow(
                () ->
                    ApiError.notFound(
                        "no provision '"
                            + instrument
                            + "/"
                            + eid
                            + "': ids look like"
                            + " tip-protocol/art_3__subpara_a"));
    ctx.json(
        kb.provision(id)
            .map(p -> ProvisionView.of(p, kindOf(p.instrument())))
            .orElseThrow(() -> noProvision(id)));
  }

  /**
   * Why {@code id} has no provision: an instrument cited but recorded without its text has none to
   * give, which a bare "no provision" would hide.
   */
  private ApiError noProvision(ProvisionId id) {
    return kb.instrumentRecord(id.instrument())
        .filter(instrument -> !instrument.hasText())
        .map(
            instrument ->
                ApiError.notFound(
                    "the text of " + instrument.title() + " is not in the corpus (metadata only)"))
        .orElseGet(() -> ApiError.notFound("no provision with id '" + id + "'"));
  }
}
