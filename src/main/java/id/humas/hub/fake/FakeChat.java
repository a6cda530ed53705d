package id.humas.hub.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A chat known to {@link FakeTelegram}: a user's private chat (id == user id) or a group.
 * Groups are {@code "supergroup"} unless created with {@link FakeTelegram#basicGroup(long, String)}.
 */
public final class FakeChat {
    private final long id;
    private final String type;
    private final String title;
    private final String firstName;
    private final String username;

    FakeChat(long id, String type, String title, String firstName, String username) {
        this.id = id;
        this.type = type;
        this.title = title;
        this.firstName = firstName;
        this.username = username;
    }

    public long id() {
        return id;
    }

    /** "private", "group", "supergroup" or "channel". */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The public username of a channel or supergroup (without "@"), or a user's; null when none. */
    public String username() {
        return username;
    }

    public boolean isPrivate() {
        return "private".equals(type);
    }

    /** The Bot API Chat object. */
    public ObjectNode json() {
        ObjectNode n = FakeTelegram.JSON.createObjectNode();
        n.put("id", id);
        n.put("type", type);
        if (title != null) {
            n.put("title", title);
        }
        if (firstName != null) {
            n.put("first_name", firstName);
        }
        if (username != null) {
            n.put("username", username);
        }
        return n;
    }

    @Override
    public String toString() {
        return "FakeChat{" + id + " " + type + (title != null ? " \"" + title + "\"" : "")
                + (firstName != null ? " " + firstName : "") + "}";
    }
}
