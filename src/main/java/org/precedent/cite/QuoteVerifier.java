package org.precedent.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.precedent.cite.QuoteAligner.Alignment;
import org.precedent.cite.QuoteWords.Word;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Provision;

/**
 * Checks a quotation against the provision it cites. Forgives only what it lists (quote marks,
 * dashes, British/US spelling, whitespace, case, a letter changed in brackets ("[t]he"), an
 * ellipsis at either end, words left out where an ellipsis inside marks them, and the {@link
 * Apparatus} of a printed text: paragraph labels, footnote marks); any other word change, such as
 * "shall" becoming "should", is a difference. When the quote is not in the cited provision it looks
 * for it elsewhere in the corpus.
 */
public final class QuoteVerifier {
  /** At or above this the quote is an altered version of the cited provision. */
  static final double SAME_SOURCE = 0.6;

  /** At or above this the quote is a misquotation of the cited provision, wherever else it is. */
  static final double MISQUOTE = 0.85;

  /**
   * At or above this the quote is substantially the cited provision's text, however altered. Set
   * between what was measured on the shipped corpus: quotes of other texts cited to a provision
   * (CEDAW art. 6 as Protocol art. 6, 0.39; CRC art. 35 as Protocol art. 9, 0.47) and the seeds'
   * real misquotations (the weakest, a draft's rewording of CETS art. 13 (1), 0.52; the others from
   * 0.73 up).
   */
  static final double UNRELATED = 0.5;

  private static final Pattern ELLIPSIS_START =
      Pattern.compile("^\\s{0,20}(?:\\.\\s?\\.\\s?\\.|\u2026)");
  private static final Pattern ELLIPSIS_END =
      Pattern.compile("(?:\\.\\s?\\.\\s?\\.|\u2026)\\s{0,20}$");

  /** An omission marked inside a quote: "...", "…", "[...]" or "[…]". */
  private static final Pattern INNER_ELLIPSIS =
      Pattern.compile("\\[?\\s?(?:\\.\\s?\\.\\s?\\.|\u2026)\\s?\\]?");

  /**
   * A letter a quoting text changed and marked, as legal writing does: "[t]he Conference", a
   * sentence's opening made the middle of another.
   */
  private static final Pattern BRACKETED_LETTER = Pattern.compile("\\[(\\p{L})\\](?=\\p{L})");

  private static final Pattern OUTER_QUOTES =
      Pattern.compile(
          "^\\s{0,20}[\"\u201c\u201d\u00ab\u00bb\u2018\u2019']|[\"\u201c\u201d\u00ab\u00bb\u2018\u2019']\\s{0,20}$");
  private static final Pattern ODD_SPACE = Pattern.compile("\\s{2,}|[\\t\\n\\r\u00a0]|^\\s|\\s$");

  private final Citator citator;
  private final ProvisionSource source;
  private final ElsewhereFinder finder;
  private final OverrunFinder overruns;

  /** The language each instrument's text is in, as its metadata records it. */
  private final Map<String, String> languages = new HashMap<>();

  /** Each instrument's id by the name citations give it. */
  private final Map<String, String> citationNames = new HashMap<>();

  public QuoteVerifier(Citator citator, ProvisionSource source, List<Instrument> instruments) {
    this.citator = citator;
    this.source = source;
    this.finder = new ElsewhereFinder(source);
    this.overruns = new OverrunFinder(source);
    instruments.forEach(i -> languages.put(i.id(), i.language()));
    instruments.forEach(i -> citationNames.put(i.citationName(), i.id()));
  }

