package id.humas.hub.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole archive of items for the dashboard: filtered pages, a stream of every matching row for an export, the
 * open isu and a day's agenda. Rows carry what a list shows, not the versions; {@link Items#find} gives the whole
 * item. Works alike on H2 and PostgreSQL.
 */
@Component
public class ItemArchive {

    private static final int STREAM_FETCH = 500;

    private final EntityManager entities;

    ItemArchive(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * @param words   words that must appear in the text, in this order; blank for any
     * @param agency  null for all
     * @param from    inclusive; null for no lower bound
     * @param until   exclusive; null for no upper bound
     */
    public record Filter(Long agency, Category category, Phase phase, ItemStatus status, Instant from, Instant until,
                         String words) {

        public Filter {
            words = words == null ? "" : words.strip();
        }

        public static Filter all() {
            return new Filter(null, null, null, null, null, null, "");
        }
    }

    /** One item as a list or an export shows it. */
    public record Row(long id, long agencyId, long officerUserId, Category category, Phase phase, ItemStatus status,
                      Instant submittedAt, String text, int version, LocalDate eventDate, LocalTime eventTime,
                      String eventPlace) {
    }

    /**
     * @param total matching items, counted up to {@link #COUNT_CAP}
     * @param more  whether more than {@link #COUNT_CAP} match (then {@code total} is the cap)
     */
    public record Page(List<Row> rows, long total, boolean more, int page, int size) {

        public int pages() {
            long counted = (total + size - 1) / size;
            return (int) Math.max(1, more ? Math.max(counted + 1, page + 2L) : counted);
        }
    }

    /**
     * Matches are counted up to here: counting all of 100 000 items for every page costs a pass over the table,
     * and beyond a thousand the number only says "narrow the filter" (the export still has them all).
     */
    public static final int COUNT_CAP = 1_000;

    @Transactional(readOnly = true)
    public Page page(Filter filter, int page, int size) {
        Query query = query(filter);
        TypedQuery<Row> rows = entities.createQuery(SELECT_ROW + query.where + " order by i.createdAt desc, i.id desc",
                Row.class);
        TypedQuery<Long> count = entities.createQuery("select i.id from Item i" + query.where, Long.class);
        query.parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        int first = Math.max(0, page) * size;
        List<Row> found = rows.setFirstResult(first).setMaxResults(size).getResultList();
        if (page == 0 && found.size() < size) {
            return new Page(found, found.size(), false, page, size);
        }
        int counted = count.setMaxResults(COUNT_CAP + 1).getResultList().size();
        return new Page(found, Math.min(counted, COUNT_CAP), counted > COUNT_CAP, page, size);
    }

    /** Every row matching the filter, newest first, handed over one by one without holding them all. */
    @Transactional(readOnly = true)
    public void forEach(Filter filter, Consumer<Row> consumer) {
        Query query = query(filter);
        TypedQuery<Row> rows = entities.createQuery(SELECT_ROW + query.where + " order by i.createdAt desc, i.id desc",
                Row.class);
        query.parameters.forEach(rows::setParameter);
        rows.setHint("org.hibernate.fetchSize", STREAM_FETCH).setHint("org.hibernate.readOnly", true);
        try (var stream = rows.getResultStream()) {
            stream.forEach(consumer);
        }
    }

    /** Isu still waiting for a decision (new, or waiting for the officer's revision), oldest first. */
    @Transactional(readOnly = true)
    public List<Row> openIssues() {
        return entities.createQuery(SELECT_ROW + " where i.category = :category and i.status in :open"
                        + " order by i.createdAt asc, i.id asc", Row.class)
                .setParameter("category", Category.ISSUE)
                .setParameter("open", List.of(ItemStatus.NEW, ItemStatus.REVISION_REQUESTED))
                .getResultList();
    }

    /** The agendas of one day that were not rejected, by time. */
    @Transactional(readOnly = true)
    public List<Row> agendaOn(LocalDate day) {
        return entities.createQuery(SELECT_ROW + " where i.category = :category and i.eventDate = :day"
                        + " and i.status <> :rejected order by i.eventTime asc, i.id asc", Row.class)
                .setParameter("category", Category.AGENDA)
                .setParameter("day", day)
                .setParameter("rejected", ItemStatus.REJECTED)
                .getResultList();
    }

    /** When each agency last submitted an item, by agency id. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastItemPerAgency() {
        Map<Long, Instant> last = new HashMap<>();
        entities.createQuery("select i.agencyId, max(i.createdAt) from Item i group by i.agencyId", Object[].class)
                .getResultList()
                .forEach(row -> last.put((Long) row[0], (Instant) row[1]));
        return last;
    }

    /** One count of a breakdown: items of one agency and kind. */
    public record Count(long agencyId, Category category, long items) {
    }

    /** How many items match the filter, per agency and kind. */
    @Transactional(readOnly = true)
    public List<Count> countPerAgencyAndKind(Filter filter) {
        Query query = query(filter);
        TypedQuery<Count> counts = entities.createQuery("select new id.humas.hub.intake.ItemArchive$Count(i.agencyId,"
                + " i.category, count(i)) from Item i" + query.where + " group by i.agencyId, i.category", Count.class);
        query.parameters.forEach(counts::setParameter);
        return counts.getResultList();
    }

    /** When each item matching the filter was submitted, for counts per week; handed over one by one. */
    @Transactional(readOnly = true)
    public void forEachSubmission(Filter filter, Consumer<Instant> consumer) {
        Query query = query(filter);
        TypedQuery<Instant> times = entities.createQuery("select i.createdAt from Item i" + query.where, Instant.class);
        query.parameters.forEach(times::setParameter);
        times.setHint("org.hibernate.fetchSize", STREAM_FETCH);
        try (var stream = times.getResultStream()) {
            stream.forEach(consumer);
        }
    }

    /** The media of each of the items that has any, by item id, in the order sent. */
    @Transactional(readOnly = true)
    public Map<Long, List<id.humas.hub.telegram.MediaRef>> media(List<Long> itemIds) {
        Map<Long, List<id.humas.hub.telegram.MediaRef>> media = new HashMap<>();
        if (!itemIds.isEmpty()) {
            entities.createQuery("select i from Item i where i.id in :ids", Item.class).setParameter("ids", itemIds)
                    .getResultList().forEach(item -> {
                        List<id.humas.hub.telegram.MediaRef> refs = item.view().media();
                        if (!refs.isEmpty()) {
                            media.put(item.id(), refs);
                        }
                    });
        }
        return media;
    }

    /** How many media each of the items has, by item id; items without media are left out. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> mediaCounts(List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        entities.createQuery("select i.id, size(i.media) from Item i where i.id in :ids", Object[].class)
                .setParameter("ids", itemIds)
                .getResultList()
                .forEach(row -> {
                    int n = ((Number) row[1]).intValue();
                    if (n > 0) {
                        counts.put((Long) row[0], n);
                    }
                });
        return counts;
    }

    private static final String SELECT_ROW = "select new id.humas.hub.intake.ItemArchive$Row(i.id, i.agencyId,"
            + " i.officerUserId, i.category, i.phase, i.status, i.createdAt, i.body, i.version, i.eventDate,"
            + " i.eventTime, i.eventPlace) from Item i";

    private record Query(String where, Map<String, Object> parameters) {
    }

    private static Query query(Filter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.words().isBlank()) {
            where.add("lower(i.body) like :words escape '\\'");
            parameters.put("words", "%" + ItemSearch.escapeLike(filter.words().toLowerCase(Locale.ROOT)) + "%");
        }
        add(where, parameters, "i.agencyId = :agency", "agency", filter.agency());
        add(where, parameters, "i.category = :category", "category", filter.category());
        add(where, parameters, "i.phase = :phase", "phase", filter.phase());
        add(where, parameters, "i.status = :status", "status", filter.status());
        add(where, parameters, "i.createdAt >= :from", "from", filter.from());
        add(where, parameters, "i.createdAt < :until", "until", filter.until());
        return new Query(where.isEmpty() ? "" : " where " + String.join(" and ", where), parameters);
    }

    private static void add(List<String> where, Map<String, Object> parameters, String condition, String name,
                            Object value) {
        if (value != null) {
            where.add(condition);
            parameters.put(name, value);
        }
    }
}
