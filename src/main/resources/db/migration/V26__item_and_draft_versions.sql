-- intake module: items and drafts carry a row version, so that of two changes made at once the second is refused
-- and done again instead of overwriting the first (several instances handle updates side by side). An item's
-- "version" column counts the officer's revisions; this one counts every change of the row.
ALTER TABLE item ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE draft ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
