package id.humas.hub.agency;

import java.util.List;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CallbackHandler;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingCallback;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Keyboard;
import id.humas.hub.telegram.Outbox;
import id.humas.hub.telegram.Sender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /batalserah N} and the button on the handover notice ({@code ho:<N>}): a central-team member undoes
 * handover N within a day. The predecessor serves the agency again, the successor no longer does; both are told,
 * and so is whoever asked (the notice the button was pressed on shows the outcome instead of the button).
 */
@Component
class HandoverUndo implements CommandHandler, CallbackHandler {

    static final String PREFIX = "ho";

    private final Handovers handovers;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;

    HandoverUndo(Handovers handovers, CentralTeam team, Outbox outbox, Texts texts) {
        this.handovers = handovers;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
    }

    static Keyboard keyboard(Texts texts, long handover) {
        return Keyboard.of(List.of(List.of(new Keyboard.Button(texts.plain("handover.undo.button"),
                PREFIX + ":" + handover))));
    }

    @Override
    public List<String> names() {
        return List.of("batalserah", "undohandover");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    @Transactional
    public void handle(IncomingMessage message, String arguments) {
        String number = arguments.strip().replaceFirst("^#", "");
        if (!number.matches("\\d{1,18}")) {
            outbox.send(message.chatId(), texts.html("handover.undo.usage"));
            return;
        }
        outbox.send(message.chatId(), undo(Long.parseLong(number), message.from()));
    }

    @Override
    @Transactional
    public void handle(IncomingCallback callback) {
        if (!team.isMember(callback.from().userId())) {
            outbox.alert(callback, texts.plain("handover.undo.refused"));
            return;
        }
        if (!callback.data().matches("\\d{1,18}")) {
            outbox.answer(callback, texts.plain("button.stale"));
            return;
        }
        String result = undo(Long.parseLong(callback.data()), callback.from());
        outbox.edit(callback.chatId(), callback.messageId(), result, null);
        outbox.answer(callback, texts.plain("handover.undo.answered"));
    }

    private String undo(long handover, Sender actor) {
        Handovers.Undo undo = handovers.undo(handover);
        String number = String.valueOf(handover);
        return switch (undo.outcome()) {
            case UNKNOWN -> texts.html("handover.undo.unknown", number);
            case NO_LONGER_CURRENT -> texts.html("handover.undo.not-current", number, undo.agencyName());
            case TOO_LATE -> texts.html("handover.undo.too-late", number, undo.agencyName());
            case PREDECESSOR_SERVES_ELSEWHERE -> texts.html("handover.undo.predecessor-elsewhere", number,
                    undo.predecessor().displayName());
            case UNDONE -> undone(undo, number, actor);
        };
    }

    /** Tells the people concerned; returns what the team is told. */
    private String undone(Handovers.Undo undo, String number, Sender actor) {
        StringBuilder told = new StringBuilder(texts.html("handover.undo.done", number, undo.agencyName(),
                actor.displayName()));
        OfficerView successor = undo.successor();
        outbox.send(successor.chatId(), texts.html("handover.undone.successor", undo.agencyName()));
        told.append('\n').append(texts.html("handover.undo.ended", successor.displayName(), undo.agencyName()));
        for (OfficerView back : new OfficerView[] {undo.predecessor(), undo.previous()}) {
            if (back != null) {
                outbox.send(back.chatId(), texts.html("handover.undone.predecessor", back.agencyName()));
                told.append('\n').append(texts.html("handover.undo.restored", back.displayName(), back.agencyName()));
            }
        }
        return told.toString();
    }
}
