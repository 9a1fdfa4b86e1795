-- Whether the caseworker asked for the case to be taken up at a konsultationsteam meeting, and to
-- attend for it: NONE, DISCUSS or DISCUSS_AND_ATTEND.
ALTER TABLE consultation_case ADD COLUMN meeting_wish VARCHAR(24) DEFAULT 'NONE' NOT NULL;
