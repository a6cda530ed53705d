package id.humas.hub.telegram;

import java.util.Set;

/**
 * The inbox is about to handle several updates one after another, in one transaction, from these users (the senders
 * of its messages and the pressers of its buttons). Published in that transaction before the first is handled, so
 * that a module can read what it needs for all of them in one query instead of one query each.
 */
public record UpdatesClaimed(Set<Long> userIds) {
}
