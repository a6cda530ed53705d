-- A claimed isu's card is redrawn from the item itself (review/ReviewCards), so the watch no longer keeps a copy of
-- what the card shows.
ALTER TABLE isu_watch DROP COLUMN officer_name;
ALTER TABLE isu_watch DROP COLUMN officer_username;
ALTER TABLE isu_watch DROP COLUMN body;
ALTER TABLE isu_watch DROP COLUMN edited_at;
