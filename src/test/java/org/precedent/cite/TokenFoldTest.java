package org.precedent.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table-driven fold against its definition (decompose, drop marks, lower-case). */
class TokenFoldTest {
  @Test
  void everyCharacterBelowU0300FoldsAsItsDefinitionSays() {
    for (char c = 0; c < 0x300; c++) {
      String s = "x" + c + "y";
      assertEquals(Token.foldSlowly(s), Token.fold(s), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void randomTextsOfLatinLettersMarksAndOtherScriptsFoldAsDefined() {
    String alphabet = "aAzZéÉèçÇñÑüÜøØßæÆœŒİıĳǅǈ\u0301\u0308\u0327ΣσςΑάЖжﬁ ,.-'’0123456789";
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int k = 0; k < length; k++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(Token.foldSlowly(s.toString()), Token.fold(s.toString()), s.toString());
    }
  }
}
