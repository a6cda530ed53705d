package id.humas.hub.digest;

import java.util.ArrayList;
import java.util.List;

/**
 * A digest cut into messages, each with the numbers of the items it lists, so that every item gets its "#N" button
 * under the message that lists it: Telegram shows at most 100 buttons under one message (the keyboard takes 90), and
 * a text of at most 4096 characters. Cuts fall between lines.
 */
final class DigestPages {

    /** One message of the digest and the items it lists, in order. */
    record Page(String html, List<Long> itemIds) {
    }

    static final int MAX_ITEMS = 90;
    static final int MAX_CHARS = 3900;

    private final int maxItems;
    private final int maxChars;
    private final List<Page> pages = new ArrayList<>();
    private StringBuilder text = new StringBuilder();
    private List<Long> items = new ArrayList<>();

    DigestPages() {
        this(MAX_ITEMS, MAX_CHARS);
    }

    DigestPages(int maxItems, int maxChars) {
        this.maxItems = maxItems;
        this.maxChars = maxChars;
    }

    /** Text that lists no item; {@code separator} ("\n" or "\n\n") goes before it unless it starts a page. */
    DigestPages add(String separator, String html) {
        return add(separator, html, null);
    }

    /** The line of item {@code itemId}. */
    DigestPages add(String separator, String html, Long itemId) {
        boolean full = !text.isEmpty() && (text.length() + separator.length() + html.length() > maxChars
                || itemId != null && items.size() >= maxItems);
        if (full) {
            close();
        }
        if (!text.isEmpty()) {
            text.append(separator);
        }
        text.append(html);
        if (itemId != null) {
            items.add(itemId);
        }
        return this;
    }

    List<Page> pages() {
        if (!text.isEmpty()) {
            close();
        }
        return List.copyOf(pages);
    }

    private void close() {
        pages.add(new Page(text.toString(), List.copyOf(items)));
        text = new StringBuilder();
        items = new ArrayList<>();
    }
}
