package id.humas.hub.review;

import id.humas.hub.intake.ItemSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts watching every isu as it is submitted and counts any review action on it as an
 * acknowledgement. These listeners run in the publishing transaction: the watch exists as soon as the isu does, so
 * its card already carries the Tangani button, and a review action's redrawn card no longer does. A re-delivered
 * submission changes nothing.
 */
@Component
class IsuWatches {

    private final IsuWatchRepository watches;

    IsuWatches(IsuWatchRepository watches) {
        this.watches = watches;
    }

    @EventListener(condition = "#item.urgent()")
    void on(ItemSubmitted item) {
        if (item.urgent() && !watches.existsById(item.itemId())) {
            watches.save(new IsuWatch(item));
        }
    }

    @EventListener
    void on(ItemReviewed review) {
        watches.findById(review.itemId()).filter(watch -> !watch.acknowledged()).ifPresent(watch -> {
            watch.acknowledge(IsuWatch.How.REVIEW, review.actorUserId(), review.actorName(), review.at());
            watches.save(watch);
        });
    }
}
