package id.humas.hub.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import id.humas.hub.intake.Category;
import id.humas.hub.intake.ItemArchive;
import id.humas.hub.intake.ItemStatus;
import id.humas.hub.intake.Phase;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The archive's filter as it travels in the address ({@code ?instansi=3&jenis=ISSUE&dari=2026-06-01&kata=banjir}),
 * so that a page, its export and a bookmark mean exactly the same items. A value that cannot be read is left out
 * and named in {@link #ignored}, never an error.
 */
public record ArchiveQuery(Long agency, Category category, Phase phase, ItemStatus status, LocalDate from, LocalDate until,
                    String words, int page, String ignored) {

    static ArchiveQuery of(Map<String, String> parameters) {
        StringBuilder ignored = new StringBuilder();
        Long agency = read(parameters, "instansi", Long::valueOf, ignored);
        Category category = read(parameters, "jenis", text -> Category.valueOf(text.toUpperCase(Locale.ROOT)), ignored);
        Phase phase = read(parameters, "fase", text -> Phase.valueOf(text.toUpperCase(Locale.ROOT)), ignored);
        ItemStatus status = read(parameters, "status", text -> ItemStatus.valueOf(text.toUpperCase(Locale.ROOT)),
                ignored);
        LocalDate from = read(parameters, "dari", LocalDate::parse, ignored);
        LocalDate until = read(parameters, "sampai", LocalDate::parse, ignored);
        Integer page = read(parameters, "halaman", Integer::valueOf, ignored);
        String words = parameters.getOrDefault("kata", "").strip();
        return new ArchiveQuery(agency, category, phase, status, from, until, words,
                page == null || page < 1 ? 0 : page - 1, ignored.toString());
    }

    ItemArchive.Filter filter(ZoneId zone) {
        return new ItemArchive.Filter(agency, category, phase, status,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant(), words);
    }

    /** The filter as query parameters, without the page. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "instansi", agency);
        put(parameters, "jenis", category);
        put(parameters, "fase", phase);
        put(parameters, "status", status);
        put(parameters, "dari", from);
        put(parameters, "sampai", until);
        if (!words.isEmpty()) {
            parameters.put("kata", words);
        }
        return parameters;
    }

    /** The address of {@code path} with this filter (and, when above 0, the page, counted from 1). */
    public String link(String path, int pageIndex) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        parameters().forEach(uri::queryParam);
        if (pageIndex > 0) {
            uri.queryParam("halaman", pageIndex + 1);
        }
        return uri.encode().build().toUriString();
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    private static <T> T read(Map<String, String> parameters, String name, Function<String, T> parse,
                              StringBuilder ignored) {
        String text = parameters.getOrDefault(name, "").strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            ignored.append(ignored.isEmpty() ? "" : ", ").append(name);
            return null;
        }
    }
}
