-- issue 11, access: the central team as a table (seeded from bot.central-team, checked at every team action),
-- invites that can be revoked, handovers that can be undone, review questions bound to an item version and
-- possibly asked in the reviewer's private chat

CREATE TABLE team_member (
    user_id    BIGINT      NOT NULL PRIMARY KEY,
    source     VARCHAR(20) NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at TIMESTAMP WITH TIME ZONE,
    removed_by BIGINT,
    started_at TIMESTAMP WITH TIME ZONE
);

ALTER TABLE invite ADD COLUMN revoked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX invite_by_agency ON invite (agency_id);

ALTER TABLE officer ADD COLUMN predecessor_id BIGINT;
ALTER TABLE officer ADD COLUMN previous_term_id BIGINT;

ALTER TABLE review_question ADD COLUMN item_version INT;
ALTER TABLE review_question ADD COLUMN asked_chat_id BIGINT;
ALTER TABLE review_question ADD COLUMN asked_name VARCHAR(200);
