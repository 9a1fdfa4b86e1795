-- Teams changing under the bot: a case whose konsultationsteam is gone waits with no team
-- (team_id NULL) until a team takes its kommun again; an archived team keeps its kommuner
-- but takes no cases until it is unarchived; a renamed channel's name is kept.
ALTER TABLE consultation_case ALTER COLUMN team_id DROP NOT NULL;
CREATE INDEX ix_consultation_case_waiting ON consultation_case (kommun, status);

ALTER TABLE consultation_team ADD COLUMN archived BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE consultation_team ADD COLUMN channel_name VARCHAR(200);

-- The language of the user's Teams client (e.g. sv-SE, en-US), from their latest activity, so
-- that messages the bot sends on its own are in their language.
ALTER TABLE conversation ADD COLUMN locale VARCHAR(35);
