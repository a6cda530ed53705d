package id.humas.hub.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Map;

import id.humas.hub.system.BotProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Rekap bulanan: the per-agency monthly recap ({@code ?bulan=2026-06}, last month when not given; {@code instansi}
 * for one agency), as a printable page and as a PDF rendered from an XHTML template of the same recap.
 */
@Controller
class RecapController {

    private final Recaps recaps;
    private final Labels labels;
    private final SpringTemplateEngine templates;
    private final Clock clock;
    private final BotProperties properties;

    RecapController(Recaps recaps, Labels labels, SpringTemplateEngine templates, Clock clock,
                    BotProperties properties) {
        this.recaps = recaps;
        this.labels = labels;
        this.templates = templates;
        this.clock = clock;
        this.properties = properties;
    }

    @GetMapping("/rekap")
    String recap(@RequestParam Map<String, String> parameters, Model model) {
        YearMonth month = month(parameters.get("bulan"));
        Long agency = ArchiveQuery.of(parameters).agency();
        model.addAttribute("page", "recap");
        model.addAttribute("recap", recaps.of(month, agency));
        model.addAttribute("agencies", labels.agencies());
        model.addAttribute("agency", agency);
        model.addAttribute("pdf", "/rekap.pdf?bulan=" + month + (agency == null ? "" : "&instansi=" + agency));
        return "recap";
    }

    @GetMapping("/rekap.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam Map<String, String> parameters) {
        YearMonth month = month(parameters.get("bulan"));
        Long agency = ArchiveQuery.of(parameters).agency();
        Context context = new Context(properties.language());
        context.setVariable("recap", recaps.of(month, agency));
        String xhtml = templates.process("recap-pdf", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        renderer.createPDF(pdf);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"rekap-humas-" + month + ".pdf\"")
                .body(pdf.toByteArray());
    }

    /** The month asked for, or last month when none (or one that cannot be read) is given. */
    private YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? YearMonth.now(clock.withZone(properties.timezone())).minusMonths(1)
                    : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock.withZone(properties.timezone())).minusMonths(1);
        }
    }
}
