package id.humas.hub.telegram;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every command name and alias, mapped to the handler that owns it. */
@Component
class CommandTable {

    private final Map<String, CommandHandler> byName = new HashMap<>();
    private final List<CommandHandler> handlers;

    CommandTable(List<CommandHandler> handlers) {
        this.handlers = List.copyOf(handlers);
        for (CommandHandler handler : handlers) {
            for (String name : handler.names()) {
                CommandHandler clash = byName.put(name.toLowerCase(Locale.ROOT), handler);
                if (clash != null) {
                    throw new IllegalStateException("Command /" + name + " is claimed by both "
                            + clash.getClass().getSimpleName() + " and " + handler.getClass().getSimpleName());
                }
            }
        }
    }

    Optional<CommandHandler> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    List<CommandHandler> all() {
        return handlers;
    }
}
