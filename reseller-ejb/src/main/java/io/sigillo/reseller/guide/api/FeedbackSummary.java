package io.sigillo.reseller.guide.api;

import java.util.List;

/** The feedback of one guide, for its tenant's operators. */
public record FeedbackSummary(String slug, long votes, double average, List<Comment> comments) {

  public FeedbackSummary {
    comments = List.copyOf(comments);
  }

  /** One voter's rating and comment (the voter's name stays out: feedback is anonymous here). */
  public record Comment(int rating, String text) {}
}
