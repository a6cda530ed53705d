package id.humas.hub.system;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Indonesia's three time zones as people name them — WIB (Asia/Jakarta), WITA (Asia/Makassar), WIT (Asia/Jayapura) —
 * and the central team's own zone, {@code bot.timezone}. A time shown to the team names its zone only when it is not
 * the team's.
 */
@Component
public class TimeZones {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    private static final Map<String, ZoneId> BY_NAME = Map.of("WIB", WIB, "WITA", WITA, "WIT", WIT);
    private static final Map<String, String> NAME_OF = Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB",
            "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private final ZoneId home;
    private final Texts texts;

    TimeZones(BotProperties properties, Texts texts) {
        this.home = properties.timezone();
        this.texts = texts;
    }

    /** The central team's zone, {@code bot.timezone}: the zone of every agency that has none of its own. */
    public ZoneId home() {
        return home;
    }

    /** The team's zone, then WIB, WITA and WIT: every zone an agency can be in. */
    public List<ZoneId> all() {
        Set<ZoneId> zones = new LinkedHashSet<>();
        zones.add(home);
        zones.addAll(List.of(WIB, WITA, WIT));
        return List.copyOf(zones);
    }

    /** {@code WIB}, {@code WITA}, {@code WIT} (any case) or a zone id such as {@code Asia/Makassar}. */
    public static Optional<ZoneId> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        ZoneId named = BY_NAME.get(text.strip().toUpperCase(Locale.ROOT));
        if (named != null) {
            return Optional.of(named);
        }
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (java.time.DateTimeException notAZone) {
            return Optional.empty();
        }
    }

    /** WIB, WITA or WIT as the bundles write them; another zone by its id. */
    public String name(ZoneId zone) {
        String name = NAME_OF.get(zone.getId());
        return name == null ? zone.getId() : texts.plain("zone." + name);
    }

    /** Whether a time in {@code zone} reads differently for the team: another zone than the team's own. */
    public boolean foreign(ZoneId zone) {
        return !name(zone).equals(name(home));
    }

    /** " WITA" for a time in a zone that is not the team's own; "" for one in the team's zone. */
    public String suffix(ZoneId zone) {
        return foreign(zone) ? " " + name(zone) : "";
    }
}
