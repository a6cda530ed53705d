package id.humas.hub.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.CentralTeam;
import id.humas.hub.system.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides who handles an update: commands through the command table, button presses by their data prefix,
 * replies to the bot's questions by the ref of the message replied to, officers' other private messages and their
 * edits by the intake. In the central group only the central team is
 * heard; other groups are left. Private messages beyond a user's per-minute allowance are not handled.
 */
@Component
class UpdateRouter {

    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);
    private static final Set<String> PRESENT = Set.of("member", "administrator", "restricted");

    private final CommandTable commands;
    private final Map<String, CallbackHandler> callbacks = new HashMap<>();
    private final Optional<PrivateMessageHandler> privateMessages;
    private final Optional<EditedMessageHandler> editedMessages;
    private final Map<String, ReplyHandler> replies = new HashMap<>();
    private final SentMessages sent;
    private final FloodGuard flood;
    private final CentralTeam team;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;
    private final String botUsername;
    private final ChatMigrations migrations;
    private final Reachability reachability;

    UpdateRouter(CommandTable commands, List<CallbackHandler> callbackHandlers,
                 Optional<PrivateMessageHandler> privateMessages, Optional<EditedMessageHandler> editedMessages,
                 FloodGuard flood, CentralTeam team, Outbox outbox, Texts texts, Clock clock,
                 BotProperties properties, ChatMigrations migrations, Reachability reachability,
                 List<ReplyHandler> replyHandlers, SentMessages sent) {
        replyHandlers.forEach(handler -> replies.put(handler.prefix(), handler));
        this.sent = sent;
        this.migrations = migrations;
        this.reachability = reachability;
        this.commands = commands;
        callbackHandlers.forEach(handler -> callbacks.put(handler.prefix(), handler));
        this.privateMessages = privateMessages;
        this.editedMessages = editedMessages;
        this.flood = flood;
        this.team = team;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
        this.botUsername = properties.username() == null ? "" : properties.username().replaceFirst("^@", "");
    }

    /** Routes one update, or all parts of one album. */
    void route(List<Update> updates) {
        Update first = updates.get(0);
        if (first.hasMessage()) {
            List<IncomingMessage> parts = updates.stream()
                    .map(update -> UpdateTranslator.message(update.getUpdateId(), update.getMessage())).toList();
            onMessage(parts.size() == 1 ? parts.get(0) : UpdateTranslator.album(parts), first.getMessage());
        } else if (first.hasEditedMessage()) {
            onEdit(first.getUpdateId(), first.getEditedMessage());
        } else if (first.hasCallbackQuery()) {
            onCallback(first.getCallbackQuery());
        } else if (first.getMyChatMember() != null) {
            onMembershipChange(first.getMyChatMember());
        } else {
            log.debug("Ignoring update {} of a kind the bot does not handle", first.getUpdateId());
        }
    }

    /** Tells the sender of an update that could not be handled that it was kept and will be looked at. */
    void apologise(Update update) {
        Message message = update.hasMessage() ? update.getMessage()
                : update.hasEditedMessage() ? update.getEditedMessage() : null;
        if (message != null && message.getChat() != null && message.isUserMessage()) {
            outbox.send(message.getChatId(), texts.html("error.internal"));
        } else if (update.hasCallbackQuery() && update.getCallbackQuery().getFrom() != null) {
            outbox.alert(callback(update.getCallbackQuery(), ""), texts.plain("error.internal"));
        }
    }

    private void onMessage(IncomingMessage message, Message raw) {
        followMigration(raw);
        if (message.isPrivate()) {
            reachability.heardFrom(message.chatId());
        }
        if (message.from() == null || raw.getFrom() == null || Boolean.TRUE.equals(raw.getFrom().getIsBot())) {
            return;
        }
        boolean privateChat = message.isPrivate();
        if (!privateChat && !migrations.isTeamChat(message.chatId())) {
            return;
        }
        if (privateChat && !flood.admit(message.from(), message.chatId(), sentAt(raw.getDate()))) {
            return;
        }
        Optional<ParsedCommand> command = ParsedCommand.parse(message.text());
        if (command.isPresent()) {
            onCommand(message, command.get(), privateChat);
        } else if (!onReply(message, privateChat) && privateChat) {
            privateMessages.ifPresent(handler -> handler.handle(message));
        }
    }

    /**
     * A reply to one of the bot's questions goes to the handler that asked it. In the central group only the
     * team's replies count.
     *
     * @return whether a handler took the message
     */
    private boolean onReply(IncomingMessage message, boolean privateChat) {
        if (message.replyToMessageId() == null || !privateChat && !team.isMember(message.from().userId())) {
            return false;
        }
        Optional<String> ref = sent.ref(message.chatId(), message.replyToMessageId());
        Optional<ReplyHandler> handler = ref.filter(r -> r.indexOf(':') > 0)
                .map(r -> replies.get(r.substring(0, r.indexOf(':'))));
        if (handler.isEmpty()) {
            return false;
        }
        handler.get().handle(message, ref.get());
        return true;
    }

    private void onCommand(IncomingMessage message, ParsedCommand command, boolean privateChat) {
        if (!command.addressedTo(botUsername)) {
            return;
        }
        Optional<CommandHandler> handler = commands.find(command.name());
        boolean member = team.isMember(message.from().userId());
        if (!privateChat) {
            // In the central group the bot answers the team and stays silent for everyone and everything else.
            if (member && handler.isEmpty()) {
                outbox.send(message.chatId(), texts.html("command.unknown"));
            }
            handler.filter(h -> member && h.audience() != Audience.OFFICER)
                    .ifPresent(h -> h.handle(message, command.arguments()));
            return;
        }
        if (handler.isEmpty()) {
            outbox.send(message.chatId(), texts.html("command.unknown"));
        } else if (handler.get().audience() == Audience.TEAM && !member) {
            outbox.send(message.chatId(), texts.html("command.team-only"));
        } else {
            handler.get().handle(message, command.arguments());
        }
    }

    /** Edits count only in private chats: what an officer changes in a message that became an item. */
    private void onEdit(long updateId, Message raw) {
        if (raw.getFrom() == null || Boolean.TRUE.equals(raw.getFrom().getIsBot()) || !raw.isUserMessage()) {
            return;
        }
        IncomingMessage edited = UpdateTranslator.message(updateId, raw);
        Integer editedAt = raw.getEditDate() != null ? raw.getEditDate() : raw.getDate();
        if (!flood.admit(edited.from(), edited.chatId(), sentAt(editedAt))) {
            return;
        }
        Optional<ParsedCommand> command = ParsedCommand.parse(edited.text());
        if (command.isPresent() && !command.get().addressedTo(botUsername)) {
            return;
        }
        String content = command.map(ParsedCommand::arguments).orElse(edited.text());
        editedMessages.ifPresent(handler -> handler.handle(edited, content, command.isPresent()));
    }

    private Instant sentAt(Integer telegramDate) {
        return telegramDate == null ? clock.instant() : Instant.ofEpochSecond(telegramDate);
    }

    private void onCallback(CallbackQuery query) {
        String data = query.getData() == null ? "" : query.getData();
        int separator = data.indexOf(':');
        CallbackHandler handler = separator < 0 ? null : callbacks.get(data.substring(0, separator));
        IncomingCallback callback = callback(query, separator < 0 ? "" : data.substring(separator + 1));
        if (!flood.admitPress(callback.from(), clock.instant())) {
            outbox.answer(callback, texts.plain("limit.slow-down.presses"));
        } else if (handler == null) {
            outbox.answer(callback, texts.plain("button.stale"));
        } else {
            handler.handle(callback);
        }
    }

    /** Telegram's service messages when a group becomes a supergroup, seen from either side. */
    private void followMigration(Message raw) {
        if (raw.getMigrateToChatId() != null && team.isChat(raw.getChatId())) {
            migrations.migrated(raw.getChatId(), raw.getMigrateToChatId());
        } else if (raw.getMigrateFromChatId() != null && team.isChat(raw.getMigrateFromChatId())) {
            migrations.migrated(raw.getMigrateFromChatId(), raw.getChatId());
        }
    }

    private void onMembershipChange(ChatMemberUpdated change) {
        long chatId = change.getChat().getId();
        // A channel is where the team publishes (bot.publish.channel): nobody talks to the bot there, it stays.
        boolean group = !"private".equals(change.getChat().getType()) && !"channel".equals(change.getChat().getType());
        boolean present = PRESENT.contains(change.getNewChatMember().getStatus());
        if (group && present && !migrations.isTeamChat(chatId)) {
            log.info("Leaving chat {}: the bot only serves the central team's group", chatId);
            outbox.leave(chatId);
        }
    }

    private static IncomingCallback callback(CallbackQuery query, String data) {
        long chatId = query.getMessage() == null ? 0 : query.getMessage().getChatId();
        int messageId = query.getMessage() == null ? 0 : query.getMessage().getMessageId();
        return new IncomingCallback(query.getId(), UpdateTranslator.sender(query.getFrom()), chatId, messageId,
                data);
    }
}
