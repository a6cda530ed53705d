package id.humas.hub.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import id.humas.hub.intake.Category;
import id.humas.hub.intake.ItemArchive;
import id.humas.hub.intake.ItemStatus;
import id.humas.hub.intake.Phase;
import id.humas.hub.system.BotProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Arsip: every item, filtered and paged; htmx swaps only the results when the filter changes. */
@Controller
class ArchiveController {

    static final int PAGE_SIZE = 25;

    private final ItemArchive archive;
    private final Labels labels;
    private final BotProperties properties;

    ArchiveController(ItemArchive archive, Labels labels, BotProperties properties) {
        this.archive = archive;
        this.labels = labels;
        this.properties = properties;
    }

    @GetMapping("/arsip")
    String archive(@RequestParam Map<String, String> parameters,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ArchiveQuery query = ArchiveQuery.of(parameters);
        ItemArchive.Page found = archive.page(query.filter(properties.timezone()), query.page(), PAGE_SIZE);
        model.addAttribute("page", "archive");
        model.addAttribute("query", query);
        model.addAttribute("found", found);
        model.addAttribute("media", archive.mediaCounts(found.rows().stream().map(ItemArchive.Row::id).toList()));
        model.addAttribute("agencies", labels.agencies());
        model.addAttribute("categories", Arrays.asList(Category.values()));
        model.addAttribute("phases", Arrays.asList(Phase.values()));
        model.addAttribute("statuses", Arrays.asList(ItemStatus.values()));
        model.addAttribute("pages", pages(found));
        return htmx != null ? "archive :: results" : "archive";
    }

    /** Page indexes to link: the first, the last and a few around the current one. */
    private static List<Integer> pages(ItemArchive.Page found) {
        int last = found.pages() - 1;
        return java.util.stream.IntStream.rangeClosed(0, last)
                .filter(i -> i == 0 || i == last || Math.abs(i - found.page()) <= 2)
                .boxed().toList();
    }
}
