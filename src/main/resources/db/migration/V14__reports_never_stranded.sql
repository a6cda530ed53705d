-- issue 9: a report is an item at once, even before its kind is known; a guided submission is submitted by itself
-- after bot.intake.draft-timeout; a draft may refine an item that already exists; edits after a digest are listed
-- again; replies to a broadcast are counted as acknowledgements.

ALTER TABLE item ALTER COLUMN category DROP NOT NULL;
ALTER TABLE digest_entry ALTER COLUMN category DROP NOT NULL;
ALTER TABLE digest_entry ADD COLUMN updated_after_digest BOOLEAN DEFAULT FALSE NOT NULL;

-- item_id: the draft only asks about an item already recorded; agency_id: the agency the officer acted for
ALTER TABLE draft ADD COLUMN item_id BIGINT;
ALTER TABLE draft ADD COLUMN agency_id BIGINT;
ALTER TABLE draft ADD COLUMN touched_at TIMESTAMP WITH TIME ZONE;
UPDATE draft SET touched_at = created_at;
CREATE INDEX draft_by_touch ON draft (touched_at);

CREATE TABLE broadcast_ack (
    broadcast_id    BIGINT NOT NULL,
    officer_user_id BIGINT NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (broadcast_id, officer_user_id)
);
-- the delivery report as sent, so that acknowledgements arriving later can be added to it
ALTER TABLE broadcast ADD COLUMN report_text VARCHAR(20000);
