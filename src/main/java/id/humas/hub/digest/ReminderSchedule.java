package id.humas.hub.digest;

import java.time.ZonedDateTime;

import id.humas.hub.system.BotProperties;
import id.humas.hub.system.ScheduledJob;
import org.springframework.stereotype.Component;

/**
 * Reminders to silent agencies, at {@code bot.reminder.cron} in each agency's own zone (09:00 WITA for an agency in
 * WITA), on working days only.
 */
@Component
class ReminderSchedule extends ScheduledJob {

    private final Reminders reminders;

    ReminderSchedule(Reminders reminders, BotProperties properties) {
        super("reminders", properties.reminder().cron());
        this.reminders = reminders;
    }

    @Override
    public boolean perZone() {
        return true;
    }

    @Override
    public void run(ZonedDateTime due) {
        reminders.remindSilentAgencies(due.toLocalDate(), due.getZone());
    }
}
