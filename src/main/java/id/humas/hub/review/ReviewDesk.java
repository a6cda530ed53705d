package id.humas.hub.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import id.humas.hub.intake.ItemStatus;
import id.humas.hub.intake.ItemView;
import id.humas.hub.intake.Items;
import id.humas.hub.telegram.Sender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review as the web dashboard reads and takes it: an item's trail, who handles an isu, which steps its state
 * allows, and the steps themselves — the same as the buttons' (card edited in the group, officer told, step kept),
 * with the same checks on the note a reviewer gives.
 */
@Component
public class ReviewDesk {

    private static final int NOTE_MAX = 1000;
    private static final Pattern LINK = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s/?#]+\\S*", Pattern.CASE_INSENSITIVE);

    private final Items items;
    private final Reviews reviews;
    private final ReviewRecordRepository records;
    private final IsuWatchRepository watches;

    ReviewDesk(Items items, Reviews reviews, ReviewRecordRepository records, IsuWatchRepository watches) {
        this.items = items;
        this.reviews = reviews;
        this.records = records;
        this.watches = watches;
    }

    /**
     * One step of an item's review trail.
     *
     * @param byOfficer the officer's new version after a revision request, not a reviewer's step
     * @param to        the state the step led to
     */
    public record Step(Instant at, String actorName, boolean byOfficer, ItemStatus to, String note, int itemVersion) {
    }

    /** Who acknowledged an isu (claimed it with Tangani, or acted on it) and when. */
    public record Handler(String name, Instant since) {
    }

    /**
     * What came of a step taken on the dashboard.
     *
     * @param last the last step taken on the item, when a step was refused because of it
     */
    public record Outcome(Result result, ItemStatus status, Optional<Step> last) {
    }

    public enum Result {
        DONE, NOT_ALLOWED, NOTE_MISSING, NOTE_TOO_LONG, LINK_INVALID, UNKNOWN_ACTION
    }

    @Transactional(readOnly = true)
    public List<Step> trail(long itemId) {
        return records.findByItemIdOrderByIdAsc(itemId).stream().map(ReviewDesk::step).toList();
    }

    /** The link each of the published items was published at (the note of its last "published" step), by item id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> publishedLinks(java.util.Collection<Long> itemIds) {
        java.util.Map<Long, String> links = new java.util.HashMap<>();
        for (long itemId : itemIds) {
            records.findByItemIdOrderByIdAsc(itemId).stream()
                    .filter(record -> record.to() == ItemStatus.PUBLISHED && record.note() != null)
                    .reduce((first, second) -> second)
                    .ifPresent(record -> links.put(itemId, record.note()));
        }
        return links;
    }

    @Transactional(readOnly = true)
    public Optional<Handler> handler(long itemId) {
        return watches.findById(itemId).filter(IsuWatch::acknowledged)
                .map(watch -> new Handler(watch.acknowledgedName(), watch.acknowledgedAt()));
    }

    /**
     * The steps an item in {@code status} still allows, as keys ({@code accept}, {@code request-revision},
     * {@code reject}, {@code published}) in the buttons' order.
     */
    public List<String> allowedSteps(ItemStatus status) {
        return Arrays.stream(ReviewAction.values()).filter(action -> status.canBecome(action.target()))
                .map(ReviewAction::key).toList();
    }

    /** Whether a step needs a note: the reason for a revision, the published link; optional for a rejection. */
    public boolean asksNote(String step) {
        return action(step).map(ReviewAction::asks).orElse(false);
    }

    /**
     * Takes a step as a team member on the dashboard.
     *
     * @param note the reason (revision: required; rejection: optional, blank or "-" for none) or the link
     */
    @Transactional
    public Outcome take(long itemId, String step, long actorUserId, String actorName, String note) {
        ItemView item = items.find(itemId).orElseThrow();
        Optional<ReviewAction> found = action(step);
        if (found.isEmpty()) {
            return new Outcome(Result.UNKNOWN_ACTION, item.status(), Optional.empty());
        }
        ReviewAction action = found.get();
        if (!item.status().canBecome(action.target())) {
            return refused(item);
        }
        String text = note == null ? "" : note.strip();
        Optional<Result> problem = problem(action, text);
        if (problem.isPresent()) {
            return new Outcome(problem.get(), item.status(), Optional.empty());
        }
        String kept = text.isEmpty() || (action == ReviewAction.REJECT && Reviews.NO_REASON.equals(text)) ? null : text;
        Sender actor = new Sender(actorUserId, actorName, null, null);
        if (!reviews.actFromDashboard(item, action, actor, kept)) {
            return refused(items.find(itemId).orElseThrow());
        }
        return new Outcome(Result.DONE, action.target(), Optional.empty());
    }

    private Outcome refused(ItemView item) {
        return new Outcome(Result.NOT_ALLOWED, item.status(),
                records.findFirstByItemIdOrderByIdDesc(item.id()).map(ReviewDesk::step));
    }

    private static Optional<Result> problem(ReviewAction action, String text) {
        if (text.length() > NOTE_MAX) {
            return Optional.of(Result.NOTE_TOO_LONG);
        }
        if (text.isEmpty() && (action == ReviewAction.REQUEST_REVISION || action == ReviewAction.PUBLISHED)) {
            return Optional.of(Result.NOTE_MISSING);
        }
        if (action == ReviewAction.PUBLISHED && !LINK.matcher(text).matches()) {
            return Optional.of(Result.LINK_INVALID);
        }
        return Optional.empty();
    }

    private static Optional<ReviewAction> action(String step) {
        return Arrays.stream(ReviewAction.values()).filter(action -> action.key().equals(step)).findFirst();
    }

    private static Step step(ReviewRecord record) {
        return new Step(record.at(), record.actorName(), record.byOfficer(), record.to(), record.note(),
                record.itemVersion());
    }
}
