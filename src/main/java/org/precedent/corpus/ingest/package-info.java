/**
 * Turning an official source (HTML page, PDF, plain text) into a corpus file and manifest entry:
 * format conversion to paragraph-per-block text, layout detection from the text's own labels, and
 * the write into {@code corpus/}. The structure parsers are the corpus's own.
 */
package org.precedent.corpus.ingest;
