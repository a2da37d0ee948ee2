package org.precedent.index;

import java.io.IOException;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.precedent.corpus.Provision;
import org.precedent.corpus.ProvisionId;
import org.precedent.corpus.Status;

/**
 * The part of a provision the agreed-language check reads for every candidate, and a hit shows with
 * its {@link HitDetails}: its id, status, citation and exact text, kept in a doc value ({@link
 * Fields#VIEW}); the stored record holds the rest of the provision.
 */
public record ProvisionView(ProvisionId id, Status status, String citation, String text) {

  public String instrument() {
    return id.instrument();
  }

  public static ProvisionView of(Provision p) {
    return new ProvisionView(p.id(), p.status(), p.citation(), p.text());
  }

  BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeString(id.toString());
    out.writeString(status.label());
    out.writeByte((byte) (citation == null ? 0 : 1));
    out.writeString(citation == null ? "" : citation);
    out.writeString(text);
    return new BytesRef(out.toArrayCopy());
  }

  static ProvisionView decode(BytesRef bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    ProvisionId id =
        ProvisionId.parse(in.readString())
            .orElseThrow(() -> new IllegalStateException("index holds an unreadable provision id"));
    Status status = Status.of(in.readString());
    boolean cited = in.readByte() == 1;
    String citation = in.readString();
    return new ProvisionView(id, status, cited ? citation : null, in.readString());
  }
}
