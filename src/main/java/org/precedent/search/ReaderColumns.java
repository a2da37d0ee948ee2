package org.precedent.search;

import com.carrotsearch.hppc.LongHashSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongHeap;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;
import org.precedent.index.PerReader;
import org.precedent.index.SegmentColumns;

/**
 * The values every match is collapsed, ranked and counted by (node key, ancestor keys, whether a
 * provision has descendants, authority, date, its facet values taken together as one {@link
 * FacetCombinations combination}), held in arrays by global doc id for one index reader.
 *
 * <p>A broad query over a million provisions visits hundreds of thousands of matches. Read from doc
 * values, each match cost eight lookups, and adding facet counts across leaves decoded a string per
 * value and leaf (twenty thousand instrument ids per leaf): together more than half of such a
 * query. Here a match costs a few array reads, and only the values a facet lists are decoded. An
 * index is a read-only snapshot, so the arrays are filled once per reader (about 50 bytes per
 * provision) and dropped when the reader closes. Each segment's values come from the file saved
 * with it when the index was built, read in one pass, or are decoded from its doc values where
 * there is none ({@link SegmentColumns}).
 */
final class ReaderColumns {
  private static final PerReader<ReaderColumns> BY_READER = new PerReader<>(ReaderColumns::build);

  /** Rank of a provision without an authority value: after every real one. */
  static final long NO_AUTHORITY = Long.MAX_VALUE;

  /**
   * Per facet, the map from leaf ordinals to global ones; null over one leaf, whose ordinals are
   * the global ones (building the maps cost a starting server about 0.1 s at 1M).
   */
  private final OrdinalMap[] maps = new OrdinalMap[Candidate.FIELDS.size()];

  /** Per facet, how many distinct values the reader holds. */
  private final int[] valueCounts = new int[Candidate.FIELDS.size()];

  /**
   * Per facet, each value by global ordinal once a query has listed it. A broad query lists two
   * hundred instruments, and looking each up in the doc values' terms again took about 6% of a
   * one-word search over 100k provisions.
   */
  private final AtomicReferenceArray<String>[] names;

  /** Each doc's facet values taken together, which a counted match raises the count of. */
  private final FacetCombinations combinations;

  /** Per global doc: 1 + its authority rank, or 0 for none. */
  private final int[] authority;

  private final long[] date;
  private final long[] node;

  /**
   * Ancestor keys of global doc d: {@code ancestorKeys[ancestorStart[d] .. ancestorStart[d+1])}.
   */
  private final int[] ancestorStart;

  private final long[] ancestorKeys;

  /** Docs some other doc names as an ancestor: the only ones collapsing can drop. */
  private final FixedBitSet parents;

  /** Whether the values came from the segment's saved {@link SegmentColumns}. */
  private final boolean loaded;

