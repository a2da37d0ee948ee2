package org.precedent.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What a hit shows of a provision beyond its {@link ProvisionView}: the heading it stands under
 * (null when it has none) and the legal concepts it states, sorted. Kept in a doc value ({@link
 * Fields#HIT}) so that a page of hits reads two doc values per provision and no stored record.
 */
public record HitDetails(String heading, List<String> concepts) {
  public HitDetails {
    heading = heading == null || heading.isBlank() ? null : heading;
    concepts = List.copyOf(concepts);
  }

  static HitDetails of(String heading, Collection<String> concepts) {
    return new HitDetails(heading, List.copyOf(concepts));
  }

  BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeByte((byte) (heading == null ? 0 : 1));
    out.writeString(heading == null ? "" : heading);
    // A 1 before each concept, a 0 after the last.
    for (String concept : concepts) {
      out.writeByte((byte) 1);
      out.writeString(concept);
    }
    out.writeByte((byte) 0);
    return new BytesRef(out.toArrayCopy());
  }

  static HitDetails decode(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    boolean headed = in.readByte() == 1;
    String heading = in.readString();
    List<String> concepts = new ArrayList<>();
    while (in.readByte() == 1) {
      concepts.add(in.readString());
    }
    return new HitDetails(headed ? heading : null, concepts);
  }
}
