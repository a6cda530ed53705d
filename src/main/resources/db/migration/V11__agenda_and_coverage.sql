-- intake: an agenda's day, time and place; the coverage (kegiatan pasca) sent for an agenda; when its officer was
-- asked for that coverage. A guided submission keeps the same while it asks for them.

ALTER TABLE item ADD COLUMN event_date DATE;
ALTER TABLE item ADD COLUMN event_time TIME;
ALTER TABLE item ADD COLUMN event_place VARCHAR(300);
ALTER TABLE item ADD COLUMN linked_item_id BIGINT;
ALTER TABLE item ADD COLUMN coverage_asked_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX item_by_event_date ON item (event_date);

ALTER TABLE draft ADD COLUMN phase VARCHAR(10);
ALTER TABLE draft ADD COLUMN event_date DATE;
ALTER TABLE draft ADD COLUMN event_time TIME;
ALTER TABLE draft ADD COLUMN event_place VARCHAR(300);
ALTER TABLE draft ADD COLUMN linked_item_id BIGINT;
