package id.humas.hub.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "/name@bot arguments" split into its parts. */
record ParsedCommand(String name, String addressee, String arguments) {

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\\s+(.*))?$",
            Pattern.DOTALL);

    static Optional<ParsedCommand> parse(String text) {
        Matcher matcher = COMMAND.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String arguments = matcher.group(3) == null ? "" : matcher.group(3).strip();
        return Optional.of(new ParsedCommand(matcher.group(1), matcher.group(2), arguments));
    }

    boolean addressedTo(String botUsername) {
        return addressee == null || addressee.equalsIgnoreCase(botUsername);
    }
}
