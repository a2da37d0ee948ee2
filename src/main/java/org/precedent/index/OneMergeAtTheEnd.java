package org.precedent.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * A build's merge policy: no merges while the writer threads write, and one merge of every segment
 * they flushed when the build asks for a single segment ({@link Indexer}). A published index is
 * merged into one segment anyway, so a merge made while writing is a copy the last merge makes
 * again, and it takes a core from the writer threads.
 */
final class OneMergeAtTheEnd extends FilterMergePolicy {
  private volatile int merged;

  OneMergeAtTheEnd() {
    super(new TieredMergePolicy());
  }

  /** The most segments a forced merge was asked to merge: the segments the build flushed. */
  int merged() {
    return merged;
  }

  @Override
  public MergeSpecification findMerges(
      MergeTrigger trigger, SegmentInfos infos, MergeContext context) {
    return null;
  }

  @Override
  public MergeSpecification findFullFlushMerges(
      MergeTrigger trigger, SegmentInfos infos, MergeContext context) {
    return null;
  }

  @Override
  public MergeSpecification findForcedMerges(
      SegmentInfos infos,
      int maxSegmentCount,
      Map<SegmentCommitInfo, Boolean> segmentsToMerge,
      MergeContext context)
      throws IOException {
    // Asked again as each merge finishes, with the merged segment in the list: the first count is
    // the one that says what the writer threads flushed.
    merged = Math.max(merged, infos.size());
    return super.findForcedMerges(infos, maxSegmentCount, segmentsToMerge, context);
  }
}
