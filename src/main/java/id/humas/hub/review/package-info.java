/**
 * The central team's side of an item: urgent items (isu) posted to the central group at once with their media
 * and the review buttons, and who may press those buttons.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package id.humas.hub.review;
