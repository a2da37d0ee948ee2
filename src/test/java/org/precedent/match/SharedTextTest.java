package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.precedent.corpus.Manifest;
import org.precedent.index.IndexStore;
import org.precedent.index.ProvisionIndex;
import org.precedent.index.ViewReader;
import org.precedent.testing.ParagraphIndex;

/**
 * Provisions holding one text word for word, as agreed language recurs from resolution to
 * resolution: the check normalises the text once, and aligns and diffs it once per segment, and
 * must report each copy exactly as if it had been aligned and diffed on its own.
 */
class SharedTextTest {
  private static final String AGREED =
      "Urges Member States to take all necessary measures to ensure that victims of trafficking"
          + " in persons are not penalized for having been trafficked and that they do not suffer"
          + " from revictimization as a result of actions taken by government authorities";
  private static final String VARIANT = AGREED.replace("Urges", "Encourages");
  private static final int COPIES = 3;

  @TempDir Path temp;

  @Test
  void copiesOfOneTextShareTheirNormalisedWords() throws Exception {
    Path root = temp.resolve("index");
    ParagraphIndex.build(root, "test-shared", copiesAndVariant());
    Normaliser normaliser = new Normaliser();
    StoredProvisions stored = new StoredProvisions(normaliser);
    try (ProvisionIndex index = ProvisionIndex.open(new IndexStore(root))) {
      Map<String, List<Normalised>> byText =
          index.withSearcher(
              searcher -> {
                Map<String, List<Normalised>> out = new HashMap<>();
                ViewReader views = new ViewReader(searcher);
                for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
                  StoredProvisions.Stored s = stored.get(views, doc);
                  out.computeIfAbsent(s.provision().text(), t -> new ArrayList<>()).add(s.words());
                }
                return out;
              });
      List<Normalised> copies = byText.get(AGREED);
      assertEquals(COPIES, copies.size());
      for (Normalised words : copies) {
        assertSame(copies.get(0), words, "one normalised text for every copy");
      }
      assertEquals(normaliser.normalise(AGREED), copies.get(0));
      assertNotSame(copies.get(0), byText.get(VARIANT).get(0), "another text, its own words");
    }
  }

  /**
   * Two segments, each aligned with the copies of one text in its own way: the first holds the text
   * with a qualifier added, the second the end of it after an opening of its own. An alignment kept
   * for a text must not pass from one segment to the other, and each copy must be reported as the
   * exhaustive reference, which aligns every provision on its own, reports it.
   */
  @Test
  void eachCopyIsReportedAsTheExhaustiveReferenceAlignsIt() throws Exception {
    List<String> texts = copiesAndVariant();
    for (int i = 0; i < 12; i++) {
      texts.add("Takes note of the report of meeting number " + i + " on other matters.");
    }
    Path root = temp.resolve("index");
    ParagraphIndex.build(root, "test-shared", texts);
    Path corpus = Files.createDirectories(temp.resolve("corpus").resolve(Manifest.DIRECTORY));
    String draft =
        AGREED.replace("take all necessary", "consider taking, as appropriate, all")
            + ".\n\n"
            + "Calls upon States to ensure that they do not suffer from revictimization as a result"
            + " of actions taken by government authorities.";
    try (ProvisionIndex index = ProvisionIndex.open(new IndexStore(root))) {
      Manifest manifest = Manifest.read(corpus.getParent());
      CheckRequest request = CheckRequest.of(draft);
      CheckReport checked = new Checker(index, manifest).check(request);
      CheckReport reference = Checker.exhaustive(index, manifest).check(request);
      assertEquals(2, checked.segments().size(), "two segments");
      for (int s = 0; s < 2; s++) {
        Map<String, Precedent> listed = byId(checked.segments().get(s));
        assertEquals(byId(reference.segments().get(s)), listed, "segment " + s);
        assertEquals(COPIES + 1, listed.size(), "every copy and the variant: " + listed.keySet());
      }
      Precedent first = checked.segments().get(0).precedents().get(0);
      Precedent second = checked.segments().get(1).precedents().get(0);
      assertNotEquals(first.coverage(), second.coverage(), "each segment aligned in its own way");
    }
  }

  /** {@link #COPIES} copies of the agreed text, then its variant. */
  private static List<String> copiesAndVariant() {
    List<String> texts = new ArrayList<>(java.util.Collections.nCopies(COPIES, AGREED));
    texts.add(VARIANT);
    return texts;
  }

  private static Map<String, Precedent> byId(SegmentCheck segment) {
    Map<String, Precedent> out = new TreeMap<>();
    segment.precedents().forEach(p -> out.put(p.id(), p));
    return out;
  }
}
