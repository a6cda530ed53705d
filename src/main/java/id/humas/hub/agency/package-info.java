/**
 * Agencies (OPD), their information officers and the one-time invites that register them. Owns the handover
 * from one officer to the next: the agency and its history stay, the predecessor loses access.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies and officers")
package id.humas.hub.agency;
