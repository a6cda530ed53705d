package id.humas.hub.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import id.humas.hub.agency.Officers;
import id.humas.hub.intake.ItemArchive;
import id.humas.hub.system.Texts;
import org.springframework.stereotype.Component;

/** Names the pages show for ids and codes: agencies by id, an item's kind, an age. Reachable from templates as {@code @labels}. */
@Component("labels")
public class Labels {

    private final Officers officers;
    private final Texts texts;

    Labels(Officers officers, Texts texts) {
        this.officers = officers;
        this.texts = texts;
    }

    /** Agency names by id, in the order of {@link Officers#agencies()}. */
    Map<Long, String> agencies() {
        Map<Long, String> names = new LinkedHashMap<>();
        officers.allAgencies().forEach(agency -> names.put(agency.id(), agency.name()));
        return names;
    }

    public String kind(ItemArchive.Row row) {
        String category = texts.plain(row.category() == null ? "digest.kind-unset" : row.category().textKey());
        return row.phase() == null ? category : category + " · " + texts.plain(row.phase().textKey());
    }

    /** "12 menit", "3 jam", "2 hari": how long ago, roughly. */
    public String age(Instant since, Instant now) {
        Duration age = Duration.between(since, now);
        if (age.toMinutes() < 60) {
            return texts.plain("web.age.minutes", String.valueOf(Math.max(0, age.toMinutes())));
        }
        if (age.toHours() < 48) {
            return texts.plain("web.age.hours", String.valueOf(age.toHours()));
        }
        return texts.plain("web.age.days", String.valueOf(age.toDays()));
    }

    public String excerpt(String text, int max) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).stripTrailing() + "…";
    }
}
