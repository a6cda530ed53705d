package id.humas.hub.review;

import java.time.Instant;
import java.util.List;

import id.humas.hub.e2e.EndToEndTest;
import id.humas.hub.intake.Category;
import id.humas.hub.intake.ItemSubmitted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spring Modulith marks an event completed only after the listener's transaction has committed, so after a crash
 * in between it delivers the event again: the central group still gets one card per issue.
 */
class UrgentItemRelayRedeliveryTest extends EndToEndTest {

    @Autowired
    UrgentItemRelay relay;

    @Test
    void anIssueDeliveredTwiceIsPostedOnce() {
        ItemSubmitted issue = new ItemSubmitted(880_001, 1, "Dinas Dua Kali", 880_002, "Ganda", null,
                Category.ISSUE, null, "Jembatan retak di desa redelivery-880001", List.of(), Instant.now());

        relay.on(issue);
        telegram.awaitMessageTo(CENTRAL_CHAT, "redelivery-880001");
        relay.on(issue);

        telegram.assertNoMessageTo(CENTRAL_CHAT, quietPeriod(), message -> cards("redelivery-880001") > 1);
    }

    private long cards(String text) {
        return telegram.messagesTo(CENTRAL_CHAT).stream().filter(message -> message.contains(text)).count();
    }
}
