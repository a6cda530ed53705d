package id.humas.hub.broadcast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.agency.Officers;
import org.springframework.stereotype.Component;

/**
 * Who a siaran is for, read from what follows {@code /siaran}: every active officer, or — when it starts with
 * {@code @} — the agencies named before the first {@code |} or line break, separated by commas. A name may be
 * written in part ({@code @Kominfo, Kesehatan | TEKS}) when only one agency's name contains it.
 */
@Component
class BroadcastTargets {

    private final Officers officers;

    BroadcastTargets(Officers officers) {
        this.officers = officers;
    }

    /**
     * @param agencies the chosen agencies by id with their names, in the order named; null for every officer
     * @param text     the message itself
     * @param problems what could not be read, as message keys with their argument; empty when all was
     */
    record Request(Map<Long, String> agencies, String text, List<Problem> problems) {

        boolean everyone() {
            return agencies == null;
        }
    }

    record Problem(String key, String name, String matches) {
    }

    Request read(String arguments) {
        String text = arguments.strip();
        if (!text.startsWith("@")) {
            return new Request(null, text, List.of());
        }
        int bar = text.indexOf('|');
        int line = text.indexOf('\n');
        int end = bar < 0 ? line : line < 0 ? bar : Math.min(bar, line);
        String names = end < 0 ? text : text.substring(0, end);
        String rest = end < 0 ? "" : text.substring(end + 1).strip();
        List<AgencyView> all = officers.agencies();
        Map<Long, String> chosen = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String raw : names.split(",")) {
            String name = raw.strip().replaceFirst("^@\\s*", "").strip();
            if (name.isEmpty()) {
                continue;
            }
            List<AgencyView> found = matching(all, name);
            if (found.size() == 1) {
                chosen.put(found.get(0).id(), found.get(0).name());
            } else if (found.isEmpty()) {
                problems.add(new Problem("broadcast.agency-unknown", name, ""));
            } else {
                problems.add(new Problem("broadcast.agency-ambiguous", name,
                        String.join(", ", found.stream().map(AgencyView::name).toList())));
            }
        }
        if (chosen.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("broadcast.agency-none", "", ""));
        }
        return new Request(chosen, rest, problems);
    }

    /** The agency of exactly that name, else those whose name contains it (case ignored). */
    private static List<AgencyView> matching(List<AgencyView> all, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        List<AgencyView> exact = all.stream().filter(agency -> agency.name().equalsIgnoreCase(name)).toList();
        return !exact.isEmpty() ? exact
                : all.stream().filter(agency -> agency.name().toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }
}
