package id.humas.hub.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

import id.humas.hub.intake.Items;
import id.humas.hub.review.IssueResponses;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.ScheduledJob;
import id.humas.hub.telegram.GroupNotice;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly scoreboard, at {@code bot.scoreboard.cron} (default Monday 08:00) in {@code bot.timezone}: the last
 * whole week, Monday to Sunday, before the run.
 */
@Component
class WeeklyScoreboard extends ScheduledJob {

    private final Items items;
    private final IssueResponses responses;
    private final Coverage coverage;
    private final ScoreboardRenderer renderer;
    private final CentralTeam team;
    private final Outbox outbox;

    WeeklyScoreboard(Items items, IssueResponses responses, Coverage coverage, ScoreboardRenderer renderer,
                     CentralTeam team, Outbox outbox, BotProperties properties) {
        super("scoreboard", properties.scoreboard().cron());
        this.items = items;
        this.responses = responses;
        this.coverage = coverage;
        this.renderer = renderer;
        this.team = team;
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public void run(ZonedDateTime due) {
        LocalDate monday = due.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        Instant from = monday.atStartOfDay(due.getZone()).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(due.getZone()).toInstant();
        Scoreboard board = Scoreboard.of(monday, coverage.agencies(), items.countsPerAgency(from, to),
                responses.submittedBetween(from, to));
        outbox.notice(team.chatId(), GroupNotice.REPORT, renderer.render(board));
    }
}
