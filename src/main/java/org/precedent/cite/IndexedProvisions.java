package org.precedent.cite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;
import org.precedent.index.Analysis;
import org.precedent.index.Fields;
import org.precedent.index.ProvisionIndex;
import org.precedent.index.ViewReader;

/**
 * {@link ProvisionSource} over the published index. Candidates for a quote are exact phrase hits on
 * {@link Fields#TEXT_EXACT} first, then provisions sharing word shingles ({@link Fields#REUSE}) so
 * an altered quote still finds where it came from.
 */
public final class IndexedProvisions implements ProvisionSource {
  private static final int MAX_SHINGLES = 256;

  /** Provisions kept decoded: a text cites the same few articles again and again. */
  private static final int CACHED = 4_096;

  private final ProvisionIndex index;
  private final Map<ProvisionId, Optional<Provision>> cache =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ProvisionId, Optional<Provision>> e) {
              return size() > CACHED;
            }
          });

  /** A source over {@code index} as it is now: the facade makes a new one after every reindex. */
  public IndexedProvisions(ProvisionIndex index) {
    this.index = index;
  }

  @Override
  public Optional<Provision> provision(ProvisionId id) {
    Optional<Provision> known = cache.get(id);
    if (known == null) {
      known = index.provision(id);
      cache.put(id, known);
    }
    return known;
  }

  @Override
  public List<Provision> candidates(String quote, int max) {
    List<String> exact = terms(Analysis.exact(), quote);
    if (exact.isEmpty()) {
      return List.of();
    }
    Map<String, Provision> out = new LinkedHashMap<>();
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (int n = 0; n < Math.min(exact.size(), 512); n++) {
      phrase.add(new Term(Fields.TEXT_EXACT, exact.get(n)), n);
    }
    collect(phrase.build(), max, out);
    if (out.size() < max) {
      BooleanQuery.Builder shingles = new BooleanQuery.Builder();
      List<String> grams = terms(Analysis.reuse(), quote);
      for (int n = 0; n < Math.min(grams.size(), MAX_SHINGLES); n++) {
        shingles.add(
            new TermQuery(new Term(Fields.REUSE, grams.get(n))), BooleanClause.Occur.SHOULD);
      }
      if (!grams.isEmpty()) {
        collect(shingles.build(), max, out);
      }
    }
    return new ArrayList<>(out.values()).subList(0, Math.min(max, out.size()));
  }

  private void collect(Query query, int max, Map<String, Provision> out) {
    index.withSearcher(
        (IndexSearcher searcher) -> {
          StoredFields fields = searcher.storedFields();
          ViewReader views = new ViewReader(searcher);
          for (ScoreDoc sd : searcher.search(query, max).scoreDocs) {
            Provision p = ProvisionIndex.record(fields, views, sd.doc);
            out.putIfAbsent(p.id().toString(), p);
          }
          return null;
        });
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    // The analyzer is shared (Analysis): only the stream is closed here.
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
