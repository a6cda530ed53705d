package id.humas.hub.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.humas.hub.agency.AgencyView;
import id.humas.hub.agency.Officers;
import id.humas.hub.system.BotProperties;
import id.humas.hub.system.Excerpt;
import id.humas.hub.system.Formats;
import id.humas.hub.system.DateText;
import id.humas.hub.system.Markup;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.Html;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code /cari KATA [instansi:X] [kategori:isu|kegiatan|agenda|rilis] [dari:TANGGAL] [sampai:TANGGAL]}: items whose
 * text contains KATA, newest first, at most {@value #LIMIT}, saying how many more there are.
 */
@Component
class SearchCommand implements CommandHandler {

    static final int LIMIT = 20;
    private static final int EXCERPT = 120;
    private static final java.time.format.DateTimeFormatter DAY_MONTH_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final Pattern FILTER = Pattern.compile(
            "(?<![\\p{L}\\d])(instansi|agency|kategori|category|dari|from|sampai|until|to):(\"[^\"]*\"|\\S+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Map<String, Category> CATEGORIES = Map.of(
            "isu", Category.ISSUE, "issue", Category.ISSUE,
            "kegiatan", Category.ACTIVITY, "activity", Category.ACTIVITY,
            "agenda", Category.AGENDA,
            "rilis", Category.RELEASE, "release", Category.RELEASE);

    private final ItemSearch search;
    private final Officers officers;
    private final Prompts prompts;
    private final Outbox outbox;
    private final Texts texts;
    private final Formats formats;
    private final Clock clock;
    private final ZoneId zone;

    SearchCommand(ItemSearch search, Officers officers, Prompts prompts, Outbox outbox, Texts texts, Formats formats,
                  Clock clock, BotProperties properties) {
        this.search = search;
        this.officers = officers;
        this.prompts = prompts;
        this.outbox = outbox;
        this.texts = texts;
        this.formats = formats;
        this.clock = clock;
        this.zone = properties.timezone();
    }

    @Override
    public List<String> names() {
        return List.of("cari", "search");
    }

    @Override
    public Audience audience() {
        return Audience.TEAM;
    }

    /** A filter the bot could not use; the reply says why. */
    private static final class BadFilter extends Exception {

        private final String reply;

        BadFilter(String reply) {
            super(reply, null, false, false);
            this.reply = reply;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public void handle(IncomingMessage message, String arguments) {
        List<AgencyView> agencies = officers.agencies();
        ItemSearch.Criteria criteria;
        try {
            criteria = criteria(arguments, agencies);
        } catch (BadFilter bad) {
            outbox.send(message.chatId(), bad.reply + "\n\n" + usage());
            return;
        }
        if (criteria == null) {
            outbox.send(message.chatId(), usage());
            return;
        }
        ItemSearch.Found found = search.find(criteria, LIMIT);
        String query = arguments.strip();
        if (found.items().isEmpty()) {
            outbox.send(message.chatId(), texts.html("search.none", query));
            return;
        }
        Map<Long, String> names = agencies.stream().collect(Collectors.toMap(AgencyView::id, AgencyView::name));
        StringBuilder reply = new StringBuilder(texts.html("search.header", query, String.valueOf(found.total())));
        for (Item item : found.items()) {
            String excerpt = Excerpt.of(item.body(), EXCERPT);
            reply.append('\n').append(texts.html("search.line", String.valueOf(item.id()),
                    names.getOrDefault(item.agencyId(), "?"), prompts.kind(item.category(), item.phase()),
                    formats.dateTime(item.createdAt()),
                    Markup.trusted(excerpt.isEmpty() ? texts.html("digest.no-text") : Html.escape(excerpt))));
        }
        if (found.total() > found.items().size()) {
            reply.append("\n\n").append(texts.html("search.more", String.valueOf(found.total() - found.items().size())));
        }
        outbox.send(message.chatId(), reply.toString());
    }

    /** @return null when there is nothing to search for */
    private ItemSearch.Criteria criteria(String arguments, List<AgencyView> agencies) throws BadFilter {
        Set<Long> agencyIds = null;
        Category category = null;
        Instant from = null;
        Instant until = null;
        boolean filtered = false;
        Matcher filter = FILTER.matcher(arguments);
        while (filter.find()) {
            filtered = true;
            String value = filter.group(2).replace("\"", "").strip();
            switch (filter.group(1).toLowerCase(Locale.ROOT)) {
                case "instansi", "agency" -> agencyIds = agencies(value, agencies);
                case "kategori", "category" -> category = Optional.ofNullable(CATEGORIES.get(value.toLowerCase(Locale.ROOT)))
                        .orElseThrow(() -> new BadFilter(texts.html("search.bad-category", value)));
                case "dari", "from" -> from = day(value).atStartOfDay(zone).toInstant();
                default -> until = day(value).plusDays(1).atStartOfDay(zone).toInstant();
            }
        }
        String text = FILTER.matcher(arguments).replaceAll(" ").replaceAll("\\s+", " ").strip();
        if (text.isEmpty() && !filtered) {
            return null;
        }
        return new ItemSearch.Criteria(text, agencyIds, category, from, until);
    }

    private Set<Long> agencies(String name, List<AgencyView> agencies) throws BadFilter {
        String wanted = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        Set<Long> ids = agencies.stream()
                .filter(agency -> agency.name().toLowerCase(Locale.ROOT).contains(wanted))
                .map(AgencyView::id)
                .collect(Collectors.toSet());
        if (ids.isEmpty() || wanted.isBlank()) {
            throw new BadFilter(texts.html("search.no-agency", name));
        }
        return ids;
    }

    private LocalDate day(String value) throws BadFilter {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Optional<LocalDate> day = DateText.date(value, today);
        if (day.isEmpty()) {
            LocalDate example = today.withDayOfMonth(1);
            throw new BadFilter(texts.html("search.bad-date", value, example.toString(),
                    example.format(DAY_MONTH_YEAR)));
        }
        return day.get();
    }

    /** With example dates of the current month, so that they are always current. */
    private String usage() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return texts.html("search.usage", today.withDayOfMonth(1).toString(), today.format(DAY_MONTH_YEAR));
    }
}
