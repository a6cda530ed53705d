package id.humas.hub.digest;

import java.time.ZonedDateTime;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.ScheduledJob;
import org.springframework.stereotype.Component;

/** Reminders to silent agencies, at {@code bot.reminder.cron} in {@code bot.timezone}, on working days only. */
@Component
class ReminderSchedule extends ScheduledJob {

    private final Reminders reminders;

    ReminderSchedule(Reminders reminders, BotProperties properties) {
        super("reminders", properties.reminder().cron());
        this.reminders = reminders;
    }

    @Override
    public void run(ZonedDateTime due) {
        reminders.remindSilentAgencies(due.toLocalDate());
    }
}