  public Verification verify(String quote, String citationText) {
    // "Guidelines 2.1 to 2.3", "paragraphs 3 and 4": the quote may be from any item cited.
    List<Citation> entries = citator.citeFirst(citationText);
    Citation citation = entries.get(0);
    Set<String> forgiven = new LinkedHashSet<>();
    String body = strip(quote, forgiven);
    List<Word> words = QuoteWords.words(body);
    List<Citation> found = entries.stream().filter(QuoteVerifier::resolved).toList();
    List<CitedProvision> cited =
        found.stream().flatMap(c -> c.provisions().stream()).filter(p -> p.text() != null).toList();
    boolean resolved = !found.isEmpty();
    if (resolved) {
      citation = found.get(0);
    }
    if (!resolved || cited.isEmpty()) {
      cited = resolved ? wholeInstrument(citation, body) : List.of();
    }
    if (cited.isEmpty()) {
      String why = citation.message() != null ? citation.message() : noText(citation);
      // A citation with the wrong number ("article 4 (a) of the Protocol" for art. 3 (a)) is the
      // commonest slip: where the words are is what the reader needs next.
      List<Verification.FoundIn> elsewhere =
          words.isEmpty() ? List.of() : finder.find(body, words, null, named(citation));
      if (!elsewhere.isEmpty()) {
        why += "; the quoted words are in " + elsewhere.get(0).citation();
      }
      return new Verification(
          Verification.UNRESOLVED,
          citation.provisions().stream().findFirst().orElse(null),
          0,
          List.copyOf(forgiven),
          List.of(),
          elsewhere,
          citation,
          why);
    }
    CitedProvision best = cited.get(0);
    Alignment alignment = QuoteAligner.align(words, QuoteWords.ofProvision(best.text()));
    for (CitedProvision p : cited.subList(1, cited.size())) {
      Alignment a = QuoteAligner.align(words, QuoteWords.ofProvision(p.text()));
      if (a.similarity() > alignment.similarity()) {
        best = p;
        alignment = a;
      }
    }
    List<List<Word>> pieces = pieces(body);
    if (pieces.size() > 1 && !alignment.contiguous()) {
      boolean omitted = false;
      for (CitedProvision p : cited) {
        Optional<Alignment> marked =
            QuoteAligner.inPieces(pieces, QuoteWords.ofProvision(p.text()));
        if (marked.isPresent()) {
          best = p;
          alignment = marked.get();
          omitted = true;
          break;
        }
      }
      if (!omitted) {
        // Not every piece is there word for word: each piece is still read where it was taken
        // from, so the diff shows the words changed and not the omission as missing words.
        for (CitedProvision p : cited) {
          Alignment a = QuoteAligner.piecewise(pieces, QuoteWords.ofProvision(p.text()));
          if (a.similarity() > alignment.similarity()) {
            best = p;
            alignment = a;
            omitted = true;
          }
        }
      }
      if (omitted) {
        forgiven.add("ellipsis");
      }
    }
    for (Citation c : found) {
      if (c.provisions().contains(best)) {
        citation = c; // the item of a list the quote was matched against
        break;
      }
    }
    forgiven.addAll(alignment.forgiven());
    if (alignment.contiguous()) {
      String verdict = alignment.identical() ? Verification.EXACT : Verification.VARIANT;
      return new Verification(
          verdict,
          best,
          1.0,
          List.copyOf(forgiven),
          alignment.diff(),
          List.of(),
          citation,
          ConjunctOmissions.warning(alignment.diff()).orElse(null));
    }
    Optional<OverrunFinder.Overrun> overrun = overruns.find(best, words);
    List<Verification.FoundIn> elsewhere =
        OverrunFinder.first(overrun, finder.find(body, words, best.id(), best.id().split("/")[0]));
    double citedSimilarity = alignment.similarity();
    List<Verification.FoundIn> holders =
        elsewhere.stream().filter(f -> f.similarity() > citedSimilarity).toList();
    // A near-verbatim match with the cited provision is a misquotation of it, even when some other
    // provision happens to hold the altered words; only a weak match points elsewhere.
    boolean verbatimElsewhere = !holders.isEmpty() && holders.get(0).similarity() >= 0.999;
    // A draft restating a treaty article with a clause dropped is not the quote's source: the quote
    // misquotes the article, as the draft does, and the draft is where the wording is found.
    boolean echoed =
        !holders.isEmpty()
            && citedSimilarity >= UNRELATED
            && finder.allBelow(holders, best.status());
    // A quote running on into the next provision is not a misquote of the one cited, however much
    // of it the quote holds.
    if (!holders.isEmpty()
        && !echoed
        && (citedSimilarity < SAME_SOURCE
            || overrun.isPresent()
            || (verbatimElsewhere && citedSimilarity < MISQUOTE))) {
      String why =
          overrun.isPresent()
              ? overrun.get().message()
              : "the quoted words are not in "
                  + best.citation()
                  + " but are in "
                  + elsewhere.get(0).citation();
      return judged(Verification.NOT_IN_CITED, best, alignment, forgiven, elsewhere, citation, why);
    }
    String language = otherLanguage(words, best, alignment);
    if (elsewhere.isEmpty() && citedSimilarity < UNRELATED && language == null) {
      // Too few of the words are the provision's to call the quote an altered version of it: an
      // invented or borrowed sentence is not a near miss.
      String why =
          "the quoted words are not in "
              + best.citation()
              + " and were not found elsewhere in the corpus";
      return judged(Verification.NOT_IN_CITED, best, alignment, forgiven, elsewhere, citation, why);
    }
    return judged(
        Verification.DIFFERS,
        best,
        alignment,
        forgiven,
        elsewhere,
        citation,
        language != null
            ? language
            : overrun.isPresent()
                ? overrun.get().message()
                : echoed
                    ? "differs from "
                        + best.citation()
                        + (verbatimElsewhere ? "; worded as " : "; worded more like ")
                        + holders.get(0).citation()
                        + (verbatimElsewhere ? " has it" : "")
                    : "words differ from " + best.citation());
  }

