package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.precedent.index.Fields;
import org.precedent.testing.ParagraphIndex;

/**
 * A spliced segment: a common opening (a note verbale's courtesy formula, held by more provisions
 * than the query takes as rare) joined to a rarer operative text. Every shingle rare enough to be
 * chosen lies in the operative text, so its copies tie with the one provision holding both parts.
 * The opening is long (26 runs of four words: several of the query's stretches) or short (7 runs,
 * followed at once by the rarer runs). In one case the copies also share a rare run with the
 * segment across its splice, which the provision holding both parts lacks. Last, a segment too
 * short for a run of four words, and a text copied more often than a rare run may be.
 */
class CandidateFinderTest {
  private static final String OPENING =
      "The Office of the President of the General Assembly presents its compliments to the"
          + " Permanent Missions and Observers to the United Nations and has the honour to attach";
  private static final String SHORT_OPENING =
      "The Permanent Mission presents its compliments and has the honour";
  private static final String OPERATIVE =
      "requests the Secretary-General to take all necessary measures for the effective operation"
          + " of the trust fund and acknowledges previous and ongoing contributions made to other"
          + " funding sources that support efforts to combat trafficking in persons";
  private static final String[] SUBJECTS = {
    "letter", "report", "statement", "programme", "agenda", "schedule", "invitation", "note"
  };

  /** Copies of the operative text, shorter than the whole and added first: the lowest doc ids. */
  private static final int COPIES = 10;

  /** Provisions holding the opening only: many more than the ceiling on a rare term (40). */
  private static final int OPENINGS = 60;

  @TempDir Path temp;

  @ParameterizedTest(name = "{0} opening")
  @ValueSource(strings = {"long", "short"})
  void theProvisionHoldingTheWholeSplicedSegmentOutranksCopiesOfItsRarerPart(String opening)
      throws Exception {
    List<Integer> agreed = agreedCandidates(opening(opening), "", 5);
    assertEquals(5, agreed.size());
    assertEquals(whole(), agreed.get(0), "the provision holding both parts comes first");
  }

