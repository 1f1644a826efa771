-- Inbound records keep the SHA-256 of an event id instead of the id itself
-- (docs/privacy.md, "What the bot stores, and forgetting"). Records taken
-- before this migration are hashed in place, so de-duplication goes on across
-- the upgrade. sha256() is built into PostgreSQL 11 and later.
UPDATE "InboundEvent"
SET "eventId" = encode(sha256(convert_to("eventId", 'UTF8')), 'hex');