  private ReaderColumns(IndexReader reader) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    int maxDoc = reader.maxDoc();
    for (int f = 0; f < maps.length; f++) {
      String field = Candidate.FIELDS.get(f);
      if (leaves.size() > 1) {
        maps[f] = ordinalMap(field, leaves);
        valueCounts[f] = Math.toIntExact(maps[f].getValueCount());
      } else if (leaves.size() == 1) {
        valueCounts[f] =
            Math.toIntExact(DocValues.getSortedSet(leaves.get(0).reader(), field).getValueCount());
      }
    }
    names = newNames(valueCounts);
    List<SegmentColumns.Columns> parts = new ArrayList<>();
    boolean allSaved = !leaves.isEmpty();
    for (LeafReaderContext leaf : leaves) {
      Optional<SegmentColumns.Columns> saved = SegmentColumns.saved(leaf.reader());
      allSaved &= saved.isPresent();
      parts.add(saved.isPresent() ? saved.get() : SegmentColumns.decode(leaf.reader()));
    }
    loaded = allSaved;
    // One segment (every published index) numbers its facet values as the whole reader does.
    SegmentColumns.Columns c = parts.size() == 1 ? parts.get(0) : join(parts, leaves, maxDoc);
    authority = c.authority();
    date = c.date();
    node = c.node();
    ancestorStart = c.ancestorStart();
    ancestorKeys = c.ancestorKeys();
    combinations = FacetCombinations.of(c.facetOrds(), maxDoc);
    parents = new FixedBitSet(Math.max(1, maxDoc));
    LongHashSet named = new LongHashSet(ancestorKeys.length);
    named.addAll(ancestorKeys);
    for (int d = 0; d < maxDoc; d++) {
      if (named.contains(node[d])) {
        parents.set(d);
      }
    }
  }

  @SuppressWarnings("unchecked") // an array of a generic type is made raw
  private static AtomicReferenceArray<String>[] newNames(int[] valueCounts) {
    AtomicReferenceArray<String>[] out = new AtomicReferenceArray[valueCounts.length];
    for (int f = 0; f < out.length; f++) {
      out[f] = new AtomicReferenceArray<>(valueCounts[f]);
    }
    return out;
  }

  private static OrdinalMap ordinalMap(String field, List<LeafReaderContext> leaves)
      throws IOException {
    SortedSetDocValues[] perLeaf = new SortedSetDocValues[leaves.size()];
    for (int leaf = 0; leaf < perLeaf.length; leaf++) {
      perLeaf[leaf] = DocValues.getSortedSet(leaves.get(leaf).reader(), field);
    }
    return OrdinalMap.build(null, perLeaf, PackedInts.DEFAULT);
  }

  /** The leaves' values laid end to end by doc base, facet ordinals made global. */
  private SegmentColumns.Columns join(
      List<SegmentColumns.Columns> parts, List<LeafReaderContext> leaves, int maxDoc) {
    int[] authorityOf = new int[maxDoc];
    long[] dateOf = new long[maxDoc];
    long[] nodeOf = new long[maxDoc];
    int[] starts = new int[maxDoc + 1];
    long[] keys = new long[parts.stream().mapToInt(p -> p.ancestorKeys().length).sum()];
    int[][] ords = new int[maps.length][maxDoc];
    int keyBase = 0;
    for (int leaf = 0; leaf < parts.size(); leaf++) {
      SegmentColumns.Columns p = parts.get(leaf);
      int base = leaves.get(leaf).docBase;
      int n = p.authority().length;
      System.arraycopy(p.authority(), 0, authorityOf, base, n);
      System.arraycopy(p.date(), 0, dateOf, base, n);
      System.arraycopy(p.node(), 0, nodeOf, base, n);
      for (int d = 0; d < n; d++) {
        starts[base + d] = keyBase + p.ancestorStart()[d];
      }
      System.arraycopy(p.ancestorKeys(), 0, keys, keyBase, p.ancestorKeys().length);
      keyBase += p.ancestorKeys().length;
      for (int f = 0; f < maps.length; f++) {
        LongValues toGlobal = maps[f].getGlobalOrds(leaf);
        for (int d = 0; d < n; d++) {
          int ord = p.facetOrds()[f][d];
          ords[f][base + d] = ord == 0 ? 0 : 1 + (int) toGlobal.get(ord - 1);
        }
      }
    }
    starts[maxDoc] = keyBase;
    return new SegmentColumns.Columns(authorityOf, dateOf, nodeOf, starts, keys, ords);
  }

  /** The columns of {@code reader}, filled on first use. */
  static ReaderColumns of(IndexReader reader) {
    return BY_READER.get(reader);
  }

  private static ReaderColumns build(IndexReader reader) {
    try {
      return new ReaderColumns(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ranking values: " + e.getMessage(), e);
    }
  }

  /** Whether every segment's values came from the file saved with it, none decoded. */
  boolean loaded() {
    return loaded;
  }

  /** Authority rank of global doc {@code doc} (0 is highest), or {@link #NO_AUTHORITY}. */
  long authority(int doc) {
    int rank = authority[doc];
    return rank == 0 ? NO_AUTHORITY : rank - 1;
  }

  /** Date sort key of global doc {@code doc}, or 0. */
  long date(int doc) {
    return date[doc];
  }

  /** The node key of global doc {@code doc} (0 when it has none). */
  long node(int doc) {
    return node[doc];
  }

  /** Whether another provision names global doc {@code doc} as its ancestor. */
  boolean hasDescendants(int doc) {
    return parents.get(doc);
  }

  /**
   * Index of the first ancestor key of global doc {@code doc}; the last is before that of doc + 1.
   */
  int ancestorsFrom(int doc) {
    return ancestorStart[doc];
  }

  long ancestorKey(int at) {
    return ancestorKeys[at];
  }

  /** Zeroed counts of the facets' values, for one query. */
  int[] newCounts() {
    return combinations.newCounts();
  }

  /**
   * Counts the first value of each facet of global doc {@code doc}, as {@link Candidate} reads it.
   */
  void count(int doc, int[] counts) {
    combinations.count(doc, counts);
  }

  /**
   * The {@code max} most frequent values of each facet, most frequent first and then by value:
   * global ordinals follow the values' byte order, which for these ASCII values is string order.
   */
  List<Map<String, Integer>> top(int[] counts, int max, List<LeafReaderContext> leaves)
      throws IOException {
    int[][] perFacet = combinations.perFacet(counts, valueCounts);
    List<Map<String, Integer>> out = new ArrayList<>();
    for (int f = 0; f < maps.length; f++) {
      int[] c = perFacet[f];
      // The best values as primitive keys in Lucene's heap of longs, one comparison of longs each:
      // a heap of boxed ordinals compared through the counts took about 7% of a one-word search
      // over 100k provisions, as much as looking the listed values up.
      LongHeap best = new LongHeap(Math.max(1, Math.min(max, c.length)));
      for (int ord = 0; ord < c.length; ord++) {
        if (c[ord] > 0) {
          best.insertWithOverflow(rankKey(c[ord], ord));
        }
      }
      int[] listed = new int[best.size()];
      for (int i = listed.length - 1; i >= 0; i--) {
        listed[i] = Integer.MAX_VALUE - (int) best.pop();
      }
      // One doc values instance per leaf for all the values listed: each new instance reads its
      // headers again, and a broad query lists 200 instruments (about 0.5 ms of it at 1M).
      SortedSetDocValues[] perLeaf = new SortedSetDocValues[leaves.size()];
      Map<String, Integer> values = new LinkedHashMap<>(2 * listed.length);
      for (int ord : listed) {
        values.put(value(f, ord, leaves, perLeaf), c[ord]);
      }
      out.add(values);
    }
    return out;
  }

  /**
   * Orders values as a facet lists them, the key of the last listed the smallest: more matches
   * first, then the smaller ordinal.
   */
  private static long rankKey(int count, int ord) {
    return ((long) count << 32) | (Integer.MAX_VALUE - ord);
  }

  private String value(
      int facet, int globalOrd, List<LeafReaderContext> leaves, SortedSetDocValues[] perLeaf)
      throws IOException {
    String known = names[facet].get(globalOrd);
    if (known != null) {
      return known;
    }
    OrdinalMap map = maps[facet];
    int leafNumber = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
    long leafOrd = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
    if (perLeaf[leafNumber] == null) {
      LeafReader leaf = leaves.get(leafNumber).reader();
      perLeaf[leafNumber] = DocValues.getSortedSet(leaf, Candidate.FIELDS.get(facet));
    }
    String name = perLeaf[leafNumber].lookupOrd(leafOrd).utf8ToString();
    // Two queries may look the same value up at once; both find the same string.
    names[facet].set(globalOrd, name);
    return name;
  }
}
