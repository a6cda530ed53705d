-- agency module: the time zone an agency works in (Asia/Jakarta = WIB, Asia/Makassar = WITA, Asia/Jayapura = WIT);
-- null = bot.timezone. Its agenda times, "besok", its 09:00 reminders and its coverage requests follow it.
ALTER TABLE agency ADD COLUMN zone VARCHAR(40);
