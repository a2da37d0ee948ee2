package org.precedent.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Reads what the check and a page of hits need of a provision ({@link Fields#VIEW}, {@link
 * Fields#HIT}) from one searcher's documents. Opening a segment's doc values allocates a buffer as
 * long as the longest value in the segment (93 KB in the shipped corpus: the table of inputs'
 * annex), so the reader keeps each segment's values open, and opens them again only to go back to
 * an earlier document: read in rising doc order, a segment is opened once. Not thread-safe: one per
 * thread.
 */
public final class ViewReader {
  private final IndexReader reader;
  private final Column views;
  private final Column details;

  public ViewReader(IndexSearcher searcher) {
    this.reader = searcher.getIndexReader();
    this.views = new Column(reader.leaves(), Fields.VIEW);
    this.details = new Column(reader.leaves(), Fields.HIT);
  }

  /** The reader whose doc ids this reads. */
  public IndexReader reader() {
    return reader;
  }

  /** The view of the provision at {@code doc}. */
  public ProvisionView view(int doc) throws IOException {
    return ProvisionView.decode(views.value(doc, "check view"));
  }

  /** What a hit on the provision at {@code doc} shows beyond its view. */
  public HitDetails details(int doc) throws IOException {
    return HitDetails.decode(details.value(doc, "hit details"));
  }

  /** One binary doc values field, each segment's values kept open while reading goes forward. */
  private static final class Column {
    private final List<LeafReaderContext> leaves;
    private final String field;
    private final BinaryDocValues[] open;

    Column(List<LeafReaderContext> leaves, String field) {
      this.leaves = leaves;
      this.field = field;
      this.open = new BinaryDocValues[leaves.size()];
    }

    BytesRef value(int doc, String what) throws IOException {
      int leaf = ReaderUtil.subIndex(doc, leaves);
      LeafReaderContext context = leaves.get(leaf);
      int target = doc - context.docBase;
      BinaryDocValues values = open[leaf];
      if (values == null || values.docID() >= target) {
        // Doc values only move forward.
        values = context.reader().getBinaryDocValues(field);
        open[leaf] = values;
      }
      if (values == null || !values.advanceExact(target)) {
        throw new IllegalStateException("the index has no " + what + " of document " + doc);
      }
      return values.binaryValue();
    }
  }
}
