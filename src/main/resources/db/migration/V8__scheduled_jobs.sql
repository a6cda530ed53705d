-- When each scheduled job (digest, reminders, scoreboard, agenda...) last ran: the scheduler compares the job's
-- next time after this with the application clock, so a job missed while the bot was down runs once on start.
CREATE TABLE job_schedule (
    name     VARCHAR(64) NOT NULL PRIMARY KEY,
    last_due TIMESTAMP WITH TIME ZONE NOT NULL
);
