package id.humas.hub.telegram;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the command menus with setMyCommands at start-up, per scope: officers' commands in all private
 * chats, the team's in the central group and in each team member's private chat.
 */
@Component
class CommandMenus {

    private final CommandTable commands;
    private final CentralTeam team;
    private final Texts texts;
    private final Outbox outbox;

    CommandMenus(CommandTable commands, CentralTeam team, Texts texts, Outbox outbox) {
        this.commands = commands;
        this.team = team;
        this.texts = texts;
        this.outbox = outbox;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void register() {
        outbox.menu(null, entries(audience -> audience != Audience.TEAM));
        List<Outgoing.MenuEntry> teamMenu = entries(audience -> audience != Audience.OFFICER);
        outbox.menu(team.chatId(), teamMenu);
        team.members().forEach(member -> outbox.menu(member, teamMenu));
    }

    private List<Outgoing.MenuEntry> entries(Predicate<Audience> shownTo) {
        boolean english = Locale.ENGLISH.getLanguage().equals(texts.locale().getLanguage());
        return commands.all().stream()
                .filter(CommandHandler::inMenu)
                .filter(handler -> shownTo.test(handler.audience()))
                .map(handler -> {
                    List<String> names = handler.names();
                    String shown = english && names.size() > 1 ? names.get(1) : names.get(0);
                    return new Outgoing.MenuEntry(shown, texts.plain("menu." + names.get(0)));
                })
                .toList();
    }
}
