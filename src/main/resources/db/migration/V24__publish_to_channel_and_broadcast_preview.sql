-- Publishing to the channel (review module): one row per item the team asked to publish with Terbitkan. attempt
-- names the post in the outbox (a post refused for good can be tried again under the next attempt); the row is
-- PENDING until Telegram answers, then PUBLISHED with the post's link, or FAILED.
CREATE TABLE publication (
    item_id            BIGINT        NOT NULL PRIMARY KEY,
    attempt            INT           NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    item_version       INT           NOT NULL,
    channel_id         BIGINT        NOT NULL,
    actor_user_id      BIGINT        NOT NULL,
    actor_name         VARCHAR(200)  NOT NULL,
    pressed_chat_id    BIGINT        NOT NULL,
    pressed_message_id INT,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    message_id         INT,
    link               VARCHAR(300),
    error              VARCHAR(1000),
    settled_at         TIMESTAMP WITH TIME ZONE
);

-- Broadcasts (broadcast module) are previewed before they go: DRAFT until Kirim (SENT) or Batal (CANCELLED); rows
-- from before were sent at once. A broadcast may carry one photo or document, and go to chosen agencies only
-- (their ids, comma-separated; NULL for every active officer).
ALTER TABLE broadcast ADD COLUMN status VARCHAR(20) DEFAULT 'SENT' NOT NULL;
ALTER TABLE broadcast ADD COLUMN media_kind VARCHAR(20);
ALTER TABLE broadcast ADD COLUMN media_file_id VARCHAR(300);
ALTER TABLE broadcast ADD COLUMN agency_ids VARCHAR(4000);
