package org.precedent.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word-level local alignment (Smith-Waterman with linear gaps) of a segment against a precedent, so
 * a quoted fragment is found inside a longer provision. After the best piece, the words it used are
 * masked and the rest aligned again, which finds reordered clauses. OCR-damaged words match at a
 * lower score. Long precedents are aligned only in a window around the densest run of shared word
 * pairs, which bounds the work at about 3 x segment length per segment word.
 */
final class Aligner {
  static final int EXACT = 4;
  static final int BOILERPLATE = 1;
  static final int MISMATCH = -2;
  static final int GAP = -2;
  static final int MAX_PIECES = 3;
  private static final int FIRST_MIN_SCORE = 2 * EXACT;
  private static final int LATER_MIN_EXACT = 3;
  private static final int REORDER_MIN_EXACT = 6;

  /** An OCR-damaged match counts this much of an exact one in the similarity. */
  static final double NEAR_CREDIT = 0.8;

  /** A word of a long name weighs what it scores in the alignment, against a plain word. */
  static final double BOILER_WEIGHT = (double) BOILERPLATE / EXACT;

  /**
   * Most score cells a block of rows holds (4 MB), unless one row is longer: a segment of thousands
   * of words with no sentence break, against a provision of thousands more, would otherwise need
   * hundreds of megabytes. A longer pass also keeps one row per block.
   */
  static final int MAX_CELLS = 1 << 20;

  private final Vocabulary vocabulary;
  private final int maxCells;

  Aligner(Vocabulary vocabulary) {
    this(vocabulary, MAX_CELLS);
  }

  /** An aligner keeping at most {@code maxCells} score cells at once (tests use a few). */
  Aligner(Vocabulary vocabulary, int maxCells) {
    this.vocabulary = vocabulary;
    this.maxCells = maxCells;
  }

  Alignment align(int[] a, boolean[] boiler, int[] b) {
    int contentSize = 0;
    double segmentWeight = 0;
    for (int i = 0; i < a.length; i++) {
      contentSize += boiler[i] ? 0 : 1;
      segmentWeight += vocabulary.weight(a[i]) * (boiler[i] ? BOILER_WEIGHT : 1);
    }
    if (a.length == 0 || b.length == 0) {
      return Alignment.NONE;
    }
    int[] window = window(a, b);
    boolean[] aUsed = new boolean[a.length];
    boolean[] bUsed = new boolean[b.length];
    List<Alignment.Piece> pieces = new ArrayList<>();
    int exact = 0;
    int near = 0;
    int content = 0;
    double matchedWeight = 0;
    double spanWeight = 0;
    for (int round = 0; round < MAX_PIECES; round++) {
      Found f = best(a, boiler, b, window, aUsed, bUsed);
      if (f == null || (round == 0 ? f.score < FIRST_MIN_SCORE : f.exact < LATER_MIN_EXACT)) {
        break;
      }
      if (round == 0 && (f.exact < REORDER_MIN_EXACT || a.length - f.exact < LATER_MIN_EXACT)) {
        // A weak first piece is not worth more passes; a near-complete one leaves nothing to find.
        pieces.add(f.piece);
        exact += f.exact;
        near += f.near;
        content += f.content;
        matchedWeight += f.matchedWeight;
        spanWeight += f.spanWeight;
        break;
      }
      pieces.add(f.piece);
      for (int i = f.piece.aStart(); i < f.piece.aEnd(); i++) {
        aUsed[i] = true;
      }
      for (int j = f.piece.bStart(); j < f.piece.bEnd(); j++) {
        bUsed[j] = true;
      }
      exact += f.exact;
      near += f.near;
      content += f.content;
      matchedWeight += f.matchedWeight;
      spanWeight += f.spanWeight;
    }
    if (pieces.isEmpty()) {
      return new Alignment(List.of(), 0, 0, 0, a.length, contentSize, 0, segmentWeight, 0);
    }
    pieces.sort((x, y) -> Integer.compare(x.aStart(), y.aStart()));
    return new Alignment(
        pieces,
        exact,
        near,
        content,
        a.length,
        contentSize,
        matchedWeight,
        segmentWeight,
        spanWeight);
  }

  /** Total weight of {@code ids}: a whole provision set against a segment. */
  double weight(int[] ids) {
    double total = 0;
    for (int id : ids) {
      total += vocabulary.weight(id);
    }
    return total;
  }

  private record Found(
      Alignment.Piece piece,
      int score,
      int exact,
      int near,
      int content,
      double matchedWeight,
      double spanWeight) {}

  /**
   * Rows of the score matrix: {@code rowsPerBlock + 1} of them, the first being the row before the
   * block (a checkpoint). Reused from pass to pass: an aligner serves one thread, and a check
   * aligns thousands of candidates.
   */
  private int[] block = new int[0];

