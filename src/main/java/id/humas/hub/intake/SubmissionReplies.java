package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.system.Texts;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.Keyboard;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.SentMessages;
import org.springframework.stereotype.Component;

/**
 * Tells the officer what {@link Submissions} decided. A draft's questions are one message (sent under the ref
 * {@code draft:<id>}) that is edited as the draft moves on; when the draft ends, that message loses its buttons.
 */
@Component
class SubmissionReplies {

    private final Outbox outbox;
    private final SentMessages sent;
    private final Texts texts;
    private final Prompts prompts;
    private final AgendaQuestions agenda;

    SubmissionReplies(Outbox outbox, SentMessages sent, Texts texts, Prompts prompts, AgendaQuestions agenda) {
        this.outbox = outbox;
        this.sent = sent;
        this.texts = texts;
        this.prompts = prompts;
        this.agenda = agenda;
    }

    /** @param pressed the button press that caused the outcomes (answered here), or null for a message */
    void tell(long chatId, IncomingCallback pressed, List<Outcome> outcomes) {
        Teller teller = new Teller(chatId, pressed);
        outcomes.forEach(outcome -> outcome.tell(teller));
        if (pressed != null && !teller.answered) {
            outbox.answer(pressed, texts.plain("submit.pressed"));
        }
    }

    static String ref(Draft draft) {
        return ref(draft.id());
    }

    static String ref(long draftId) {
        return "draft:" + draftId;
    }

    private final class Teller implements Outcome.Teller {

        private final long chatId;
        private final IncomingCallback pressed;
        private boolean answered;

        Teller(long chatId, IncomingCallback pressed) {
            this.chatId = chatId;
            this.pressed = pressed;
        }

        @Override
        public void recorded(Outcome.Recorded outcome) {
            String text = cause(outcome.cause()) + confirmation(outcome.item());
            Draft questions = outcome.questions();
            if (questions != null) {
                text += "\n\n" + question(questions);
            }
            if (pressed != null && outcome.cause() == Outcome.Cause.SENT && outcome.draftId() != null) {
                outbox.edit(chatId, pressed.messageId(), text, null);
                return;
            }
            if (outcome.draftId() != null) {
                closeQuestion(outcome.draftId(), texts.html("submit.closed-as", String.valueOf(outcome.item().id())));
            }
            outbox.send(chatId, text, questions == null ? null : keyboard(questions),
                    questions == null ? null : ref(questions));
        }

        @Override
        public void asked(Outcome.Asked outcome) {
            show(outcome.draft(), question(outcome.draft()), outcome.firstTime());
        }

        @Override
        public void joined(Outcome.Joined outcome) {
            Draft draft = outcome.draft();
            if (!outcome.taken()) {
                mediaCap(outcome.mediaRefused());
                return;
            }
            if (!draft.awaitsAgendaDetails()) {
                sent.messageId(chatId, ref(draft)).ifPresent(messageId ->
                        outbox.edit(chatId, messageId, question(draft), keyboard(draft)));
            } else {
                outbox.send(chatId, texts.html("agenda.media-added"));
            }
            mediaCap(outcome.mediaRefused());
        }

        @Override
        public void refined(Outcome.Refined outcome) {
            Item item = outcome.item();
            String text = texts.html(item.category() == Category.ISSUE ? "submit.refined-urgent" : "submit.refined",
                    String.valueOf(item.id()), kind(item)) + agenda.confirmationDetails(item);
            Draft questions = outcome.questions();
            if (questions != null && pressed == null) {
                // a typed answer: the next question alone
                outbox.send(chatId, question(questions), keyboard(questions), ref(questions));
                return;
            }
            text += questions == null ? "\n" + texts.html("submit.team-sees") : "\n\n" + question(questions);
            Keyboard keyboard = questions == null ? null : keyboard(questions);
            if (pressed != null) {
                outbox.edit(chatId, pressed.messageId(), text, keyboard);
            } else {
                outbox.send(chatId, text, keyboard, questions == null ? null : ref(questions));
            }
        }

        @Override
        public void mediaAdded(Outcome.MediaAdded outcome) {
            Item item = outcome.item();
            String count = texts.html("submit.media-added", String.valueOf(item.id()),
                    String.valueOf(item.mediaCount()));
            Draft questions = outcome.questions();
            if (outcome.added() > 0 && questions != null && questions.stage() == DraftStage.AWAITING_CATEGORY) {
                sent.messageId(chatId, ref(questions)).ifPresentOrElse(messageId -> outbox.edit(chatId, messageId,
                                confirmation(item) + "\n" + count + "\n\n" + question(questions), keyboard(questions)),
                        () -> outbox.send(chatId, count));
            } else if (outcome.added() > 0) {
                outbox.send(chatId, count);
            }
            mediaCap(outcome.refused());
        }

        @Override
        public void questionsClosed(Outcome.QuestionsClosed outcome) {
            if (outcome.item() != null) {
                closeQuestion(outcome.draft().id(), confirmation(outcome.item()));
            }
        }

