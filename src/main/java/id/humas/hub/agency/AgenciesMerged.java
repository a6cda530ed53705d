package id.humas.hub.agency;

/**
 * An admin merged one agency into another (a duplicate, a typo): every module moves what it keeps of {@code from}
 * to {@code into}, in the same transaction. {@code from} stays, archived, so that its history can be told.
 */
public record AgenciesMerged(long from, long into) {
}
