-- Schema version 6: a scenario carries an optional note (what it assumes, for whom). The working state of the
-- what-if panels is kept in the setting table (key whatif.workingState), so it needs no table of its own.
-- (Versions 3 to 5 are other scripts; numbers may have gaps, each script runs once, in order.)

ALTER TABLE scenario ADD COLUMN note TEXT NOT NULL DEFAULT '';
