package org.precedent.cite;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void print() throws Exception {
    CitationGrammar g = CitationGrammar.load(FakeCorpus.instruments());
    CitationFinder f = new CitationFinder(g);
    for (String s : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/cite-in.txt"))) {
      System.out.println("== " + s);
      for (Reference r : f.find(s)) {
        System.out.println("  [" + r.text() + "] " + r.target().kind() + " " + r.target().ids() + " " + r.path());
      }
    }
  }
}
