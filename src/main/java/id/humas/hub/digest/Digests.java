package id.humas.hub.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.review.ItemButtons;
import id.humas.hub.review.UnacknowledgedIssues;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts the digest to the central group, with a "#N" button for every item under the message that lists it. The
 * scheduled digest takes its items: each appears in exactly one. {@code /ringkasan} either shows the same without
 * taking them (preview: the scheduled digest still lists them) or takes them (see {@link DigestRules}), and says
 * which in its header.
 */
@Service
class Digests {

    private final Coverage coverage;
    private final DigestRunRepository runs;
    private final DigestRenderer renderer;
    private final CentralTeam team;
    private final Outbox outbox;
    private final ItemButtons itemButtons;
    private final UnacknowledgedIssues unacknowledged;
    private final Texts texts;
    private final Clock clock;
    private final DigestRules.OnDemand onDemand;

    Digests(Coverage coverage, DigestRunRepository runs, DigestRenderer renderer, CentralTeam team, Outbox outbox,
            ItemButtons itemButtons, UnacknowledgedIssues unacknowledged, Texts texts, Clock clock,
            DigestRules rules, BotProperties properties) {
        this.itemButtons = itemButtons;
        this.unacknowledged = unacknowledged;
        this.coverage = coverage;
        this.runs = runs;
        this.renderer = renderer;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.onDemand = rules.onDemand(properties.digest().cron());
    }

    @Transactional
    void post(DigestRun.Trigger trigger) {
        Instant now = clock.instant();
        Optional<Instant> since = coverage.periodStart();
        List<DigestEntry> entries = coverage.pending();
        String note = "";
        if (trigger == DigestRun.Trigger.COMMAND && onDemand == DigestRules.OnDemand.PREVIEW) {
            entries.forEach(DigestEntry::preview);
            note = texts.html("digest.on-demand.preview");
        } else {
            DigestRun run = runs.save(new DigestRun(trigger, entries.size(), now));
            entries.forEach(entry -> entry.includeIn(run));
            note = trigger == DigestRun.Trigger.COMMAND ? texts.html("digest.on-demand.take") : "";
        }
        List<AgencyView> agencies = coverage.agencies();
        // "#N" buttons open each item with its review buttons: routine items have no card of their own.
        for (DigestPages.Page page : renderer.digest(entries, agencies, Coverage.silent(agencies, entries),
                unacknowledged.all(), since, now, note)) {
            outbox.digest(team.chatId(), page.html(), itemButtons.keyboard(page.itemIds()));
        }
    }
}
