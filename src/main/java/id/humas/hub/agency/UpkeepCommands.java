package id.humas.hub.agency;

import java.util.List;

import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import id.humas.hub.telegram.Audience;
import id.humas.hub.telegram.CommandHandler;
import id.humas.hub.telegram.IncomingMessage;
import id.humas.hub.telegram.Outbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The admins' agency commands: {@code /gantinama LAMA | BARU} ({@code /rename}), {@code /gabung ASAL | TUJUAN}
 * ({@code /merge}), {@code /arsip NAMA} ({@code /archive}), {@code /pulihkan NAMA} ({@code /restore}) and
 * {@code /lepas NAMA} ({@code /removeofficer}). Each is one {@link UpkeepCommand}: the arguments are checked, the
 * {@link AgencyUpkeep} decides, {@link UpkeepReplies} answers.
 */
@Configuration
class UpkeepCommands {

    @Bean
    CommandHandler renameCommand(AgencyUpkeep upkeep, UpkeepSupport support) {
        return new UpkeepCommand(List.of("gantinama", "rename"), "upkeep.usage.rename", true,
                (admin, names) -> upkeep.rename(admin, names[0], names[1]), support);
    }

    @Bean
    CommandHandler mergeCommand(AgencyUpkeep upkeep, UpkeepSupport support) {
        return new UpkeepCommand(List.of("gabung", "merge"), "upkeep.usage.merge", true,
                (admin, names) -> upkeep.merge(admin, names[0], names[1]), support);
    }

    @Bean
    CommandHandler archiveCommand(AgencyUpkeep upkeep, UpkeepSupport support) {
        return new UpkeepCommand(List.of("arsip", "archive"), "upkeep.usage.archive", false,
                (admin, names) -> upkeep.archive(admin, names[0]), support);
    }

    @Bean
    CommandHandler restoreCommand(AgencyUpkeep upkeep, UpkeepSupport support) {
        return new UpkeepCommand(List.of("pulihkan", "restore"), "upkeep.usage.restore", false,
                (admin, names) -> upkeep.restore(admin, names[0]), support);
    }

    @Bean
    CommandHandler releaseCommand(AgencyUpkeep upkeep, UpkeepSupport support) {
        return new UpkeepCommand(List.of("lepas", "removeofficer"), "upkeep.usage.release", false,
                (admin, names) -> upkeep.removeOfficer(admin, names[0]), support);
    }

    /** What every upkeep command needs besides its action. */
    @org.springframework.stereotype.Component
    record UpkeepSupport(CentralTeam team, UpkeepReplies replies, Outbox outbox, Texts texts) {
    }

    /** One admin command on agencies: one name, or two separated by {@code |}. */
    static final class UpkeepCommand implements CommandHandler {

        interface Action {
            AgencyUpkeep.Outcome apply(long admin, String[] names);
        }

        private final List<String> names;
        private final String usageKey;
        private final boolean twoNames;
        private final Action action;
        private final UpkeepSupport support;

        UpkeepCommand(List<String> names, String usageKey, boolean twoNames, Action action, UpkeepSupport support) {
            this.names = names;
            this.usageKey = usageKey;
            this.twoNames = twoNames;
            this.action = action;
            this.support = support;
        }

        @Override
        public List<String> names() {
            return names;
        }

        @Override
        public Audience audience() {
            return Audience.TEAM;
        }

        @Override
        public boolean adminOnly() {
            return true;
        }

        @Override
        public void handle(IncomingMessage message, String arguments) {
            if (!support.team().isAdmin(message.from().userId())) {
                support.outbox().send(message.chatId(), support.texts().html("upkeep.not-admin"));
                return;
            }
            String[] parts = arguments.split("\\|", -1);
            boolean fits = twoNames ? parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()
                    : parts.length == 1 && !parts[0].isBlank();
            if (!fits) {
                support.outbox().send(message.chatId(), support.texts().html(usageKey));
                return;
            }
            String[] typed = {parts[0].strip(), twoNames ? parts[1].strip() : ""};
            support.outbox().send(message.chatId(),
                    support.replies().html(action.apply(message.from().userId(), typed)));
        }
    }
}
