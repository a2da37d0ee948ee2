package org.precedent.match;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * A word diff between the aligned stretch of a precedent and a segment, on normalised words (so a
 * spelling or verb-form difference is not a change), shown with the words as written. {@code
 * changes} are the differing runs as token index ranges, for the legal-weight and cosmetic checks.
 */
record WordDiff(List<DiffOp> ops, List<Change> changes) {

  /**
   * Precedent tokens from..fromEnd were replaced by segment tokens to..toEnd (either may be empty).
   */
  record Change(int from, int fromEnd, int to, int toEnd) {}

  static WordDiff of(
      List<Token> precedent, String precedentText, List<Token> segment, String text) {
    List<String> source = precedent.stream().map(Token::norm).toList();
    List<String> target = segment.stream().map(Token::norm).toList();
    Patch<String> patch = DiffUtils.diff(source, target);
    List<DiffOp> ops = new ArrayList<>();
    List<Change> changes = new ArrayList<>();
    int s = 0;
    int t = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int ds = delta.getSource().getPosition();
      int dt = delta.getTarget().getPosition();
      add(ops, DiffOp.EQUAL, segment, text, t, dt);
      s = ds + delta.getSource().size();
      t = dt + delta.getTarget().size();
      add(ops, DiffOp.DELETE, precedent, precedentText, ds, s);
      add(ops, DiffOp.INSERT, segment, text, dt, t);
      changes.add(new Change(ds, s, dt, t));
    }
    add(ops, DiffOp.EQUAL, segment, text, t, segment.size());
    return new WordDiff(ops, changes);
  }

  private static void add(
      List<DiffOp> ops, String op, List<Token> tokens, String text, int from, int to) {
    if (from >= to) {
      return;
    }
    ops.add(new DiffOp(op, text.substring(tokens.get(from).start(), tokens.get(to - 1).end())));
  }
}
