package id.humas.hub.intake;

import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.OfficerView;
import id.humas.hub.telegram.IncomingMessage;
import org.springframework.stereotype.Component;

/**
 * The officer's answers to a draft's questions: the kind and phase buttons, an agenda's day, time and place typed
 * in. A draft that is the report itself becomes an item when nothing is left to ask; a draft about an item refines
 * that item with every answer.
 */
@Component
class DraftAnswers {

    private final DraftRepository drafts;
    private final ItemRecorder recorder;
    private final AgendaQuestions agenda;

    DraftAnswers(DraftRepository drafts, ItemRecorder recorder, AgendaQuestions agenda) {
        this.drafts = drafts;
        this.recorder = recorder;
        this.agenda = agenda;
    }

    List<Outcome> chooseCategory(OfficerView officer, long draftId, Category category) {
        Optional<Draft> draft = own(officer, draftId).filter(open -> open.stage() == DraftStage.AWAITING_CATEGORY);
        if (draft.isEmpty()) {
            return List.of(new Outcome.Stale());
        }
        draft.get().choose(category);
        return proceed(officer, draft.get(), false);
    }

    List<Outcome> choosePhase(OfficerView officer, long draftId, Phase phase) {
        Optional<Draft> draft = own(officer, draftId).filter(open -> open.stage() == DraftStage.AWAITING_PHASE);
        if (draft.isEmpty()) {
            return List.of(new Outcome.Stale());
        }
        if (draft.get().itemId() != null) {
            draft.get().settle(phase);
            return List.of(recorder.refine(draft.get(), officer));
        }
        return List.of(recorder.complete(draft.get(), officer, phase));
    }

    /**
     * An answer to the agenda's date, time or place question; a bad one gets the question again. Photos, videos or
     * documents sent meanwhile belong to the agenda: they are added, not taken for an answer.
     */
    List<Outcome> answer(OfficerView officer, Draft draft, IncomingMessage message) {
        if (!message.media().isEmpty()) {
            if (draft.itemId() != null) {
                return recorder.item(draft).<List<Outcome>>map(item -> List.of(recorder.addMedia(item, draft, officer,
                        message))).orElseGet(List::of);
            }
            int taken = draft.add(message.text(), message.media(), message.messageId());
            int refused = message.media().size() - taken;
            return List.of(new Outcome.Joined(draft, taken > 0 || !message.text().isBlank(), refused));
        }
        DraftStage asked = draft.stage();
        boolean learnt = !message.text().isBlank()
                && draft.learn(agenda.read(asked, message.text(), recorder.today(officer)));
        if (!learnt || draft.stage() == asked) {
            return List.of(new Outcome.BadAnswer(draft, asked));
        }
        return proceed(officer, draft, true);
    }

    /**
     * The draft's next step after it learnt something: the next question, the item refined, or the report recorded.
     *
     * @param typed the officer typed (a new message is due) rather than pressed a button (the question is edited)
     */
    List<Outcome> proceed(OfficerView officer, Draft draft, boolean typed) {
        if (draft.awaitsAgendaDetails()) {
            draft.learn(AgendaText.parse(draft.body(), recorder.today(officer)));
        }
        if (draft.itemId() != null) {
            return List.of(recorder.refine(draft, officer));
        }
        if (draft.stage() == DraftStage.COMPLETE) {
            return List.of(recorder.complete(draft, officer, null));
        }
        drafts.save(draft);
        return List.of(new Outcome.Asked(draft, typed));
    }

    /** The officer's draft with that id, if it still acts for the agency the officer serves. */
    Optional<Draft> own(OfficerView officer, long draftId) {
        return drafts.findById(draftId).filter(draft -> draft.actsFor(officer));
    }
}
