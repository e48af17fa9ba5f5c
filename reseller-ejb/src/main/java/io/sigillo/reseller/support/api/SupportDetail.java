package io.sigillo.reseller.support.api;

import java.time.OffsetDateTime;
import java.util.List;

/** A support request with its conversation. */
public record SupportDetail(SupportSummary request, List<Reply> replies) {

  public SupportDetail {
    replies = List.copyOf(replies);
  }

  /** One message of the conversation. */
  public record Reply(String author, boolean fromOperator, String body, OffsetDateTime at) {}
}
