package id.humas.hub.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.intake.Items;
import id.humas.hub.review.IssueResponses;
import org.junit.jupiter.api.Test;

class ScoreboardTest {

    private static final LocalDate MONDAY = LocalDate.of(2031, 6, 9);
    private static final List<AgencyView> AGENCIES = List.of(agency(1, "Bappeda"), agency(2, "BPBD"),
            agency(3, "Dinas Kesehatan"), agency(4, "Satpol PP"));

    @Test
    void agenciesWithMostItemsComeFirstThenByName() {
        Scoreboard board = Scoreboard.of(MONDAY, AGENCIES, List.of(new Items.AgencyCounts(1, 2, 1, 0),
                new Items.AgencyCounts(3, 5, 4, 2), new Items.AgencyCounts(2, 2, 0, 0)), List.of());

        assertThat(board.rows()).extracting(Scoreboard.Row::agencyName)
                .containsExactly("Dinas Kesehatan", "Bappeda", "BPBD");
        assertThat(board.rows().get(0)).isEqualTo(new Scoreboard.Row("Dinas Kesehatan", 5, 4, 2));
        assertThat(board.totalItems()).isEqualTo(9);
        assertThat(board.silent()).extracting(AgencyView::name).containsExactly("Satpol PP");
        assertThat(board.lastDay()).isEqualTo(LocalDate.of(2031, 6, 15));
    }

    @Test
    void medianOfAnEvenNumberOfResponsesIsTheMeanOfTheMiddleTwoAndNeverAcknowledgedAreCountedApart() {
        Scoreboard.Issues issues = Scoreboard.Issues.of(List.of(response(11, Duration.ofMinutes(40)),
                response(12, null), response(13, Duration.ofMinutes(5)), response(14, Duration.ofMinutes(10)),
                response(15, Duration.ofMinutes(90))));

        assertThat(issues.count()).isEqualTo(5);
        assertThat(issues.median()).contains(Duration.ofMinutes(25));
        assertThat(issues.slowest()).map(IssueResponses.Response::itemId).contains(15L);
        assertThat(issues.never()).isEqualTo(1);
    }

    @Test
    void medianOfAnOddNumberIsTheMiddleOne() {
        Scoreboard.Issues issues = Scoreboard.Issues.of(List.of(response(1, Duration.ofMinutes(3)),
                response(2, Duration.ofMinutes(30)), response(3, Duration.ofMinutes(7))));

        assertThat(issues.median()).contains(Duration.ofMinutes(7));
        assertThat(issues.never()).isZero();
    }

    @Test
    void withoutAcknowledgedIsuThereIsNoMedianNorSlowest() {
        Scoreboard.Issues issues = Scoreboard.Issues.of(List.of(response(1, null)));

        assertThat(issues.median()).isEmpty();
        assertThat(issues.slowest()).isEmpty();
        assertThat(issues.never()).isEqualTo(1);
    }

    private static IssueResponses.Response response(long itemId, Duration responseTime) {
        return new IssueResponses.Response(itemId, 2, "BPBD", Optional.ofNullable(responseTime));
    }

    private static AgencyView agency(long id, String name) {
        return new AgencyView(id, name, Optional.empty());
    }
}
