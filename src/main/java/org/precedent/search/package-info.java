/**
 * Full-text search over the provision index: the query language ({@link
 * org.precedent.search.QueryParser} to {@link org.precedent.search.QueryNode}, compiled per {@link
 * org.precedent.search.SearchMode} by {@link org.precedent.search.QueryCompiler}), ranked hits
 * collapsed to the smallest matching provision, facets, escaped snippets and "more like this".
 */
package org.precedent.search;