  /** Every {@code rowsPerBlock}-th row of the pass, from row 0, to rebuild a block from. */
  private int[] checkpoints = new int[0];

  /** The pass's best cell so far: its score, then its row and column. */
  private int bestScore;

  private int bestI;
  private int bestJ;

  /** The shape of the current pass, as {@link #row} and {@link #load} need it. */
  private record Pass(
      int[] a, boolean[] boiler, int[] b, int from, int stride, int[] runs, boolean[] aUsed) {}

  /**
   * One Smith-Waterman pass over the window, words already used by earlier pieces left out. Score
   * rows are kept and the traceback reads each step's move back from them, rather than storing a
   * move per cell; masked words are cut out of a row as runs rather than tested cell by cell, and
   * the cells to the left and above-left are carried in locals. Over 300,000 alignments recorded
   * from checks at a million provisions this made alignment 1.6-1.75 times as fast, with the same
   * result for every one. The traceback prefers the diagonal, then up, then left, as the stored
   * moves did, so the pieces are the same.
   *
   * <p>Rows are kept in blocks of at most {@link #MAX_CELLS} cells. Almost every pass fits one
   * block; a longer one keeps the first row of each block and rebuilds a block when the traceback
   * reaches it.
   */
  private Found best(
      int[] a, boolean[] boiler, int[] b, int[] window, boolean[] aUsed, boolean[] bUsed) {
    int n = a.length;
    int from = window[0];
    int stride = window[1] - from + 1;
    int rowsPerBlock = Math.max(1, Math.min(n, maxCells / stride - 1));
    Pass pass = new Pass(a, boiler, b, from, stride, unmasked(bUsed, from, stride - 1), aUsed);
    block = capacity(block, (rowsPerBlock + 1) * stride, maxCells);
    checkpoints = capacity(checkpoints, (n / rowsPerBlock + 1) * stride, Integer.MAX_VALUE);
    Arrays.fill(block, 0, stride, 0);
    Arrays.fill(checkpoints, 0, stride, 0);
    bestScore = 0;
    bestI = 0;
    bestJ = 0;
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i - start > rowsPerBlock) {
        // The block is full: its last row starts the next one, and is kept as a checkpoint.
        start += rowsPerBlock;
        System.arraycopy(block, rowsPerBlock * stride, block, 0, stride);
        System.arraycopy(block, 0, checkpoints, start / rowsPerBlock * stride, stride);
      }
      row(pass, i, (i - start) * stride, true);
    }
    if (bestScore == 0) {
      return null;
    }
    int bi = bestI;
    int bj = bestJ;
    int i = bi;
    int j = bj;
    int exact = 0;
    int near = 0;
    int content = 0;
    double matchedWeight = 0;
    double spanWeight = 0;
    while (i > 0 && j > 0) {
      if (i - 1 < start || i > start + rowsPerBlock) {
        // Rows i - 1 and i lie in an earlier block.
        start = (i - 1) / rowsPerBlock * rowsPerBlock;
        load(pass, start, rowsPerBlock, i);
      }
      int at = (i - start) * stride;
      if (block[at + j] == 0) {
        break;
      }
      int m = move(pass, at, i, j);
      if (m == 1) {
        int x = a[i - 1];
        int y = b[from + j - 1];
        boolean matched = x == y || vocabulary.near(x, y);
        // A long name matched in both counts as little on either side as in the alignment score.
        double factor = matched && boiler[i - 1] ? BOILER_WEIGHT : 1;
        if (matched) {
          exact += x == y ? 1 : 0;
          near += x == y ? 0 : 1;
          content += boiler[i - 1] ? 0 : 1;
          matchedWeight += vocabulary.weight(x) * factor * (x == y ? 1 : NEAR_CREDIT);
        }
        spanWeight += vocabulary.weight(y) * factor;
        i--;
        j--;
      } else if (m == 2) {
        i--;
      } else {
        spanWeight += vocabulary.weight(b[from + j - 1]);
        j--;
      }
    }
    return new Found(
        new Alignment.Piece(i, bi, from + j, from + bj),
        bestScore,
        exact,
        near,
        content,
        matchedWeight,
        spanWeight);
  }

  /** {@code buffer}, or a larger one holding {@code size}: doubled, but not past {@code limit}. */
  private static int[] capacity(int[] buffer, int size, int limit) {
    if (buffer.length >= size) {
      return buffer;
    }
    return new int[Math.max(size, (int) Math.min(limit, 2L * buffer.length))];
  }

  /** Rebuilds the block of rows {@code start} to {@code upTo} from the checkpoint at its start. */
  private void load(Pass pass, int start, int rowsPerBlock, int upTo) {
    System.arraycopy(checkpoints, start / rowsPerBlock * pass.stride(), block, 0, pass.stride());
    for (int i = start + 1; i <= upTo; i++) {
      row(pass, i, (i - start) * pass.stride(), false);
    }
  }

  /**
   * Scores row {@code i} into the block at {@code at}, from the row before it; with {@code track},
   * the first cell beating the pass's best so far becomes its best, as a scan in row order finds.
   */
  private void row(Pass pass, int i, int at, boolean track) {
    int[] h = block;
    int stride = pass.stride();
    if (pass.aUsed()[i - 1]) {
      Arrays.fill(h, at, at + stride, 0);
      return;
    }
    int above = at - stride;
    int[] b = pass.b();
    int from = pass.from();
    int[] runs = pass.runs();
    int x = pass.a()[i - 1];
    int match = pass.boiler()[i - 1] ? BOILERPLATE : EXACT;
    h[at] = 0;
    int next = 1;
    int best = track ? bestScore : Integer.MAX_VALUE;
    for (int r = 0; r < runs.length; r += 2) {
      // Masked columns score 0: no piece passes through a word an earlier piece used.
      Arrays.fill(h, at + next, at + runs[r], 0);
      // A run starts after column 0 or a masked column, both 0.
      int left = 0;
      int aboveLeft = h[above + runs[r] - 1];
      for (int j = runs[r]; j < runs[r + 1]; j++) {
        int up = h[above + j];
        int diag = aboveLeft + (x == b[from + j - 1] ? match : MISMATCH);
        int score = Math.max(0, Math.max(diag, Math.max(up, left) + GAP));
        h[at + j] = score;
        left = score;
        aboveLeft = up;
        if (score > best) {
          best = score;
          bestScore = score;
          bestI = i;
          bestJ = j;
        }
      }
      next = runs[r + 1];
    }
    Arrays.fill(h, at + next, at + stride, 0);
  }

  /**
   * The move that gave cell (i, j), at {@code at + j} in the block, its positive score: 1 diagonal,
   * 2 up, 3 left, in that order of preference.
   */
  private int move(Pass pass, int at, int i, int j) {
    int[] h = block;
    int above = at - pass.stride();
    int score = h[at + j];
    int match = pass.boiler()[i - 1] ? BOILERPLATE : EXACT;
    int x = pass.a()[i - 1];
    if (score == h[above + j - 1] + (x == pass.b()[pass.from() + j - 1] ? match : MISMATCH)) {
      return 1;
    }
    return score == h[above + j] + GAP ? 2 : 3;
  }

  /**
   * The window's columns (1-based, end exclusive) whose word no earlier piece used, as [start, end)
   * pairs.
   */
  private static int[] unmasked(boolean[] bUsed, int from, int w) {
    int[] runs = new int[w + 2];
    int count = 0;
    int j = 1;
    while (j <= w) {
      while (j <= w && bUsed[from + j - 1]) {
        j++;
      }
      int start = j;
      while (j <= w && !bUsed[from + j - 1]) {
        j++;
      }
      if (j > start) {
        runs[count++] = start;
        runs[count++] = j;
      }
    }
    return Arrays.copyOf(runs, count);
  }

  /** The stretch of {@code b} to align: all of it when short, else around shared word pairs. */
  static int[] window(int[] a, int[] b) {
    int width = 2 * a.length + 40;
    if (b.length <= width) {
      return new int[] {0, b.length};
    }
    // Sorted pairs searched by bisection rather than a set of boxed longs: this runs for every
    // long candidate of every segment.
    long[] pairs = new long[Math.max(0, a.length - 1)];
    for (int i = 0; i + 1 < a.length; i++) {
      pairs[i] = pair(a[i], a[i + 1]);
    }
    Arrays.sort(pairs);
    int[] hits = new int[b.length];
    int count = 0;
    for (int j = 0; j + 1 < b.length; j++) {
      if (Arrays.binarySearch(pairs, pair(b[j], b[j + 1])) >= 0) {
        hits[count++] = j;
      }
    }
    int bestStart = 0;
    int bestCount = 0;
    int lo = 0;
    for (int hi = 0; hi < count; hi++) {
      while (hits[hi] - hits[lo] > 2 * a.length) {
        lo++;
      }
      if (hi - lo + 1 > bestCount) {
        bestCount = hi - lo + 1;
        bestStart = hits[lo];
      }
    }
    int start = Math.max(0, Math.min(bestStart - a.length / 2 - 20, b.length - width));
    return new int[] {start, Math.min(b.length, start + width)};
  }

  private static long pair(int first, int second) {
    return ((long) first << 32) | (second & 0xffffffffL);
  }
}
