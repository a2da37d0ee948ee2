package org.precedent.cite;

/**
 * Everything the grammar knows about one key, looked up once per token: the readers ask a token
 * about units, series, leads and names many times over, and each answer would otherwise hash its
 * key again. {@code owner} is the grammar that answered, so a token is never read by another's.
 */
record GrammarWord(
    CitationGrammar owner,
    CitationGrammar.Data.Unit unit,
    CitationGrammar.Data.Series series,
    boolean lead,
    boolean determiner,
    boolean annex,
    boolean context,
    boolean of,
    boolean title,
    int ordinal,
    int tens,
    boolean startsName,
    boolean startsGeneric) {

  /** A key the grammar does not know. */
  static GrammarWord unknown(CitationGrammar owner) {
    return new GrammarWord(
        owner, null, null, false, false, false, false, false, false, 0, 0, false, false);
  }

  /**
   * Whether a citation can begin here (short of a symbol): a unit, series, lead or name word, an
   * ordinal ("the fourth preambular paragraph") or the ten that starts one ("twenty-first").
   */
  boolean begins() {
    return unit != null
        || series != null
        || lead
        || startsName
        || startsGeneric
        || ordinal > 0
        || tens > 0;
  }

  /** A lead word ("the", "this") and nothing else a citation may begin with. */
  boolean onlyLead() {
    return lead
        && unit == null
        && series == null
        && !startsName
        && !startsGeneric
        && ordinal == 0
        && tens == 0;
  }
}
