package org.precedent.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Items a draft drops from a precedent's enumeration, as the check's weight changes report them (no
 * effect: no item reported). Precedent wording from the corpus.
 */
class ListItemsTest {
  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Trafficked persons shall not be detained, charged or prosecuted for the illegality"
            + " | Trafficked persons shall not be detained or prosecuted for the illegality"
            + " | narrows: drops 'charged' from 'detained, charged or prosecuted'"
            + " | Principle 7, an item from the middle",
        "Trafficked persons shall not be detained, charged or prosecuted for the illegality"
            + " | Trafficked persons shall not be detained, charged for the illegality"
            + " | narrows: drops 'prosecuted' from 'detained, charged or prosecuted'"
            + " | Principle 7, the last item with its conjunction",
        "by means of the threat or use of force, of abduction, of fraud, of deception, of the"
            + " abuse of power | by means of the threat or use of force, of abduction, of deception,"
            + " of the abuse of power"
            + " | narrows: drops 'of fraud' from 'of abduction, of fraud, of deception'"
            + " | Protocol art. 3 (a), a means dropped where the diff places the run one word off",
        "measures to provide for the physical, psychological and social recovery of victims"
            + " | measures to provide for the physical and social recovery of victims"
            + " | narrows: drops 'psychological' from 'the physical, psychological and social'"
            + " | Protocol art. 6 (3), one kind of recovery",
        "all persons except diplomats, consular officers and their families"
            + " | all persons except diplomats and their families"
            + " | broadens: drops 'consular officers' from 'diplomats, consular officers and their'"
            + " | an item dropped from an exception widens what is covered",
        "the private sector, including the media, and workers' organizations"
            + " | the private sector and workers' organizations"
            + " | "
            + " | an example set off by commas is not an item",
        "Protocol to Prevent, Suppress and Punish Trafficking in Persons"
            + " | Protocol to Prevent and Punish Trafficking in Persons"
            + " | "
            + " | words of a title are not items",
        "cooperation at the national, regional, regional and international levels"
            + " | cooperation at the national, regional and international levels"
            + " | "
            + " | a repeated word dropped leaves the list as it was",
        "to conclude bilateral agreements, where appropriate, to ensure their return"
            + " | to conclude bilateral agreements to ensure their return"
            + " | strengthens: drops 'where appropriate'"
            + " | a qualifier set off by commas is said as a qualifier",
        "protection of victims, witnesses, or and experts | protection of victims, witnesses"
            + " experts | | conjunctions alone dropped are no item",
        "Trafficked persons shall not be detained, charged or prosecuted for the illegality"
            + " | Trafficked persons shall not be detained or charged for the illegality"
            + " | narrows: drops 'prosecuted' from 'detained, charged or prosecuted'"
            + " | an item moved where another stood: the other is dropped, not the moved one",
        "cooperation at the national, regional and international levels"
            + " | cooperation at the national and international levels with regional bodies"
            + " | narrows: drops 'regional' from 'the national, regional and international'"
            + " | an item's word elsewhere in the draft does not keep it in the list",
        "States shall consider adopting legislative, administrative or other measures"
            + " | States shall consider adopting legislative, administrative or other measures"
            + " | "
            + " | the same list: nothing reported",
      })
  void itemsDroppedFromAList(String precedent, String draft, String effect, String why) {
    List<String> effects = WeightDifferTest.effects(precedent, draft);
    if (effect == null) {
      assertEquals(List.of(), effects.stream().filter(e -> e.contains("' from '")).toList(), why);
    } else {
      assertEquals(List.of(effect), effects, why);
    }
  }
}
