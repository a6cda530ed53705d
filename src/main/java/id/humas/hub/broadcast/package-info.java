/** The central team's announcements (siaran) to every active officer — the "one group for all OPDs" direction. */
@org.springframework.modulith.ApplicationModule(displayName = "Broadcast")
package id.humas.hub.broadcast;
