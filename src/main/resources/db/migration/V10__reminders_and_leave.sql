-- agency module: an officer on leave (cuti) is not reminded up to and including this day
ALTER TABLE officer ADD COLUMN leave_until DATE;

-- digest module: the last reminder each agency's officer got, so an agency is not reminded again before it has
-- been silent for another bot.reminder.silent-days working days
CREATE TABLE reminder_sent (
    agency_id  BIGINT  NOT NULL PRIMARY KEY,
    officer_id BIGINT  NOT NULL,
    sent_on    DATE    NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
