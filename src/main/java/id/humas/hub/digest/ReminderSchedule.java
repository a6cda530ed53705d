package id.humas.hub.digest;

import java.time.ZonedDateTime;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.ScheduledJob;
import org.springframework.stereotype.Component;

/** Reminders to silent agencies, at {@code bot.reminder.cron} in {@code bot.timezone}, on working days only. */
@Component
class ReminderSchedule implements ScheduledJob {

    private final Reminders reminders;
    private final String cron;

    ReminderSchedule(Reminders reminders, BotProperties properties) {
        this.reminders = reminders;
        this.cron = properties.reminder().cron();
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public String cron() {
        return cron;
    }

    @Override
    public void run(ZonedDateTime due) {
        reminders.remindSilentAgencies(due.toLocalDate());
    }
}
