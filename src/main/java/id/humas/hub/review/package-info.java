/**
 * The central team's side of an item: urgent items (isu) posted to the central group at once with their media
 * and the review buttons; the review steps (accept, revision, reject, published) with their forced-reply questions,
 * the revision loop with the officer, the audit trail of every step, {@code /item N} and the digest's item buttons.
 * Announces every step as {@link id.humas.hub.review.ItemReviewed}. An isu must be acknowledged — claimed with
 * Tangani or acted on — or it is raised again every {@code bot.escalation.minutes}; other modules read the
 * unacknowledged ones and the response times through {@link id.humas.hub.review.UnacknowledgedIssues} and
 * {@link id.humas.hub.review.IssueResponses}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package id.humas.hub.review;
