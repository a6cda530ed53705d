package id.humas.hub.web;

import java.time.Clock;
import java.time.LocalDate;

import id.humas.hub.digest.SilentAgencies;
import id.humas.hub.intake.ItemArchive;
import id.humas.hub.review.ReviewDesk;
import id.humas.hub.system.BotProperties;
import id.humas.hub.telegram.BotHealth;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Beranda: open isu with who handles them, today's agenda, silent agencies, the bot's health. */
@Controller
class HomeController {

    private final ItemArchive archive;
    private final ReviewDesk reviews;
    private final SilentAgencies silent;
    private final BotHealth health;
    private final Labels labels;
    private final Clock clock;
    private final BotProperties properties;

    HomeController(ItemArchive archive, ReviewDesk reviews, SilentAgencies silent, BotHealth health, Labels labels,
                   Clock clock, BotProperties properties) {
        this.archive = archive;
        this.reviews = reviews;
        this.silent = silent;
        this.health = health;
        this.labels = labels;
        this.clock = clock;
        this.properties = properties;
    }

    record OpenIssue(ItemArchive.Row item, String handler) {
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("page", "home");
        model.addAttribute("now", clock.instant());
        model.addAttribute("agencies", labels.agencies());
        model.addAttribute("issues", archive.openIssues().stream()
                .map(row -> new OpenIssue(row, reviews.handler(row.id()).map(ReviewDesk.Handler::name).orElse(null)))
                .toList());
        model.addAttribute("agenda", archive.agendaOn(LocalDate.now(clock.withZone(properties.timezone()))));
        model.addAttribute("silent", silent.current());
        model.addAttribute("health", health.snapshot());
        return "home";
    }
}
