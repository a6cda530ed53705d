package id.humas.hub.digest;

import java.time.Duration;
import java.time.format.DateTimeFormatter;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import org.springframework.stereotype.Component;

/** Writes the weekly scoreboard; like the digest, no formatting tag spans lines. */
@Component
class ScoreboardRenderer {

    private final Texts texts;
    private final DateTimeFormatter day;

    ScoreboardRenderer(Texts texts, BotProperties properties) {
        this.texts = texts;
        this.day = DateTimeFormatter.ofPattern("d MMM yyyy", properties.language());
    }

    String render(Scoreboard board) {
        StringBuilder text = new StringBuilder(texts.html("scoreboard.header", day.format(board.firstDay()),
                day.format(board.lastDay())));
        text.append('\n').append(texts.html("scoreboard.summary", String.valueOf(board.totalItems()),
                String.valueOf(board.rows().size())));
        int place = 0;
        for (Scoreboard.Row row : board.rows()) {
            text.append('\n').append(texts.html("scoreboard.row", String.valueOf(++place),
                    row.agencyName(), String.valueOf(row.items()), String.valueOf(row.accepted()),
                    String.valueOf(row.published())));
        }
        text.append("\n\n").append(silent(board));
        text.append("\n\n").append(issues(board.issues()));
        return text.toString();
    }

    private String silent(Scoreboard board) {
        if (board.silent().isEmpty()) {
            return texts.html("scoreboard.none-silent");
        }
        StringBuilder text = new StringBuilder(texts.html("scoreboard.silent-header",
                String.valueOf(board.silent().size())));
        for (AgencyView agency : board.silent()) {
            text.append('\n').append(texts.html("coverage.silent-line", agency.name()));
        }
        return text.toString();
    }

    private String issues(Scoreboard.Issues issues) {
        if (issues.count() == 0) {
            return texts.html("scoreboard.issues.none");
        }
        StringBuilder text = new StringBuilder(texts.html("scoreboard.issues.header", String.valueOf(issues.count())));
        issues.median().ifPresent(median -> text.append('\n')
                .append(texts.html("scoreboard.issues.median", Markup.trusted(duration(median)))));
        issues.slowest().ifPresent(slowest -> text.append('\n').append(texts.html("scoreboard.issues.slowest",
                Markup.trusted(duration(slowest.responseTime().orElseThrow())), String.valueOf(slowest.itemId()),
                slowest.agencyName())));
        text.append('\n').append(texts.html("scoreboard.issues.never", String.valueOf(issues.never())));
        return text.toString();
    }

    private String duration(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes < 60
                ? texts.html("scoreboard.minutes", String.valueOf(minutes))
                : texts.html("scoreboard.hours", String.valueOf(minutes / 60), String.valueOf(minutes % 60));
    }
}
