package id.humas.hub.telegram;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.TeamMemberJoined;
import id.humas.hub.system.TeamMemberRemoved;
import id.humas.hub.system.Texts;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the command menus with setMyCommands, per scope: officers' commands in all private chats, the team's in
 * the central group and in each team member's private chat, and the admins' own commands in their private chats
 * too. At start-up for everyone; when a member joins or is removed at run time, for them at once.
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
        outbox.menu(null, privateMenu());
        outbox.menu(team.chatId(), teamMenu(false));
        team.members().forEach(member -> outbox.menu(member, teamMenu(team.isAdmin(member))));
    }

    /** The new member sees the team's commands in their private chat at once. */
    @EventListener
    public void on(TeamMemberJoined joined) {
        outbox.menu(joined.userId(), teamMenu(team.isAdmin(joined.userId())));
    }

    /** The removed member's private chat shows what everyone else's shows. */
    @EventListener
    public void on(TeamMemberRemoved removed) {
        outbox.menu(removed.userId(), privateMenu());
    }

    private List<Outgoing.MenuEntry> privateMenu() {
        return entries(handler -> handler.audience() != Audience.TEAM);
    }

    private List<Outgoing.MenuEntry> teamMenu(boolean admin) {
        return entries(handler -> handler.audience() != Audience.OFFICER && (admin || !handler.adminOnly()));
    }

    private List<Outgoing.MenuEntry> entries(Predicate<CommandHandler> shownTo) {
        boolean english = Locale.ENGLISH.getLanguage().equals(texts.locale().getLanguage());
        return commands.all().stream()
                .filter(CommandHandler::inMenu)
                .filter(shownTo)
                .map(handler -> {
                    List<String> names = handler.names();
                    String shown = english && names.size() > 1 ? names.get(1) : names.get(0);
                    return new Outgoing.MenuEntry(shown, texts.plain("menu." + names.get(0)));
                })
                .toList();
    }
}
