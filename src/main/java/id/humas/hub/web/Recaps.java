package id.humas.hub.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import id.humas.hub.intake.Category;
import id.humas.hub.intake.ItemArchive;
import id.humas.hub.intake.ItemStatus;
import id.humas.hub.review.ReviewDesk;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Formats;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.MediaKind;
import id.humas.hub.telegram.MediaRef;
import org.springframework.stereotype.Component;

/**
 * The monthly recap for leadership, per agency: items by kind, the published items with their links, photos, and
 * the weeks (Monday to Sunday, touching the month) in which the agency sent nothing. Everything already in words,
 * so that the page and the PDF show the same.
 */
@Component
class Recaps {

    private static final int PHOTOS_PER_AGENCY = 8;

    private final ItemArchive archive;
    private final ReviewDesk reviews;
    private final Labels labels;
    private final Formats formats;
    private final Texts texts;
    private final ZoneId zone;
    private final java.time.format.DateTimeFormatter day;

    Recaps(ItemArchive archive, ReviewDesk reviews, Labels labels, Formats formats, Texts texts,
           BotProperties properties) {
        this.archive = archive;
        this.reviews = reviews;
        this.labels = labels;
        this.formats = formats;
        this.texts = texts;
        this.zone = properties.timezone();
        this.day = java.time.format.DateTimeFormatter.ofPattern("d MMM", properties.language());
    }

    record Recap(YearMonth month, String title, List<AgencyRecap> agencies, long total) {
    }

    record AgencyRecap(long id, String name, long total, List<Count> counts, List<Published> published,
                       List<Photo> photos, List<String> silentWeeks) {
    }

    record Count(String kind, long items) {
    }

    record Published(long itemId, String text, String link, String at) {
    }

    record Photo(long itemId, int index) {
    }

    Recap of(YearMonth month, Long agency) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        ItemArchive.Filter filter = new ItemArchive.Filter(agency, null, null, null, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), "");
        Map<Long, List<ItemArchive.Row>> byAgency = new LinkedHashMap<>();
        archive.forEach(filter, row -> byAgency.computeIfAbsent(row.agencyId(), id -> new ArrayList<>()).add(row));
        List<AgencyRecap> recaps = new ArrayList<>();
        long total = 0;
        for (Map.Entry<Long, String> named : labels.agencies().entrySet()) {
            if (agency != null && !agency.equals(named.getKey())) {
                continue;
            }
            List<ItemArchive.Row> rows = byAgency.getOrDefault(named.getKey(), List.of());
            total += rows.size();
            recaps.add(new AgencyRecap(named.getKey(), named.getValue(), rows.size(), counts(rows), published(rows),
                    photos(rows), silentWeeks(rows, first, last)));
        }
        String title = texts.plain("web.recap.month." + month.getMonthValue()) + " " + month.getYear();
        return new Recap(month, title, recaps, total);
    }

    private List<Count> counts(List<ItemArchive.Row> rows) {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        rows.forEach(row -> counts.merge(row.category(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new Count(texts.plain(e.getKey().textKey()), e.getValue())).toList();
    }

    private List<Published> published(List<ItemArchive.Row> rows) {
        List<ItemArchive.Row> published = rows.stream().filter(row -> row.status() == ItemStatus.PUBLISHED)
                .sorted((a, b) -> a.submittedAt().compareTo(b.submittedAt())).toList();
        Map<Long, String> links = reviews.publishedLinks(published.stream().map(ItemArchive.Row::id).toList());
        return published.stream().map(row -> new Published(row.id(), labels.excerpt(row.text(), 160),
                links.get(row.id()), formats.dateTime(row.submittedAt()))).toList();
    }

    private List<Photo> photos(List<ItemArchive.Row> rows) {
        Map<Long, List<MediaRef>> media = archive.media(rows.stream().map(ItemArchive.Row::id).toList());
        List<Photo> photos = new ArrayList<>();
        for (int r = rows.size() - 1; r >= 0; r--) {
            ItemArchive.Row row = rows.get(r);
            List<MediaRef> refs = media.getOrDefault(row.id(), List.of());
            for (int i = 0; i < refs.size() && photos.size() < PHOTOS_PER_AGENCY; i++) {
                if (refs.get(i).kind() == MediaKind.PHOTO) {
                    photos.add(new Photo(row.id(), i));
                }
            }
        }
        return photos;
    }

    private List<String> silentWeeks(List<ItemArchive.Row> rows, LocalDate first, LocalDate last) {
        TreeSet<LocalDate> active = new TreeSet<>();
        rows.forEach(row -> active.add(monday(LocalDate.ofInstant(row.submittedAt(), zone))));
        List<String> silent = new ArrayList<>();
        for (LocalDate week = monday(first); !week.isAfter(last); week = week.plusWeeks(1)) {
            if (!active.contains(week)) {
                silent.add(texts.plain("web.recap.week", day.format(week), day.format(week.plusDays(6))));
            }
        }
        return silent;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
