/**
 * The central team's web dashboard: Beranda, Arsip with export, Laporan #N with its media and review steps,
 * Instansi, Analitik and the monthly recap, in the bot's language. An edge like {@code telegram/}: it reads through
 * the modules' public queries and acts through the same services as the buttons; no business rule lives here.
 * Team members log in with a one-time link the bot sends them for {@code /masuk}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web dashboard")
package id.humas.hub.web;