  /**
   * An opening of two runs, common, and the whole provision longer than the copies, so that a tie
   * puts the copies first. The two runs alone weigh for the whole.
   */
  @Test
  void anOpeningOfTwoRunsCountsToo() throws Exception {
    String opening = "The Permanent Mission presents its";
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < COPIES; i++) {
      texts.add(decides(i, ""));
    }
    texts.add(
        opening
            + " herewith, in accordance with the decisions adopted at its earlier sessions, and "
            + OPERATIVE);
    for (int i = 0; i < OPENINGS; i++) {
      texts.add(opening + " the " + SUBJECTS[i % SUBJECTS.length] + " numbered " + (i + 100));
    }
    List<Integer> agreed = agreedCandidates(texts, opening + " here nd " + OPERATIVE, 5);
    assertEquals(whole(), agreed.get(0), "the provision holding both parts first: " + agreed);
  }

  @Test
  void theWholeOutranksCopiesSharingOneMoreRareRunAcrossTheSplice() throws Exception {
    // The copies share "children requests the Secretary-General" with the segment, a run rarer
    // than any of the opening's; the whole provision shares the opening's twenty-six.
    List<Integer> agreed = agreedCandidates(OPENING, "children ", 5);
    assertEquals(whole(), agreed.get(0), "the provision holding nearly all the segment first");
  }

  @ParameterizedTest(name = "{0} opening")
  @ValueSource(strings = {"long", "short"})
  void theOpeningAloneBringsNoCandidate(String opening) throws Exception {
    // Room for every provision: only those sharing the operative text's runs are listed, not the
    // sixty holding the common opening alone.
    List<Integer> agreed = agreedCandidates(opening(opening), "", 40);
    assertEquals(
        IntStream.rangeClosed(0, COPIES).boxed().toList(), agreed.stream().sorted().toList());
  }

  @Test
  void aThreeWordSegmentIsLookedUpAsAnExactPhrase() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      texts.add("Recognizes the suffering that armed conflicts cause, and conflicts armed " + i);
    }
    texts.add("Protects them in times of peace or armed conflicts.");
    texts.add("Whether in peace or armed conflicts, the parties shall protect them.");
    for (int i = 0; i < 150; i++) {
      texts.add("Filler provision number " + i + " about cooperation");
    }
    assertEquals(
        List.of(5, 6),
        agreedCandidates(texts, "or armed conflicts.", 5).stream().sorted().toList());
    // Held word for word by 150 provisions, but each of its words is in more than a twentieth of
    // the corpus: too costly a phrase, and no telling source.
    assertEquals(List.of(), agreedCandidates(texts, "Filler provision number", 5));
  }

  /**
   * Past 40,000 provisions a run held by more than 2,000 is too common to bring candidates (the
   * absolute ceiling), though held by fewer than a twentieth of the corpus. A paragraph copied from
   * a text copied more often than that has no rarer run, and the query still takes its rarest few:
   * the copies are its precedents, not nothing.
   */
  @Test
  void aTextCopiedPastTheCeilingStillBringsItsCopies() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2_100; i++) {
      texts.add(OPERATIVE + " " + SUBJECTS[i % SUBJECTS.length]);
    }
    for (int i = 0; i < 41_000; i++) {
      texts.add("Filler " + i);
    }
    List<Integer> agreed = agreedCandidates(texts, OPERATIVE, 5);
    assertEquals(5, agreed.size());
    assertTrue(agreed.stream().allMatch(doc -> doc < 2_100), "copies only: " + agreed);
  }

  /**
   * Provisions holding the segment inside a longer text share every run with it, as the one that is
   * the segment word for word does; indexed first, they fill the lists before it in a tie. Letter
   * case, punctuation and spacing do not count against the verbatim one.
   */
  @Test
  void theProvisionThatIsTheSegmentWordForWordComesFirst() throws Exception {
    List<String> texts = holdingTheOperativeText(20);
    texts.add(OPERATIVE + ",");
    String segment =
        "Requests the Secretary-General to take all necessary measures for the"
            + " effective  operation of the trust fund and acknowledges previous and ongoing"
            + " contributions made to other funding sources that support efforts to combat"
            + " trafficking in persons;";
    List<Integer> agreed = agreedCandidates(texts, segment, 5);
    assertEquals(20, agreed.get(0), "the verbatim provision first: " + agreed);
    assertEquals(5, agreed.size());
  }

  /**
   * A draft's copy of a text differs from every provision by a word (OCR damage), so none is it
   * word for word; twenty provisions holding the text inside a longer one share the same runs with
   * it as the one holding it with a word more, and score alike. Added first, the longer ones came
   * first in the tie and filled the list; the index orders provisions of equal authority by length,
   * so the closest comes first.
   */
  @Test
  void ofProvisionsSharingTheSameRunsTheShortestComesFirst() throws Exception {
    List<String> texts = holdingTheOperativeText(20);
    texts.add(OPERATIVE + " herewith");
    List<Integer> agreed = agreedCandidates(texts, OPERATIVE.replace("trust fund", "trust fnd"), 5);
    assertEquals(5, agreed.size());
    assertEquals(20, agreed.get(0), "the provision holding the text and one word more: " + agreed);
  }

  /**
   * Every run of the segment is held by more than a twentieth of the provisions, so none brings a
   * candidate; the one provision that is the segment word for word still does.
   */
  @Test
  void aSegmentOfCommonRunsStillFindsItsVerbatimProvision() throws Exception {
    List<String> texts = holdingTheOperativeText(100);
    texts.add(OPERATIVE + ".");
    for (int i = 0; i < 900; i++) {
      texts.add("Filler " + i);
    }
    assertEquals(List.of(100), agreedCandidates(texts, OPERATIVE, 5));
  }

  /** {@code n} provisions holding the operative text between other words. */
  private static List<String> holdingTheOperativeText(int n) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(decides(i, "") + " and the " + SUBJECTS[(i + 3) % SUBJECTS.length] + ";");
    }
    return texts;
  }

  /** The {@code i}-th copy of the operative text, inside a decision of its own. */
  private static String decides(int i, String shared) {
    return "Decides at its meeting on the "
        + SUBJECTS[i % SUBJECTS.length]
        + " "
        + i
        + " that it "
        + shared
        + OPERATIVE;
  }

  private static String opening(String length) {
    return length.equals("short") ? SHORT_OPENING : OPENING;
  }

  /** Place of the provision holding the opening and the operative text. */
  private static int whole() {
    return COPIES;
  }

  /**
   * The agreed candidates of a segment joining {@code opening} to the operative text; {@code
   * shared} is a word the copies and the segment, but not the whole provision, hold just before the
   * operative text.
   */
  private List<Integer> agreedCandidates(String opening, String shared, int top) throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < COPIES; i++) {
      texts.add(decides(i, shared));
    }
    texts.add(opening + " herewith, and " + OPERATIVE);
    for (int i = 0; i < OPENINGS; i++) {
      texts.add(opening + " the " + SUBJECTS[i % SUBJECTS.length] + " numbered " + (i + 100));
    }
    // The draft's splice joins the two parts differently: the runs across it match nothing.
    return agreedCandidates(texts, opening + " here nd " + shared + OPERATIVE, top);
  }

  /**
   * The agreed candidates of {@code segment} over provisions of {@code texts}, each given by its
   * place in {@code texts}: the index orders them by length, not as added.
   */
  private List<Integer> agreedCandidates(List<String> texts, String segment, int top)
      throws Exception {
    Path built = ParagraphIndex.build(temp, "test-spliced", texts);
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(built))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      CandidateFinder.Search search = new CandidateFinder.Search(new TermLookup(searcher), null);
      List<Integer> docs =
          new CandidateFinder().byShingles(search, segment, List.of(), top, 0).agreed();
      List<Integer> places = new ArrayList<>();
      for (int doc : docs) {
        NumericDocValues ordinal = MultiDocValues.getNumericValues(reader, Fields.ORDINAL);
        assertTrue(ordinal.advanceExact(doc));
        places.add((int) ordinal.longValue());
      }
      return places;
    }
  }
}
