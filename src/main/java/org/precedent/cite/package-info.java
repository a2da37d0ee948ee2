/**
 * The cite stage, in eyecite's verbs: {@link org.precedent.cite.CitationFinder} finds citations in
 * text (with UTF-16 offsets), driven by the grammar in {@code cite/grammar.json} plus the
 * manifest's names ({@link org.precedent.cite.CitationGrammar}); {@link
 * org.precedent.cite.CitationResolver} resolves them to provisions through a {@link
 * org.precedent.cite.ProvisionSource} (the index in production, a map in tests); {@link
 * org.precedent.cite.QuoteVerifier} checks quotations word by word. {@link
 * org.precedent.cite.Citator} is the entry point the facade uses.
 */
package org.precedent.cite;
