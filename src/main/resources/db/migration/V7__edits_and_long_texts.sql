-- Officers' edits and long texts. An item remembers the message it came from, so that an edit of that message
-- can update it, and keeps its text from before the last edit; a draft remembers its message while it has only
-- one. Digest entries know they were edited. Events carry an item's whole text (up to 50,000 characters, more
-- once escaped as JSON), so their column grows to the size of the inbox and outbox payloads.

ALTER TABLE item ADD COLUMN source_chat_id BIGINT;
ALTER TABLE item ADD COLUMN source_message_id INT;
ALTER TABLE item ADD COLUMN previous_body VARCHAR(100000);
ALTER TABLE item ADD COLUMN edited_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX item_by_source ON item (source_chat_id, source_message_id);

ALTER TABLE draft ADD COLUMN source_message_id INT;
ALTER TABLE draft ADD COLUMN source_parts INT NOT NULL DEFAULT 0;

ALTER TABLE digest_entry ADD COLUMN edited BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE event_publication ALTER COLUMN serialized_event SET DATA TYPE VARCHAR(1000000);
