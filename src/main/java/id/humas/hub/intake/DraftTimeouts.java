package id.humas.hub.intake;

import java.time.ZonedDateTime;
import java.util.List;

import id.humas.hub.agency.Officers;
import id.humas.hub.system.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute: drafts the officer left alone for {@code bot.intake.draft-timeout} are submitted as they are, and the
 * officer is told their number; nothing an officer sent stays only in a draft. Each draft is submitted in a
 * transaction of its own: when the officer finishes one at the same moment, that draft is left to the officer's
 * answer and the others still go.
 */
@Component
class DraftTimeouts extends ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(DraftTimeouts.class);

    private final ItemRecorder recorder;
    private final Submissions submissions;
    private final SubmissionReplies replies;
    private final Officers officers;
    private final TransactionTemplate transactions;

    DraftTimeouts(ItemRecorder recorder, Submissions submissions, SubmissionReplies replies, Officers officers,
                  PlatformTransactionManager transactions) {
        super("draft-timeout", "0 * * * * *");
        this.recorder = recorder;
        this.submissions = submissions;
        this.replies = replies;
        this.officers = officers;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ZonedDateTime due) {
        for (Draft expired : recorder.expired()) {
            try {
                transactions.executeWithoutResult(status -> recorder.stillExpired(expired.id()).ifPresent(draft -> {
                    Outcome outcome = submissions.expire(draft, officers.activeByUser(draft.userId()));
                    replies.tell(draft.chatId(), null, List.of(outcome));
                }));
            } catch (ConcurrencyFailureException answeredMeanwhile) {
                log.info("Draft {} was changed by its officer while it was being submitted; left to the officer",
                        expired.id());
            }
        }
    }
}
