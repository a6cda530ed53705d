/**
 * Officers' news becoming items: the submission commands, the guided submission (what is it? which phase?),
 * albums and media, item numbers and the officer's own status list. Announces every new item as
 * {@link id.humas.hub.intake.ItemSubmitted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package id.humas.hub.intake;
