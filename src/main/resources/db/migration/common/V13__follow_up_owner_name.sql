-- The name Teams gave for the person who registered a plan, shown to the kommun's coordinators when the bot has
-- no newer one (e.g. the person never chatted with the bot again). Emptied with the reference and note.
ALTER TABLE follow_up_plan ADD COLUMN owner_name VARCHAR(200);
