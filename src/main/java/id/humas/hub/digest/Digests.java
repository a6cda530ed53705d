package id.humas.hub.digest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.review.ItemButtons;
import id.humas.hub.review.UnacknowledgedIssues;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Posts the digest to the central group, with a button per item. Each item appears in exactly one digest. */
@Service
class Digests {

    private final Coverage coverage;
    private final DigestRunRepository runs;
    private final DigestRenderer renderer;
    private final CentralTeam team;
    private final Outbox outbox;
    private final ItemButtons itemButtons;
    private final UnacknowledgedIssues unacknowledged;
    private final Clock clock;

    Digests(Coverage coverage, DigestRunRepository runs, DigestRenderer renderer, CentralTeam team, Outbox outbox,
            ItemButtons itemButtons, UnacknowledgedIssues unacknowledged, Clock clock) {
        this.itemButtons = itemButtons;
        this.unacknowledged = unacknowledged;
        this.coverage = coverage;
        this.runs = runs;
        this.renderer = renderer;
        this.team = team;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    void post(DigestRun.Trigger trigger) {
        Instant now = clock.instant();
        Optional<Instant> since = coverage.periodStart();
        List<DigestEntry> entries = coverage.pending();
        DigestRun run = runs.save(new DigestRun(trigger, entries.size(), now));
        entries.forEach(entry -> entry.includeIn(run));
        List<AgencyView> agencies = coverage.agencies();
        // "#N" buttons open each item with its review buttons: routine items have no card of their own.
        outbox.digest(team.chatId(),
                renderer.digest(entries, agencies, Coverage.silent(agencies, entries), unacknowledged.all(), since,
                        now),
                itemButtons.keyboard(entries.stream().map(DigestEntry::itemId).toList()));
    }
}
