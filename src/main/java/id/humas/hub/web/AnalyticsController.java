package id.humas.hub.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Analitik: items per agency, kind and week, and isu response times, for a period (the last 12 weeks unless
 * {@code dari}/{@code sampai} say otherwise); each chart's figures can be downloaded as CSV.
 */
@Controller
class AnalyticsController {

    private static final int DEFAULT_WEEKS = 12;

    private final Charts charts;
    private final Texts texts;
    private final Clock clock;
    private final BotProperties properties;

    AnalyticsController(Charts charts, Texts texts, Clock clock, BotProperties properties) {
        this.charts = charts;
        this.texts = texts;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/analitik")
    String analytics(@RequestParam Map<String, String> parameters, Model model) {
        ArchiveQuery query = period(parameters);
        Map<String, Charts.Chart> all = new LinkedHashMap<>();
        Charts.NAMES.forEach(name -> all.put(name, charts.chart(name, query.filter(properties.timezone()),
                query.from(), query.until())));
        model.addAttribute("page", "analytics");
        model.addAttribute("query", query);
        model.addAttribute("charts", all);
        Map<String, Object> data = new LinkedHashMap<>();
        all.forEach((name, chart) -> data.put(name, Map.of("labels", chart.labels(), "values", chart.values())));
        model.addAttribute("chartData", data);
        return "analytics";
    }

    @GetMapping("/analitik/{name}.csv")
    void csv(@PathVariable String name, @RequestParam Map<String, String> parameters, HttpServletResponse response)
            throws IOException {
        if (!Charts.NAMES.contains(name)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ArchiveQuery query = period(parameters);
        Charts.Chart chart = charts.chart(name, query.filter(properties.timezone()), query.from(), query.until());
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"analitik-" + name + "-" + query.from()
                + "-" + query.until() + ".csv\"");
        PrintWriter out = response.getWriter();
        out.write('\uFEFF');
        out.print(texts.plain("web.chart." + name + ".label") + "," + texts.plain("web.chart." + name + ".value") + "\r\n");
        for (int i = 0; i < chart.labels().size(); i++) {
            String label = chart.labels().get(i);
            out.print((label.contains(",") || label.contains("\"") ? "\"" + label.replace("\"", "\"\"") + "\"" : label)
                    + "," + chart.values().get(i) + "\r\n");
        }
        out.flush();
    }

    /** The filter with its period filled in: the last 12 weeks up to today when not given. */
    private ArchiveQuery period(Map<String, String> parameters) {
        ArchiveQuery query = ArchiveQuery.of(parameters);
        LocalDate today = LocalDate.now(clock.withZone(properties.timezone()));
        LocalDate until = query.until() == null ? today : query.until();
        LocalDate from = query.from() == null ? until.minusWeeks(DEFAULT_WEEKS).plusDays(1) : query.from();
        return new ArchiveQuery(query.agency(), query.category(), query.phase(), query.status(), from, until,
                query.words(), 0, query.ignored());
    }
}
