package id.humas.hub.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;

import id.humas.hub.system.DateText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading an agenda's text stays linear in its length: 50 000 characters of the worst shapes an officer (or an
 * attacker) can send are read in well under the bound, so one message never stalls the inbox thread.
 */
class AgendaTextTimeTest {

    private static final LocalDate TODAY = LocalDate.of(2031, 6, 2);
    private static final int LENGTH = 50_000;
    private static final Duration BOUND = Duration.ofSeconds(2);

    static Stream<String> pathologicalTexts() {
        return Stream.of(
                "di ".repeat(LENGTH / 3),
                "di".repeat(LENGTH / 2),
                "at ".repeat(LENGTH / 3),
                "di " + "x ".repeat(LENGTH / 2),
                "tempat: " + " ".repeat(LENGTH) + "x",
                "a" + "-.,;:".repeat(LENGTH / 5) + "b",
                "di a" + " -".repeat(LENGTH / 2) + " b",
                "1".repeat(LENGTH),
                "12-".repeat(LENGTH / 3),
                "12 ".repeat(LENGTH / 3),
                "09.".repeat(LENGTH / 3),
                "pukul ".repeat(LENGTH / 6),
                "12 juni ".repeat(LENGTH / 8),
                "besok di ".repeat(LENGTH / 9),
                ("di " + "\n").repeat(LENGTH / 4));
    }

    @ParameterizedTest
    @MethodSource("pathologicalTexts")
    void fiftyThousandCharactersOfAnyShapeAreReadWithinTheBound(String text) {
        assertTimeoutPreemptively(BOUND, () -> {
            AgendaText.parse(text, TODAY);
            AgendaText.title(text);
            AgendaText.placeAnswer(text);
            DateText.date(text, TODAY);
            DateText.withoutDates(text);
        });
    }

    @ParameterizedTest
    @MethodSource("pathologicalTexts")
    void aPlaceFoundInAPathologicalTextIsShort(String text) {
        AgendaText.place(text).ifPresent(place -> assertThat(place.length()).isLessThanOrEqualTo(200));
    }
}
