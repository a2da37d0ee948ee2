package org.precedent.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The query language: what each form parses to, and what each mistake says. */
class QueryParserTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # query                                     | canonical form                                   | why
          vulnerability                               | vulnerability                                    | one word
          position vulnerability                      | (position AND vulnerability)                     | AND is implied
          "position of vulnerability"                 | "position of vulnerability"                      | phrase keeps stopwords
          “position of vulnerability”                 | "position of vulnerability"                      | curly quotes pasted from documents
          «traite des personnes»                      | "traite des personnes"                           | guillemets, as French and Spanish quote
          „shall not“                                 | "shall not"                                      | low and high quotes
          "  abuse   of power "                       | "abuse of power"                                 | phrase whitespace collapsed
          abuse AND power                             | (abuse AND power)                                | explicit AND
          abuse OR power                              | (abuse OR power)                                 | OR
          abuse power OR vulnerability                | ((abuse AND power) OR vulnerability)             | AND binds tighter than OR
          abuse NOT power                             | (abuse AND NOT power)                            | NOT excludes within the AND
          abuse -power                                | (abuse AND NOT power)                            | a leading minus is NOT
          trafficking -"organ removal"                | (trafficking AND NOT "organ removal")            | minus before a phrase
          trafficking -(smuggling OR migrants)        | (trafficking AND NOT (smuggling OR migrants))    | minus before a group
          trafficking -status:statement               | (trafficking AND NOT status:statement)           | minus before a field
          abuse - power                               | (abuse AND - AND power)                          | a minus alone is a word
          non-punishment -smuggling                   | (non-punishment AND NOT smuggling)               | an inner hyphen stays in the word
          voluntary NEAR/5 safety                     | (voluntary NEAR/5 safety)                        | unordered proximity
          safety ONEAR/5 voluntary                    | (safety ONEAR/5 voluntary)                       | ordered proximity
          a NEAR/2 b NEAR/3 c                         | ((a NEAR/2 b) NEAR/3 c)                          | NEAR chains left to right
          non-punishment NEAR/10 victims              | (non-punishment NEAR/10 victims)                 | hyphenated word stays one operand
          "due regard" NEAR/3 safety                  | ("due regard" NEAR/3 safety)                     | phrase inside NEAR
          (abuse OR misuse) NEAR/3 power              | ((abuse OR misuse) NEAR/3 power)                 | OR group inside NEAR
          vulnerab*                                   | vulnerab*                                        | trailing wildcard
          vulnerab**                                  | vulnerab*                                        | repeated stars collapse
          non-pun*                                    | non-pun*                                         | a hyphenated prefix stays one operand: the phrase of its words, the last a prefix
          "position of vulnerab*"                     | "position of vulnerab*"                          | a wildcard inside quotes
          status:treaty abuse                         | (status:treaty AND abuse)                        | field restriction
          Status:treaty                               | status:treaty                                    | field names are case-insensitive
          body:"General Assembly" abuse               | (body:"General Assembly" AND abuse)              | quoted field value
          (a OR b) (c OR d)                           | ((a OR b) AND (c OR d))                          | groups
          ((abuse))                                   | abuse                                            | redundant parentheses
          shall and should                            | (shall AND and AND should)                       | lower-case and is a word
          Use of terms: trafficking                   | (Use AND of AND terms AND trafficking)           | Protocol art. 3's heading pasted: a colon after a word that names no field is punctuation
          this Protocol:“Trafficking in persons”      | (this AND Protocol AND "Trafficking in persons") | art. 3's text with its colon against the quote
          colour:red                                  | (colour AND red)                                 | no such field: two words, as the tokenizer would keep "colour:red" one
          Legal status: treaty                        | (Legal AND status AND treaty)                    | a field's name with a space after its colon is text too
          "“Trafficking in persons” shall mean"       | "Trafficking in persons shall mean"              | art. 3 (a) copied with its curly quotes between straight ones: the inner pair is punctuation
          “the term “child” shall mean”               | "the term child shall mean"                      | a curly pair inside a curly pair
          "“Trafficking in persons shall mean"        | "Trafficking in persons shall mean"              | an inner quote never closed: the last quote closes the phrase
          "victims" "traffickers"                     | ("victims" AND "traffickers")                    | two phrases side by side stay two
          „shall not“ "be detained"                   | ("shall not" AND "be detained")                  | a low quote closed by a high one, then a straight pair
          """)
  void parses(String query, String canonical) {
    assertEquals(canonical, QueryParser.parse(query).toString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # query                          | message fragment                     | why
          '   '                            | empty                                | nothing to search
          "position of vulnerability       | unbalanced quotes                    | phrase never closed
          (abuse OR power                  | a '(' is never closed                | missing )
          abuse OR power)                  | ')' without a matching '('           | stray )
          ()                               | empty parentheses                    | empty group
          *                                | wildcard alone                       | would match everything
          ***                              | wildcard alone                       | would match everything
          vu*                              | at least 3 letters                   | too broad a prefix
          *ability                         | trailing *                           | leading wildcard
          vul*ble                          | trailing *                           | inner wildcard
          "trafficking * persons"          | wildcard alone                       | a lone star inside quotes would match any word
          "vul*ble position"               | trailing *                           | inside quotes a wildcard follows the same rules
          "vu* of power"                   | at least 3 letters                   | too broad a prefix inside quotes
          non-pu*                          | at least 3 letters                   | the prefix expanded is the part after the hyphen
          abuse NEAR power                 | needs a distance                     | NEAR without /n
          abuse NEAR/51 power              | at most 50                           | distance too large
          NOT abuse                        | NOT needs something                  | pure negative
          NOT abuse NOT power              | NOT needs something                  | pure negative AND
          -abuse                           | NOT needs something                  | pure negative by minus
          AND abuse                        | needs a word before it               | leading operator
          abuse AND                        | needs a word                         | dangling operator
          abuse OR                         | needs a word                         | dangling operator
          abuse NEAR/3                     | needs a word                         | dangling NEAR
          '""'                             | empty phrase                         | nothing between quotes
          '"“”"'                           | empty phrase                         | nothing but quotes between the quotes
          """)
  void rejects(String query, String message) {
    QueryException e = assertThrows(QueryException.class, () -> QueryParser.parse(query));
    assertTrue(e.getMessage().contains(message), query + " -> " + e.getMessage());
    assertTrue(e.detail() != null && !e.detail().isEmpty(), "a hint accompanies " + query);
  }
}
