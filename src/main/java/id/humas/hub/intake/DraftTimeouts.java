package id.humas.hub.intake;

import java.time.ZonedDateTime;
import java.util.List;

import id.humas.hub.agency.Officers;
import id.humas.hub.system.ScheduledJob;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every minute: drafts the officer left alone for {@code bot.intake.draft-timeout} are submitted as they are, and the
 * officer is told their number; nothing an officer sent stays only in a draft.
 */
@Component
class DraftTimeouts extends ScheduledJob {

    private final ItemRecorder recorder;
    private final Submissions submissions;
    private final SubmissionReplies replies;
    private final Officers officers;

    DraftTimeouts(ItemRecorder recorder, Submissions submissions, SubmissionReplies replies, Officers officers) {
        super("draft-timeout", "0 * * * * *");
        this.recorder = recorder;
        this.submissions = submissions;
        this.replies = replies;
        this.officers = officers;
    }

    @Override
    @Transactional
    public void run(ZonedDateTime due) {
        for (Draft draft : recorder.expired()) {
            Outcome outcome = submissions.expire(draft, officers.activeByUser(draft.userId()));
            replies.tell(draft.chatId(), null, List.of(outcome));
        }
    }
}
