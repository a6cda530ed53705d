package id.humas.hub.telegram;

/** The Telegram user who sent a message or pressed a button. */
public record Sender(long userId, String firstName, String lastName, String username) {

    public String displayName() {
        String name = lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
        return name == null || name.isBlank() ? (username == null ? String.valueOf(userId) : username) : name;
    }
}
