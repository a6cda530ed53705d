package id.humas.hub.intake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.stereotype.Component;

/**
 * Finds items by text (a plain case-insensitive LIKE on the body, fine for a province) and optional agency,
 * category and period, newest first. Works alike on H2 and PostgreSQL.
 */
@Component
class ItemSearch {

    /**
     * @param text     words that must appear in the item's text, in this order; blank for any
     * @param agencies agencies to look in; null for all
     * @param category null for all
     * @param from     inclusive; null for no lower bound
     * @param until    exclusive; null for no upper bound
     */
    record Criteria(String text, Set<Long> agencies, Category category, Instant from, Instant until) {
    }

    record Found(List<Item> items, long total) {
    }

    private final EntityManager entities;

    ItemSearch(EntityManager entities) {
        this.entities = entities;
    }

    Found find(Criteria criteria, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!criteria.text().isBlank()) {
            where.add("lower(i.body) like :text escape '\\'");
            parameters.put("text", "%" + escapeLike(criteria.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (criteria.agencies() != null) {
            where.add("i.agencyId in :agencies");
            parameters.put("agencies", criteria.agencies());
        }
        if (criteria.category() != null) {
            where.add("i.category = :category");
            parameters.put("category", criteria.category());
        }
        if (criteria.from() != null) {
            where.add("i.createdAt >= :from");
            parameters.put("from", criteria.from());
        }
        if (criteria.until() != null) {
            where.add("i.createdAt < :until");
            parameters.put("until", criteria.until());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        TypedQuery<Item> page = entities.createQuery(
                "select i from Item i" + condition + " order by i.createdAt desc, i.id desc", Item.class);
        TypedQuery<Long> count = entities.createQuery("select count(i) from Item i" + condition, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Item> found = page.setMaxResults(limit).getResultList();
        long total = found.size() < limit ? found.size() : count.getSingleResult();
        return new Found(found, total);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
