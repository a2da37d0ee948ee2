package org.precedent.cite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.ProvisionId;

/**
 * The citation grammar: {@code cite/grammar.json} (names, short forms, unit words, resolution and
 * decision series) merged with the manifest's titles, short titles, aliases and symbols, so an
 * instrument added to the manifest is citable without code. Immutable once built.
 */
public final class CitationGrammar {
  private static final String RESOURCE = "/cite/grammar.json";

  private final NameTrie names = new NameTrie();
  private final NameTrie generics = new NameTrie();
  private final Map<String, Data.Generic> genericByName = new HashMap<>();
  private final Map<String, Instrument> instruments = new LinkedHashMap<>();
  private final Map<String, String> bySymbol = new HashMap<>();

  /**
   * Instruments that are another's annex, by the manifest's symbols: tip-protocol's symbol is
   * "A/RES/55/25, annex II", so the key "a-res-55-25 II" gives tip-protocol ("" for an only annex).
   */
  private final Map<String, String> annexes = new HashMap<>();

  private static final java.util.regex.Pattern ANNEX_SYMBOL =
      java.util.regex.Pattern.compile(
          "(.+?),\\s*annex(?:\\s+([IVXLC]+))?", java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * Every key with a part in the grammar (a unit or series word, a lead, an annex or context word,
   * a name's first word), read once per token: the ordinary words of a text cost one lookup each.
   */
  private final KeyTable<GrammarWord> words;

  private final GrammarWord unknown = GrammarWord.unknown(this);

  private final Data data;

  private final Set<String> ownWords;

  private final Set<String> signalWords;

  private final Set<String> preambleWords;

  /** The words of each name of a resolution's operative part, folded. */
  private final List<List<String>> operativeParts = new ArrayList<>();

  private final Set<String> andWords;

  private final Set<String> rangeWords;

  private final Compounds compounds;
  private final KeySieve sieve;

  private final Set<String> ordinalJoiners;

  private final Set<String> ordinalSuffixes;

  /** The grammar file's shape. */
  record Data(
      List<Named> instruments,
      List<Generic> generic,
      List<String> determiners,
      List<String> leads,
      List<String> contextWords,
      List<String> ownWords,
      List<String> signalWords,
      List<String> preambleWords,
      List<List<String>> operativeParts,
      List<Unit> units,
      List<String> annexWords,
      List<String> ofWords,
      List<String> andWords,
      List<String> rangeWords,
      List<String> titleWords,
      List<List<String>> ordinals,
      List<Tens> ordinalTens,
      List<String> ordinalJoiners,
      List<String> ordinalSuffixes,
      List<Series> series) {
    record Named(String id, List<String> names) {}

    /**
     * A short form and the instruments it may name; {@code otherNames} are the same short form in
     * other languages ("Protocolo"). {@code usual}, when set, is the one it names in texts on
     * trafficking unless context says otherwise, {@code usualWhy} the reason.
     */
    record Generic(
        String name,
        List<String> otherNames,
        List<String> candidates,
        String why,
        String usual,
        String usualWhy) {
      List<String> names() {
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(otherNames == null ? List.of() : otherNames);
        return all;
      }
    }

    /**
     * A provision unit. {@code namedOnly}: cited only with its instrument named ("footnote 6 of the
     * Principles", "its footnote 2"); with none named, a document cites its own ("see sect. III,
     * footnote 4"), not the instrument named last.
     */
    record Unit(String step, List<String> words, String defaultInstrument, boolean namedOnly) {}

    record Series(
        List<String> words,
        List<String> templates,
        List<String> yearTemplates,
        List<Body> bodies) {}

    record Body(String words, List<String> templates) {}

    /**
     * A multiple of ten: {@code heads} start an ordinal with a unit after them ("twenty" of
     * "twenty-first", "vigésimo" of "vigésimo primer"), {@code words} say it alone ("twentieth").
     */
    record Tens(int value, List<String> heads, List<String> words) {}
  }

  private CitationGrammar(Data data, List<Instrument> manifest) {
    this.data = data;
    this.ownWords = folded(data.ownWords());
    this.signalWords = folded(data.signalWords());
    this.preambleWords = folded(data.preambleWords());
    data.operativeParts()
        .forEach(words -> operativeParts.add(words.stream().map(Token::fold).toList()));
    this.andWords = folded(data.andWords());
    this.rangeWords = folded(data.rangeWords());
    this.ordinalJoiners = folded(data.ordinalJoiners());
    this.ordinalSuffixes = folded(data.ordinalSuffixes());
    for (Instrument i : manifest) {
      instruments.put(i.id(), i);
      bySymbol.put(i.id(), i.id());
    }
    for (Instrument i : manifest) {
      if (i.symbol() != null && !i.symbol().isBlank()) {
        bySymbol.putIfAbsent(ProvisionId.forSymbol(i.symbol()), i.id());
        java.util.regex.Matcher annex = ANNEX_SYMBOL.matcher(i.symbol().strip());
        if (annex.matches()) {
          String numeral = annex.group(2) == null ? "" : annex.group(2).toUpperCase(Locale.ROOT);
          annexes.put(ProvisionId.forSymbol(annex.group(1)) + " " + numeral, i.id());
        }
      }
    }
    for (Data.Generic g : data.generic()) {
      g.names().forEach(n -> generics.add(n, g.name()));
      genericByName.put(g.name(), g);
    }
    for (Data.Named n : data.instruments()) {
      n.names().forEach(name -> names.add(name, n.id()));
    }
    for (Instrument i : manifest) {
      List<String> own = new ArrayList<>(i.aliases());
      own.add(i.title());
      own.add(i.shortTitle());
      own.add(i.symbol());
      for (String name : own) {
        if (name != null && !name.isBlank() && !isGeneric(name) && distinctive(name)) {
          names.add(stripArticle(name), i.id());
        }
      }
    }
    Map<String, GrammarWord> byKey = wordsByKey(data);
    words = new KeyTable<>(byKey);
    sieve = new KeySieve(byKey);
    compounds = new Compounds(byKey.keySet());
  }

  /** Every key the grammar has a part for, with all its parts. */
  private Map<String, GrammarWord> wordsByKey(Data data) {
    Map<String, Data.Unit> units = new HashMap<>();
    for (Data.Unit u : data.units()) {
      u.words().forEach(w -> units.put(Token.fold(w), u));
    }
    Map<String, Data.Series> series = new HashMap<>();
    for (Data.Series s : data.series()) {
      s.words().forEach(w -> series.put(Token.fold(w), s));
    }
    Set<String> determiners = Set.copyOf(data.determiners());
    Set<String> leads = Set.copyOf(data.leads());
    Set<String> annexWords = Set.copyOf(data.annexWords());
    Set<String> contextWords = Set.copyOf(data.contextWords());
    Set<String> ofWords = folded(data.ofWords());
    Set<String> titleWords = folded(data.titleWords());
    Map<String, Integer> ordinals = new HashMap<>();
    for (int n = 0; n < data.ordinals().size(); n++) {
      for (String word : data.ordinals().get(n)) {
        ordinals.put(Token.fold(word), n + 1);
      }
    }
    Map<String, Integer> tens = new HashMap<>();
    for (Data.Tens ten : data.ordinalTens()) {
      ten.words().forEach(w -> ordinals.put(Token.fold(w), ten.value()));
      ten.heads().forEach(w -> tens.put(Token.fold(w), ten.value()));
    }
    Set<String> known = new HashSet<>(units.keySet());
    known.addAll(series.keySet());
    known.addAll(leads);
    known.addAll(determiners);
    known.addAll(annexWords);
    known.addAll(contextWords);
    known.addAll(ofWords);
    known.addAll(titleWords);
    known.addAll(ordinals.keySet());
    known.addAll(tens.keySet());
    known.addAll(names.firstKeys());
    known.addAll(generics.firstKeys());
    Map<String, GrammarWord> byKey = new HashMap<>();
    for (String key : known) {
      byKey.put(
          key,
          new GrammarWord(
              this,
              units.get(key),
              series.get(key),
              leads.contains(key),
              determiners.contains(key),
              annexWords.contains(key),
              contextWords.contains(key),
              ofWords.contains(key),
              titleWords.contains(key),
              ordinals.getOrDefault(key, 0),
              tens.getOrDefault(key, 0),
              names.firstKeys().contains(key),
              generics.firstKeys().contains(key)));
    }
    return byKey;
  }

  private static Set<String> folded(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(Token.fold(w)));
    return out;
  }

  /**
   * What this grammar makes of {@code t}'s key, looked up on first asking and kept on the token.
   */
  GrammarWord word(Token t) {
    GrammarWord w = t.word();
    if (w == null || w.owner() != this) {
      w = words.get(t);
      if (w == null) {
        w = unknown;
      }
      t.word(w);
    }
    return w;
  }

  /** The shipped grammar over {@code manifest}'s instruments. */
  public static CitationGrammar load(List<Instrument> manifest) {
    ObjectMapper json =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    try (InputStream in = CitationGrammar.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new CitationGrammar(json.readValue(in, Data.class), manifest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** A manifest alias such as "the Protocol" would silently settle an ambiguity: keep it out. */
  private boolean isGeneric(String name) {
    List<String> keys = NameTrie.keys(stripArticle(name));
    return data.generic().stream()
        .flatMap(g -> g.names().stream())
        .anyMatch(n -> NameTrie.keys(n).equals(keys));
  }

  /**
   * A one-word manifest name must look like an acronym or symbol (UNTOC, CEDAW, A/64/L.64): a short
   * title such as "Statement" would turn every use of the word into a citation.
   */
  private static boolean distinctive(String name) {
    String bare = stripArticle(name);
    if (NameTrie.keys(bare).size() > 1) {
      return true;
    }
    return bare.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
        || bare.indexOf('/') >= 0;
  }

  private static String stripArticle(String name) {
    String trimmed = name.strip();
    return trimmed.regionMatches(true, 0, "the ", 0, 4) ? trimmed.substring(4) : trimmed;
  }

  Optional<NameTrie.Match> name(List<Token> tokens, int at) {
    if (at >= tokens.size() || !word(tokens.get(at)).startsName()) {
      return Optional.empty();
    }
    return names.match(tokens, at);
  }

  /** How far the text at {@code at} follows some listed name (see {@link NameTrie#reach}). */
  int nameReach(List<Token> tokens, int at) {
    return names.reach(tokens, at);
  }

  Optional<NameTrie.Match> generic(List<Token> tokens, int at) {
    if (at >= tokens.size() || !word(tokens.get(at)).startsGeneric()) {
      return Optional.empty();
    }
    return generics.match(tokens, at);
  }

  Data.Generic genericNamed(String name) {
    return genericByName.get(name);
  }

  Optional<Data.Unit> unit(Token t) {
    return t.isWord() ? Optional.ofNullable(word(t).unit()) : Optional.empty();
  }

  Optional<Data.Series> series(Token t) {
    return t.isWord() ? Optional.ofNullable(word(t).series()) : Optional.empty();
  }

  /** False when no citation can begin at {@code t}, other than at a symbol. */
  boolean mayBegin(Token t) {
    return word(t).begins();
  }

  /**
   * Whether no citation can begin at token {@code i}, answered from the text for an ASCII word or
   * mark without making its token: most tokens of a text. A word starting with "i" is left to the
   * finder, which reads "its", "ibid" and "id" before asking {@link #mayBegin}. A lead word alone
   * ("the", "this", "la") begins a citation only through the words after it, as {@link
   * InstrumentReader#read} takes them: when the next is a word or mark that neither leads on nor
   * starts a name, series or short form, nothing begins there either.
   */
  boolean beginsNothing(Tokens t, int i) {
    if (!t.isAsciiWordOrMark(i)) {
      return false;
    }
    if (!t.mayBegin(i)) {
      return true;
    }
    GrammarWord w = words.getAscii(t, i);
    if (w == null) {
      return true;
    }
    if (t.firstChar(i) == 'i' || t.firstChar(i) == 'I') {
      return false;
    }
    if (!w.begins()) {
      return true;
    }
    // A lead word ("the", "this", "la") begins a citation only through the word after it.
    return w.onlyLead() && i + 1 < t.size() && namesNothing(t, i + 1);
  }

  /** Whether token k is an ASCII word or mark that neither leads further nor starts a name. */
  private boolean namesNothing(Tokens t, int k) {
    if (!t.isAsciiWordOrMark(k)) {
      return false;
    }
    if (!t.mayName(k)) {
      return true;
    }
    GrammarWord w = words.getAscii(t, k);
    return w == null || !(w.lead() || w.series() != null || w.startsName() || w.startsGeneric());
  }

  boolean isDeterminer(Token t) {
    return t.isWord() && word(t).determiner();
  }

  /** An elided determiner, the "l'" of "de l'article 6" ({@link Compounds} made it one word). */
  boolean isElision(Token t) {
    if (!isDeterminer(t)) {
      return false;
    }
    return Token.isApostrophe(t.key().charAt(t.key().length() - 1));
  }

  boolean isLead(Token t) {
    return t.isWord() && word(t).lead();
  }

  boolean isAnnex(Token t) {
    return t.isWord() && word(t).annex();
  }

  /** "of", or a word that says it in another language ("de", "del", "du"). */
  boolean isOf(Token t) {
    return t.isWord() && word(t).of();
  }

  /** A word saying that the reference before it is to the text's own parts: "above", "infra". */
  boolean isOwnWord(Token t) {
    return t.isWord() && ownWords.contains(t.key());
  }

  /** Whether {@code t} introduces a citation ("See", "Cf.", "Véase"): see the grammar file. */
  boolean isSignal(Token t) {
    return t.isWord() && signalWords.contains(t.key());
  }

  /** A word joining the items of a list: "and", "or", "y", "et". */
  boolean isAnd(Token t) {
    return andWords.contains(t.key());
  }

  /** A word or dash between the two ends of a range: "to", "-", "a", "à". */
  boolean isRange(Token t) {
    return rangeWords.contains(t.key());
  }

  /** The grammar's hyphenated words, to be read as one token each. */
  Compounds compounds() {
    return compounds;
  }

  /** What the tokenizer sifts a text's tokens with for {@link #beginsNothing}. */
  KeySieve sieve() {
    return sieve;
  }

  /** "preamble", "preámbulo", "préambule". */
  boolean isPreamble(Token t) {
    return t.isWord() && preambleWords.contains(t.key());
  }

  /**
   * The index after the name of an operative part at {@code k} ("operative part", "parte
   * dispositiva", "dispositif"), or {@code k}.
   */
  int operativePartEnd(Tokens t, int k) {
    for (List<String> words : operativeParts) {
      int n = 0;
      while (n < words.size() && t.get(k + n).isWord() && t.get(k + n).is(words.get(n))) {
        n++;
      }
      if (n == words.size()) {
        return k + n;
      }
    }
    return k;
  }

  /** The number an ordinal word says ("fourth", "cuarto", "quatrième": 4), or 0. */
  int ordinal(Token t) {
    return t.isWord() ? word(t).ordinal() : 0;
  }

  /** The ten a word starts an ordinal with ("twenty", "vigésimo", "vingt": 20), or 0. */
  int tens(Token t) {
    return t.isWord() ? word(t).tens() : 0;
  }

  /** A word between a ten and its unit: the "et" of "vingt et unième". */
  boolean isOrdinalJoiner(Token t) {
    return t.isWord() && ordinalJoiners.contains(t.key());
  }

  /**
   * An ending that makes a number ordinal: the "th" of "4th", the "º" of "4.º", the "e" of "4e".
   */
  boolean isOrdinalSuffix(Token t) {
    return t.isWord() && ordinalSuffixes.contains(t.key());
  }

  /** Whether {@code t} is a word that, after a short form, may join it to more of a title. */
  boolean isTitleWord(Token t) {
    return t.isWord() && word(t).title();
  }

  boolean isContextWord(Token t) {
    return t.isWord() && word(t).context();
  }

  /**
   * The instrument that is annex {@code numeral} ("II", or "" for an only annex) of the instrument
   * {@code of}, as the manifest's symbols say.
   */
  Optional<String> annex(String of, String numeral) {
    return Optional.ofNullable(annexes.get(of + " " + numeral));
  }

  /** The instrument a UN symbol names: by the manifest's symbol, else by the id rule. */
  Optional<String> symbol(String symbol) {
    String bare = symbol.endsWith(".") ? symbol.substring(0, symbol.length() - 1) : symbol;
    return Optional.ofNullable(bySymbol.get(ProvisionId.forSymbol(bare)));
  }

  Optional<Instrument> instrument(String id) {
    return Optional.ofNullable(instruments.get(id));
  }

  boolean known(String id) {
    return instruments.containsKey(id);
  }

  Set<String> knownIds() {
    return instruments.keySet();
  }
}
