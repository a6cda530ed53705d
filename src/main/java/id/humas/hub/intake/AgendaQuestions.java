package id.humas.hub.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Excerpt;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Html;
import org.springframework.stereotype.Component;

/** The agenda's questions (date → time → place), how answers are read, and how an agenda's details are shown. */
@Component
class AgendaQuestions {

    static final int TITLE = 80;

    private final Texts texts;
    private final Formats formats;
    private final Clock clock;
    private final BotProperties properties;

    AgendaQuestions(Texts texts, Formats formats, Clock clock, BotProperties properties) {
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
        this.properties = properties;
    }

    String question(DraftStage stage) {
        return switch (stage) {
            case AWAITING_DATE -> dateQuestion();
            case AWAITING_TIME -> texts.html("agenda.ask-time");
            case AWAITING_PLACE -> texts.html("agenda.ask-place");
            default -> throw new IllegalArgumentException("No agenda question at " + stage);
        };
    }

    /** With examples a week from today, so that they are always current. */
    private String dateQuestion() {
        LocalDate example = clock.instant().atZone(properties.timezone()).toLocalDate().plusWeeks(1);
        return texts.html("agenda.ask-date", example.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                example.format(DateTimeFormatter.ofPattern("d MMMM yyyy", texts.locale())));
    }

    String badAnswer(DraftStage stage) {
        String problem = texts.html(switch (stage) {
            case AWAITING_DATE -> "agenda.bad-date";
            case AWAITING_TIME -> "agenda.bad-time";
            default -> "agenda.bad-place";
        });
        return problem + "\n\n" + question(stage);
    }

    /** What an answer to the question at {@code stage} says; a place must be marked unless it was asked for. */
    AgendaText.Parsed read(DraftStage stage, String answer, LocalDate today) {
        return stage == DraftStage.AWAITING_PLACE
                ? new AgendaText.Parsed(null, null, AgendaText.placeAnswer(answer).orElse(null))
                : AgendaText.parse(answer, today);
    }

    /** The agenda's title as lists show it: the start of its text, without the date, time and place. */
    String title(Item item) {
        String excerpt = Excerpt.of(AgendaText.title(item.body()), TITLE);
        return excerpt.isEmpty() ? "#" + item.id() : excerpt;
    }

    /** The lines a confirmation adds: an agenda's day, time and place; the agenda a coverage belongs to. */
    String confirmationDetails(Item item) {
        if (item.eventDate() != null) {
            return "\n" + texts.html("agenda.details", formats.date(item.eventDate()), formats.time(item.eventTime()),
                    item.eventPlace());
        }
        if (item.linkedItemId() != null) {
            return "\n" + texts.html("liputan.of-agenda", String.valueOf(item.linkedItemId()));
        }
        return "";
    }
}
