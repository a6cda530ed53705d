package id.humas.hub.intake;

import java.util.List;

import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import org.springframework.stereotype.Component;

@Component
class CancelCommand implements CommandHandler {

    private final OfficerGate gate;
    private final Submissions submissions;

    CancelCommand(OfficerGate gate, Submissions submissions) {
        this.gate = gate;
        this.submissions = submissions;
    }

    @Override
    public List<String> names() {
        return List.of("batal", "cancel");
    }

    @Override
    public Audience audience() {
        return Audience.OFFICER;
    }

    @Override
    public void handle(IncomingMessage message, String arguments) {
        gate.admit(message.from().userId(), message.chatId())
                .ifPresent(officer -> submissions.cancel(officer.userId(), message.chatId()));
    }
}
