package org.precedent.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The values search ranks, collapses and counts each provision by, for one index segment: decoded
 * from its doc values, and saved beside the segment when an index is built, so that a server
 * starting over it reads them back in one pass.
 *
 * <p>Decoding takes about 0.6 s over a million provisions in a JVM that has just started, and the
 * first search waited for it: a third of the cold start. The file holds the same arrays (about 40
 * bytes per provision). It is bound to its segment: the header carries the segment's unique id, and
 * a footer checksum covers the whole file, so a file from another build, or a damaged one, is
 * ignored and the values are decoded again. Only the values are saved; what a facet ordinal stands
 * for is still read from the segment.
 */
public final class SegmentColumns {
  private static final Logger LOG = LoggerFactory.getLogger(SegmentColumns.class);
  private static final String NAME = "precedent-columns.bin";
  private static final String CODEC = "PrecedentColumns";
  private static final int VERSION = 0;

  private SegmentColumns() {}

  /**
   * One segment's values by doc id: authority (1 + rank, 0 for none), date sort key, node key, the
   * ancestor keys of doc d at {@code ancestorKeys[ancestorStart[d] .. ancestorStart[d + 1])}, and
   * per facet field ({@link Fields#FACETS}) 1 + the segment ordinal of the doc's first value (0 for
   * none).
   */
  public record Columns(
      int[] authority,
      long[] date,
      long[] node,
      int[] ancestorStart,
      long[] ancestorKeys,
      int[][] facetOrds) {}

  /** Decodes the values of {@code leaf} from its doc values. */
  public static Columns decode(LeafReader leaf) throws IOException {
    int maxDoc = leaf.maxDoc();
    int[] authority = new int[maxDoc];
    NumericDocValues ranks = DocValues.getNumeric(leaf, Fields.AUTHORITY);
    for (int d = ranks.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = ranks.nextDoc()) {
      authority[d] = 1 + Math.toIntExact(ranks.longValue());
    }
    long[] date = numbers(DocValues.getNumeric(leaf, Fields.DATE_SORT), maxDoc);
    long[] node = numbers(DocValues.getNumeric(leaf, Fields.NODE), maxDoc);
    int[] ancestorStart = new int[maxDoc + 1];
    SortedNumericDocValues ancestors = DocValues.getSortedNumeric(leaf, Fields.ANCESTORS);
    for (int d = ancestors.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = ancestors.nextDoc()) {
      ancestorStart[d + 1] = ancestors.docValueCount();
    }
    for (int d = 0; d < maxDoc; d++) {
      ancestorStart[d + 1] += ancestorStart[d];
    }
    long[] ancestorKeys = new long[ancestorStart[maxDoc]];
    ancestors = DocValues.getSortedNumeric(leaf, Fields.ANCESTORS);
    for (int d = ancestors.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = ancestors.nextDoc()) {
      for (int k = 0; k < ancestors.docValueCount(); k++) {
        ancestorKeys[ancestorStart[d] + k] = ancestors.nextValue();
      }
    }
    int[][] facetOrds = new int[Fields.FACETS.size()][];
    for (int f = 0; f < facetOrds.length; f++) {
      facetOrds[f] = new int[maxDoc];
      SortedSetDocValues values = DocValues.getSortedSet(leaf, Fields.FACETS.get(f));
      for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
        facetOrds[f][d] = 1 + Math.toIntExact(values.nextOrd());
      }
    }
    return new Columns(authority, date, node, ancestorStart, ancestorKeys, facetOrds);
  }

  private static long[] numbers(NumericDocValues values, int maxDoc) throws IOException {
    long[] out = new long[maxDoc];
    for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
      out[d] = values.longValue();
    }
    return out;
  }

  /** The values saved for {@code leaf}'s segment, if a sound file of that very segment exists. */
  public static Optional<Columns> saved(LeafReader leaf) {
    Segment segment = Segment.of(leaf);
    if (segment == null) {
      return Optional.empty();
    }
    try (IndexInput in = segment.dir.openInput(NAME, IOContext.DEFAULT)) {
      CodecUtil.checksumEntireFile(in);
      in.seek(0);
      CodecUtil.checkIndexHeader(in, CODEC, VERSION, VERSION, segment.id, "");
      int maxDoc = in.readInt();
      if (maxDoc != leaf.maxDoc() || in.readInt() != Fields.FACETS.size()) {
        return Optional.empty();
      }
      int[] authority = ints(in, maxDoc);
      long[] date = longs(in, maxDoc);
      long[] node = longs(in, maxDoc);
      int[] ancestorStart = ints(in, maxDoc + 1);
      long[] ancestorKeys = longs(in, ancestorStart[maxDoc]);
      int[][] facetOrds = new int[Fields.FACETS.size()][];
      for (int f = 0; f < facetOrds.length; f++) {
        facetOrds[f] = ints(in, maxDoc);
      }
      return Optional.of(
          new Columns(authority, date, node, ancestorStart, ancestorKeys, facetOrds));
    } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.warn("ignoring {} in {}, decoding the values again: {}", NAME, segment.dir, e.toString());
      return Optional.empty();
    }
  }

  /**
   * Decodes and saves the values of the index just built in {@code dir}, when it is one segment (as
   * a published index is). Written under a temporary name and renamed, so a reader never sees half
   * a file.
   */
  static void save(Path dir) {
    try (FSDirectory directory = FSDirectory.open(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      if (reader.leaves().size() != 1) {
        return;
      }
      LeafReader leaf = reader.leaves().get(0).reader();
      Segment segment = Segment.of(leaf);
      if (segment != null) {
        write(segment, decode(leaf));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the ranking values: " + e.getMessage(), e);
    }
  }

  private static void write(Segment segment, Columns columns) throws IOException {
    String temp;
    try (IndexOutput out =
        segment.dir.createTempOutput("precedent-columns", "tmp", IOContext.DEFAULT)) {
      temp = out.getName();
      CodecUtil.writeIndexHeader(out, CODEC, VERSION, segment.id, "");
      out.writeInt(columns.authority().length);
      out.writeInt(columns.facetOrds().length);
      ints(out, columns.authority());
      longs(out, columns.date());
      longs(out, columns.node());
      ints(out, columns.ancestorStart());
      longs(out, columns.ancestorKeys());
      for (int[] ords : columns.facetOrds()) {
        ints(out, ords);
      }
      CodecUtil.writeFooter(out);
    }
    segment.dir.sync(List.of(temp));
    segment.dir.rename(temp, NAME);
    segment.dir.syncMetaData();
  }

  /** The folder and unique id of the segment a leaf reads, or null for a leaf of another kind. */
  private record Segment(Directory dir, byte[] id) {
    static Segment of(LeafReader leaf) {
      LeafReader unwrapped = FilterLeafReader.unwrap(leaf);
      if (!(unwrapped instanceof SegmentReader segment)) {
        return null;
      }
      return new Segment(segment.getSegmentInfo().info.dir, segment.getSegmentInfo().info.getId());
    }
  }

  private static int[] ints(IndexInput in, int n) throws IOException {
    int[] out = new int[n];
    in.readInts(out, 0, n);
    return out;
  }

  private static long[] longs(IndexInput in, int n) throws IOException {
    long[] out = new long[n];
    in.readLongs(out, 0, n);
    return out;
  }

  private static void ints(IndexOutput out, int[] values) throws IOException {
    for (int v : values) {
      out.writeInt(v);
    }
  }

  private static void longs(IndexOutput out, long[] values) throws IOException {
    for (long v : values) {
      out.writeLong(v);
    }
  }
}
