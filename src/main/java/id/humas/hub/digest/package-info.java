/**
 * What the central team reads: the digest (ringkasan) of items since the last one, grouped by agency and
 * category with the silent agencies named, on demand and on a schedule; who has gone silent; the roster; the weekly
 * scoreboard (items per agency, silent agencies, isu response times).
 * Keeps its own record of submitted items, fed by {@link id.humas.hub.intake.ItemSubmitted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Digest and coverage")
package id.humas.hub.digest;
