/**
 * Officers' news becoming items: the submission commands, the guided submission (what is it? which phase?),
 * albums and media, item numbers and the officer's own status list. Items guard their review states and keep the
 * versions a revision replaces; {@link id.humas.hub.intake.Items} is how other modules read and move them. Announces every new item as
 * {@link id.humas.hub.intake.ItemSubmitted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package id.humas.hub.intake;