  /** A verdict on the cited provision {@code best}, with its alignment's similarity and diff. */
  private static Verification judged(
      String verdict,
      CitedProvision best,
      Alignment alignment,
      Set<String> forgiven,
      List<Verification.FoundIn> elsewhere,
      Citation citation,
      String message) {
    return new Verification(
        verdict,
        best,
        round(alignment.similarity()),
        List.copyOf(forgiven),
        alignment.diff(),
        elsewhere,
        citation,
        message);
  }

  /** Whether {@code quote} holds any word to verify: "...", "“”", "(emphasis added)" hold none. */
  public static boolean hasWords(String quote) {
    // A writer's note alone, "(emphasis added)", is no quotation either.
    return !QuoteWords.words(Apparatus.strip(quote, new HashSet<>())).isEmpty();
  }

  /**
   * Why a quote in another language than the provision's text ("la captación, el transporte ..."
   * for the English art. 3 (a)) differs in every word: said so, rather than as words that differ,
   * since only the text in the quote's language can settle it. The text's language is the one its
   * instrument records. Null when the quote is not in another language.
   */
  private String otherLanguage(List<Word> quote, CitedProvision cited, Alignment alignment) {
    String quoted = QuoteLanguage.of(quote);
    String held = languages.get(cited.id().split("/")[0]);
    if (alignment.similarity() < SAME_SOURCE
        && quoted != null
        && held != null
        && !quoted.equals(held)) {
      return "the quote is in "
          + QuoteLanguage.name(quoted)
          + " and the corpus holds "
          + cited.citation()
          + " in "
          + QuoteLanguage.name(held)
          + ": compare the quote with the "
          + QuoteLanguage.name(quoted)
          + " text";
    }
    return null;
  }

  /**
   * Why a citation gives no text to compare. A provision of an instrument the corpus knows only by
   * its metadata (CRC art. 35) is a valid citation whose text is missing, which is not a malformed
   * citation.
   */
  private static String noText(Citation citation) {
    return citation.provisions().stream()
        .filter(p -> CitationResolver.NOT_IN_CORPUS.equals(p.note()))
        .findFirst()
        .map(p -> p.citation() + ": text not in corpus (the citation is valid)")
        .orElse("the citation names no provision text");
  }

  /**
   * The instrument a citation names where it names none of its provisions ("article 4 (a) of the
   * Protocol"): its normalized form opens with the instrument's citation name. Null when none.
   */
  private String named(Citation citation) {
    String normalized = citation.normalized();
    String best = null;
    int longest = 0;
    if (normalized != null) {
      for (Map.Entry<String, String> e : citationNames.entrySet()) {
        String name = e.getKey();
        if (name.length() > longest
            && (normalized.equals(name) || normalized.startsWith(name + ", "))) {
          best = e.getValue();
          longest = name.length();
        }
      }
    }
    return best;
  }

  private static boolean resolved(Citation c) {
    return c.status() == Citation.RESOLVED || c.status() == Citation.AMBIGUOUS;
  }

  /** A whole instrument cited: the provisions of that instrument that hold the quote. */
  private List<CitedProvision> wholeInstrument(Citation citation, String quote) {
    Set<String> instruments = new LinkedHashSet<>();
    citation.provisions().forEach(p -> instruments.add(p.id().split("/")[0]));
    List<CitedProvision> out = new ArrayList<>();
    for (Provision p : source.candidates(quote, 10)) {
      if (instruments.contains(p.instrument())) {
        out.add(
            new CitedProvision(
                p.id().toString(), p.citation(), p.text(), p.status().label(), p.hash(), null));
      }
    }
    return out;
  }

  /**
   * The quote's words in the pieces its inner ellipses separate ("to the intended exploitation
   * [...] shall be irrelevant"): one piece when it has none.
   */
  private static List<List<Word>> pieces(String body) {
    List<List<Word>> out = new ArrayList<>();
    for (String piece : INNER_ELLIPSIS.split(body, -1)) {
      List<Word> words = QuoteWords.words(piece);
      if (!words.isEmpty()) {
        out.add(words);
      }
    }
    return out;
  }

  private static String strip(String quote, Set<String> forgiven) {
    String s = quote;
    if (ODD_SPACE.matcher(s).find()) {
      forgiven.add("whitespace");
    }
    s = s.strip();
    String before = s;
    s = OUTER_QUOTES.matcher(s).replaceAll("");
    if (!s.equals(before)) {
      forgiven.add("quote marks");
    }
    before = s;
    s = ELLIPSIS_END.matcher(ELLIPSIS_START.matcher(s).replaceFirst("")).replaceFirst("");
    if (!s.equals(before)) {
      forgiven.add("ellipsis");
    }
    before = s;
    s = BRACKETED_LETTER.matcher(s).replaceAll("$1");
    if (!s.equals(before)) {
      forgiven.add("bracketed letter");
    }
    return Apparatus.strip(s, forgiven);
  }

  private static double round(double v) {
    return ElsewhereFinder.round(v);
  }
}
