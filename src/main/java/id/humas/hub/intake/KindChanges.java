package id.humas.hub.intake;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.agency.Officers;
import id.humas.hub.system.CentralTeam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code /jenis N JENIS [FASE]}: the officer of the item's agency, or a central-team member, sets or changes an
 * item's kind and phase while it is under review; announced as {@link ItemEdited} (the digest lists it with its new
 * kind, an item that becomes an isu reaches the central group).
 */
@Component
class KindChanges {

    private static final Map<String, Category> CATEGORIES = Map.of("kegiatan", Category.ACTIVITY,
            "activity", Category.ACTIVITY, "agenda", Category.AGENDA, "rilis", Category.RELEASE,
            "release", Category.RELEASE, "isu", Category.ISSUE, "issue", Category.ISSUE);
    private static final Map<String, Phase> PHASES = Map.of("pra", Phase.PRE, "pre", Phase.PRE, "saat", Phase.DURING,
            "during", Phase.DURING, "pasca", Phase.POST, "post", Phase.POST);

    private final ItemRepository items;
    private final Officers officers;
    private final CentralTeam team;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KindChanges(ItemRepository items, Officers officers, CentralTeam team, ApplicationEventPublisher events,
                Clock clock) {
        this.items = items;
        this.officers = officers;
        this.team = team;
        this.events = events;
        this.clock = clock;
    }

    /** @param arguments "N JENIS [FASE]" as typed */
    Outcome change(long userId, String arguments) {
        String[] words = arguments.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "").split("\\s+");
        Category category = words.length >= 2 ? CATEGORIES.get(words[1]) : null;
        Phase phase = words.length >= 3 ? PHASES.get(words[2]) : null;
        if (words.length < 2 || words.length > 3 || !words[0].matches("\\d{1,18}") || category == null
                || words.length == 3 && (phase == null || category != Category.ACTIVITY)) {
            return Outcome.Said.of("submit.kind-usage");
        }
        Optional<Item> item = items.findById(Long.parseLong(words[0])).filter(found -> mayChange(userId, found));
        if (item.isEmpty()) {
            return Outcome.Said.of("submit.kind-unknown", words[0]);
        }
        if (!item.get().underReview()) {
            return Outcome.Said.of("submit.kind-closed", words[0]);
        }
        String agency = officers.agencies().stream().filter(view -> view.id() == item.get().agencyId())
                .map(AgencyView::name).findFirst().orElse("");
        item.get().refine(category, phase, clock.instant());
        events.publishEvent(item.get().edited(agency, "", null));
        return new Outcome.Refined(item.get(), null);
    }

    private boolean mayChange(long userId, Item item) {
        return team.isMember(userId) || officers.activeByUser(userId)
                .filter(officer -> officer.agencyId() == item.agencyId()).isPresent();
    }
}
