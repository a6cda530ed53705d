package id.humas.hub.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import id.humas.hub.intake.ItemArchive;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Ekspor: exactly the archive's current filter, as CSV (UTF-8 with a BOM, so that Excel reads it) or XLSX, written
 * to the response row by row as the database hands them over — neither is ever held whole in memory (XLSX through
 * POI's streaming workbook, which keeps 100 rows and spills the rest to a temporary file).
 */
@Controller
class ExportController {

    private static final List<String> COLUMNS = List.of("number", "submitted", "agency", "kind", "status", "version",
            "text", "link");
    private static final int XLSX_ROWS_IN_MEMORY = 100;
    private static final int CELL_MAX = 32_767;

    private final ItemArchive archive;
    private final Labels labels;
    private final Texts texts;
    private final DashboardProperties dashboard;
    private final DateTimeFormatter time;
    private final Clock clock;
    private final BotProperties properties;

    ExportController(ItemArchive archive, Labels labels, Texts texts, DashboardProperties dashboard,
                     BotProperties properties, Clock clock) {
        this.archive = archive;
        this.labels = labels;
        this.texts = texts;
        this.dashboard = dashboard;
        this.properties = properties;
        this.clock = clock;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.timezone());
    }

    @GetMapping("/arsip/ekspor.csv")
    void csv(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        ArchiveQuery query = ArchiveQuery.of(parameters);
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, "csv");
        Map<Long, String> agencies = labels.agencies();
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                64 * 1024);
        out.write('\uFEFF');
        line(out, COLUMNS.stream().map(column -> texts.plain("web.export.column." + column)).toList());
        try {
            archive.forEach(query.filter(properties.timezone()), row -> {
                try {
                    line(out, cells(row, agencies));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    @GetMapping("/arsip/ekspor.xlsx")
    void xlsx(@RequestParam Map<String, String> parameters, HttpServletResponse response) throws IOException {
        ArchiveQuery query = ArchiveQuery.of(parameters);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        attachment(response, "xlsx");
        Map<Long, String> agencies = labels.agencies();
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet(texts.plain("web.export.sheet"));
            write(sheet.createRow(0), COLUMNS.stream().map(column -> texts.plain("web.export.column." + column)).toList());
            int[] next = {1};
            archive.forEach(query.filter(properties.timezone()), row -> {
                Row sheetRow = sheet.createRow(next[0]++);
                sheetRow.createCell(0).setCellValue(row.id());
                List<String> cells = cells(row, agencies);
                for (int i = 1; i < cells.size(); i++) {
                    sheetRow.createCell(i).setCellValue(cells.get(i).length() > CELL_MAX
                            ? cells.get(i).substring(0, CELL_MAX) : cells.get(i));
                }
            });
            workbook.write(response.getOutputStream());
        } finally {
            workbook.close();
        }
    }

    private List<String> cells(ItemArchive.Row row, Map<Long, String> agencies) {
        return List.of(String.valueOf(row.id()), time.format(row.submittedAt()),
                agencies.getOrDefault(row.agencyId(), "#" + row.agencyId()), labels.kind(row),
                texts.plain(row.status().textKey()), String.valueOf(row.version()), noFormula(row.text()),
                dashboard.base() + "/laporan/" + row.id());
    }

    /** An officer's text that starts like a formula stays text in a spreadsheet. */
    private static String noFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void attachment(HttpServletResponse response, String extension) {
        String name = "arsip-humas-" + time.format(clock.instant()).replace(" ", "-").replace(":", "") + "."
                + extension;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                out.write('"');
                out.write(cell.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(cell);
            }
        }
        out.write("\r\n");
    }
}