        @Override
        public void badAnswer(Outcome.BadAnswer outcome) {
            outbox.send(chatId, agenda.badAnswer(outcome.asked()));
        }

        @Override
        public void dropped(Outcome.Dropped outcome) {
            closeQuestion(outcome.draft().id(), texts.html("submit.cancelled"));
            if (outcome.timedOut()) {
                outbox.send(chatId, texts.html("submit.dropped-empty"));
            }
        }

        @Override
        public void cancelled(Outcome.Cancelled outcome) {
            Long itemId = outcome.draft().itemId();
            String text = itemId == null ? texts.html("submit.cancelled")
                    : texts.html("submit.questions-closed", String.valueOf(itemId));
            if (pressed != null) {
                outbox.answer(pressed, texts.plain("submit.cancelled-short"));
                answered = true;
                outbox.edit(chatId, pressed.messageId(), text, null);
                return;
            }
            // the question keeps its text and loses its buttons; the notice is a message of its own
            if (itemId != null) {
                closeQuestion(outcome.draft().id(), texts.html("submit.closed-as", String.valueOf(itemId)));
            } else if (keyboard(outcome.draft()) != null || outcome.draft().linkedItemId() != null) {
                closeQuestion(outcome.draft().id(), question(outcome.draft()));
            }
            outbox.send(chatId, text);
        }

        @Override
        public void coverageAsked(Outcome.CoverageAsked outcome) {
            if (pressed != null) {
                outbox.answer(pressed, texts.plain("phase.post"));
                answered = true;
            }
            outbox.send(chatId, texts.html("liputan.send-content", String.valueOf(outcome.agenda().id()),
                    agenda.title(outcome.agenda())), prompts.cancelOnly(outcome.draft().id()), ref(outcome.draft()));
        }

        @Override
        public void said(Outcome.Said outcome) {
            String text = texts.html(outcome.key(), outcome.args().toArray());
            if (pressed != null && !answered) {
                outbox.answer(pressed, texts.plain(outcome.key(), outcome.args().toArray()));
                answered = true;
            }
            outbox.send(chatId, text);
        }

        @Override
        public void stale(Outcome.Stale outcome) {
            if (pressed != null) {
                outbox.answer(pressed, texts.plain("button.stale"));
                answered = true;
            }
        }

        private void show(Draft draft, String question, boolean asNew) {
            if (pressed != null && !asNew) {
                outbox.edit(chatId, pressed.messageId(), question, keyboard(draft));
            } else {
                outbox.send(chatId, question, keyboard(draft), ref(draft));
            }
        }

        private void closeQuestion(long draftId, String text) {
            sent.messageId(chatId, ref(draftId)).ifPresent(messageId -> outbox.edit(chatId, messageId, text, null));
        }

        private void mediaCap(int refused) {
            if (refused > 0) {
                outbox.send(chatId, texts.html("submit.media-cap", String.valueOf(Item.MAX_MEDIA),
                        String.valueOf(refused)));
            }
        }
    }

    private String question(Draft draft) {
        return switch (draft.stage()) {
            case AWAITING_CONTENT -> draft.category() == null ? texts.html("submit.send-content")
                    : texts.html("submit.send-content-for", texts.html(draft.category().textKey()));
            case AWAITING_CATEGORY -> texts.html("submit.ask-category") + collected(draft);
            case AWAITING_PHASE -> texts.html("submit.ask-phase", texts.html(draft.category().textKey()));
            case AWAITING_DATE, AWAITING_TIME, AWAITING_PLACE -> agenda.question(draft.stage());
            case COMPLETE -> "";
        };
    }

    private String cause(Outcome.Cause cause) {
        return switch (cause) {
            case TIMED_OUT -> texts.html("submit.timed-out") + "\n";
            case COMMAND_FOLLOWED -> texts.html("submit.before-command") + "\n";
            case SENT -> "";
        };
    }

    private String collected(Draft draft) {
        if (draft.itemId() != null || draft.parts() < 2) {
            return "";
        }
        return "\n" + (draft.mediaCount() == 0 ? texts.html("submit.collected-text", String.valueOf(draft.parts()))
                : texts.html("submit.collected", String.valueOf(draft.parts()), String.valueOf(draft.mediaCount())));
    }

    private Keyboard keyboard(Draft draft) {
        return switch (draft.stage()) {
            case AWAITING_CATEGORY -> prompts.categories(draft.id());
            case AWAITING_PHASE -> prompts.phases(draft.id());
            default -> null;
        };
    }

    private String confirmation(Item item) {
        if (item.category() == Category.ISSUE) {
            return texts.html("submit.confirmed-urgent", String.valueOf(item.id()));
        }
        return texts.html("submit.confirmed", String.valueOf(item.id()), kind(item)) + agenda.confirmationDetails(item);
    }

    private String kind(Item item) {
        return item.category() == null ? texts.html("submit.kind-unset") : prompts.kind(item.category(), item.phase());
    }
}
