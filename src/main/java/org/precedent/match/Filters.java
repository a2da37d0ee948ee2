package org.precedent.match;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.precedent.corpus.Status;
import org.precedent.index.Fields;

/**
 * What a check may cite, as Lucene filters: agreed sources, the rest, and both, each the allowed
 * statuses less the excluded instruments. A group none of whose statuses is allowed has a null
 * filter and is never searched. {@code any} is null when it would let every provision through: a
 * filter matching the whole index still costs each candidate query a conjunction.
 */
record Filters(Query agreed, Query other, Query any) {

  static Filters of(CheckRequest request) {
    Set<Status> allowed = statuses(request.statuses());
    Set<Status> agreed = EnumSet.noneOf(Status.class);
    Set<Status> other = EnumSet.noneOf(Status.class);
    allowed.forEach(s -> (s.isAgreedSource() ? agreed : other).add(s));
    return new Filters(
        filter(agreed, request.exclude()),
        filter(other, request.exclude()),
        allowed.size() == Status.values().length && request.exclude().isEmpty()
            ? null
            : filter(allowed, request.exclude()));
  }

  private static Set<Status> statuses(List<String> labels) {
    if (labels.isEmpty()) {
      return EnumSet.allOf(Status.class);
    }
    Set<Status> out = EnumSet.noneOf(Status.class);
    labels.forEach(label -> out.add(Status.of(label)));
    return out;
  }

  private static Query filter(Set<Status> statuses, List<String> exclude) {
    if (statuses.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    statuses.forEach(
        s ->
            any.add(new TermQuery(new Term(Fields.STATUS, s.label())), BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    out.add(any.build(), BooleanClause.Occur.MUST);
    exclude.forEach(
        id ->
            out.add(new TermQuery(new Term(Fields.INSTRUMENT, id)), BooleanClause.Occur.MUST_NOT));
    return out.build();
  }
}
