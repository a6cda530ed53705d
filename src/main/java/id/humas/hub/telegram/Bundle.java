package id.humas.hub.telegram;

/**
 * Marks the messages that show one thing (an urgent item's media and card). When more bundles wait for a group
 * than its sending budget allows, they are posted as one combined message: {@code summaryHtml} is the thing's line
 * in it and {@code button} the label of the button that brings up the messages themselves.
 *
 * @param key identifies the thing, e.g. {@code item:42}; at most 60 characters
 */
public record Bundle(String key, String summaryHtml, String button) {
}
