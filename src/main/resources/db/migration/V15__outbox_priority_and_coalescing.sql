-- telegram module: the outbox sends by priority (0 urgent cards, 1 answers to someone's own action, 2 notices and
-- reports, 3 digests) and coalesces what waits for one chat under one key (notices of one kind, edits of one
-- message). Rows sent as part of another row's message keep the status that says so (COALESCED, SUPERSEDED).
ALTER TABLE outbox_message ADD COLUMN priority INT DEFAULT 1 NOT NULL;
ALTER TABLE outbox_message ADD COLUMN coalesce_key VARCHAR(100);
CREATE INDEX outbox_message_pending_by_priority ON outbox_message (status, priority, id);
CREATE INDEX outbox_message_chat_key ON outbox_message (chat_id, coalesce_key, status);
CREATE INDEX outbox_message_sent_at ON outbox_message (sent_at);
