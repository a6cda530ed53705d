package id.humas.hub.agency;

import java.util.Locale;
import java.util.function.BiFunction;

import id.humas.hub.system.Texts;
import org.springframework.stereotype.Component;

/**
 * Words an {@link AgencyUpkeep.Outcome}: for the chat (HTML, names escaped) or for the dashboard (plain). A name
 * that was not found comes with the names that look like it.
 */
@Component
public class UpkeepReplies {

    private final Texts texts;

    UpkeepReplies(Texts texts) {
        this.texts = texts;
    }

    public String html(AgencyUpkeep.Outcome outcome) {
        return render(outcome, texts::html);
    }

    public String plain(AgencyUpkeep.Outcome outcome) {
        return render(outcome, texts::plain);
    }

    private String render(AgencyUpkeep.Outcome outcome, BiFunction<String, Object[], String> text) {
        String key = "upkeep." + outcome.result().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String reply = text.apply(key, new Object[] {outcome.name(), outcome.other()});
        if (outcome.result() != AgencyUpkeep.Result.NOT_FOUND) {
            return reply;
        }
        return reply + "\n" + (outcome.suggestions().isEmpty()
                ? text.apply("upkeep.no-suggestions", new Object[0])
                : text.apply("upkeep.did-you-mean", new Object[] {String.join(", ", outcome.suggestions())}));
    }
}
