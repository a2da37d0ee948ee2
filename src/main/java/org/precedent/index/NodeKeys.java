package org.precedent.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.StringHelper;

/**
 * 64-bit keys for provision ids, indexed as {@link Fields#NODE} and {@link Fields#ANCESTORS}. Two
 * independently seeded 32-bit MurmurHash3 values side by side: among a million ids the chance that
 * any two share a key is about one in ten million, and a clash could at worst hide one parent hit.
 */
public final class NodeKeys {
  private NodeKeys() {}

  public static long of(String id) {
    byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
    long high = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x5eed_0001);
    long low = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x5eed_0002);
    return (high << 32) | (low & 0xffff_ffffL);
  }

  /**
   * The ids of every ancestor, nearest last: the prefixes of {@code id} ending before a {@code
   * "__"} (the path separator of provision ids: {@code inst/art_3__para_1} is inside {@code
   * inst/art_3}).
   */
  public static List<String> ancestors(String id) {
    List<String> out = new ArrayList<>();
    for (int cut = id.indexOf("__"); cut > 0; cut = id.indexOf("__", cut + 2)) {
      out.add(id.substring(0, cut));
    }
    return out;
  }
}
