package org.precedent.cite;

import java.util.ArrayList;
import java.util.List;
import org.precedent.corpus.Instrument;
import org.precedent.corpus.Status;
import org.precedent.testing.Instruments;

/**
 * Manifest entries like the real corpus's, metadata-only (so no text and no Lucene): enough for the
 * grammar to know which instrument ids exist.
 */
final class FakeCorpus {
  private FakeCorpus() {}

  static List<Instrument> instruments() {
    List<Instrument> out = new ArrayList<>();
    out.add(
        meta(
            "tip-protocol",
            "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
            "Trafficking in Persons Protocol",
            "A/RES/55/25, annex II",
            "treaty",
            Status.of("treaty")));
    out.add(
        meta(
            "untoc",
            "United Nations Convention against Transnational Organized Crime",
            "UNTOC",
            "A/RES/55/25, annex I",
            "treaty",
            Status.of("treaty")));
    out.add(
        meta(
            "smuggling-protocol",
            "Protocol against the Smuggling of Migrants by Land, Sea and Air",
            "Smuggling of Migrants Protocol",
            "A/RES/55/25, annex III",
            "treaty",
            Status.of("treaty")));
    out.add(
        meta(
            "firearms-protocol",
            "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition",
            "Firearms Protocol",
            "A/RES/55/255, annex",
            "treaty",
            Status.of("treaty")));
    out.add(
        meta(
            "coe-cets-197",
            "Council of Europe Convention on Action against Trafficking in Human Beings",
            "CETS 197",
            null,
            "treaty",
            Status.of("treaty")));
    out.add(
        meta(
            "ohchr-principles",
            "Recommended Principles and Guidelines on Human Rights and Human Trafficking",
            "OHCHR Recommended Principles and Guidelines",
            "E/2002/68/Add.1",
            "principles",
            Status.of("principles")));
    out.add(
        meta(
            "a-64-l-64",
            "Draft resolution: United Nations Global Plan of Action to Combat Trafficking in Persons",
            null,
            "A/64/L.64",
            "draft",
            Status.of("draft")));
    out.add(
        meta(
            "ctoc-cop-wg-4-2010-6",
            "Report on the meeting of the Working Group on Trafficking in Persons held in Vienna from 27 to 29 January 2010",
            null,
            "CTOC/COP/WG.4/2010/6",
            "report",
            Status.of("report")));
    out.add(
        meta(
            "ccpcj-decision-16-1",
            "CCPCJ decision 16/1",
            null,
            null,
            "decision",
            Status.of("adopted")));
    out.add(
        meta(
            "ccpcj-decision-16-2",
            "CCPCJ decision 16/2",
            null,
            null,
            "decision",
            Status.of("adopted")));
    for (String r :
        List.of("55/25", "55/255", "61/180", "63/194", "64/178", "64/293", "58/137", "61/144")) {
      // As in the shipped manifest, one resolution is also named by its bare number.
      out.add(
          meta(
              "a-res-" + r.replace('/', '-'),
              "General Assembly resolution " + r,
              null,
              r.equals("58/137") ? List.of(r) : List.of(),
              "A/RES/" + r,
              "resolution",
              Status.of("adopted")));
    }
    out.add(
        meta(
            "e-res-2006-27",
            "ECOSOC resolution 2006/27",
            null,
            "E/RES/2006/27",
            "resolution",
            Status.of("adopted")));
    out.add(
        meta(
            "crc",
            "Convention on the Rights of the Child",
            "CRC",
            null,
            "treaty",
            Status.of("treaty")));
    out.add(
        meta(
            "crc-opsc",
            "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
            null,
            null,
            "treaty",
            Status.of("treaty")));
    out.add(
        meta(
            "cedaw",
            "Convention on the Elimination of All Forms of Discrimination against Women",
            "CEDAW",
            null,
            "treaty",
            Status.of("treaty")));
    return out;
  }

  static Instrument meta(
      String id, String title, String shortTitle, String symbol, String kind, Status status) {
    return meta(id, title, shortTitle, List.of(), symbol, kind, status);
  }

  static Instrument meta(
      String id,
      String title,
      String shortTitle,
      List<String> aliases,
      String symbol,
      String kind,
      Status status) {
    return Instruments.of(id, title, kind, status).names(shortTitle, aliases, symbol).build();
  }
}
