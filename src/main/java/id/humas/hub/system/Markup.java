package id.humas.hub.system;

/**
 * HTML the bot composed itself from its bundles and escaped values, so it may be put into a message as it is.
 * {@link Texts#get} escapes every other text argument; wrapping a value in {@code Markup} is the one way to say
 * that it is already safe for Telegram's HTML parse mode.
 */
public record Markup(String html) {

    public Markup {
        html = html == null ? "" : html;
    }

    public static Markup trusted(String html) {
        return new Markup(html);
    }

    /** Telegram's HTML parse mode rejects a whole message over one stray {@code <} or {@code &}. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    @Override
    public String toString() {
        return html;
    }
}
