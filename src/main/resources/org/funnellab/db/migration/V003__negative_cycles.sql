-- Schema version 3: a deal closed before it was created has no sales cycle. lead_summary's cycle_sum and cycle_count
-- now hold non-negative cycles only; such leads are counted in cycle_negative, so screens can say how many were left
-- out. The summary is rebuilt from the lead table with the new definition.

ALTER TABLE lead_summary ADD COLUMN cycle_negative INTEGER NOT NULL DEFAULT 0;

DELETE FROM lead_summary;

INSERT INTO lead_summary (month, channel, campaign, owner, stage, status, target, leads, value_sum, value_count,
                          cycle_sum, cycle_count, cycle_negative)
SELECT created_month, channel, campaign, owner, stage, status, target, count(*), ifnull(sum(deal_value), 0),
       count(deal_value), ifnull(sum(CASE WHEN cycle_days >= 0 THEN cycle_days END), 0),
       count(CASE WHEN cycle_days >= 0 THEN 1 END), count(CASE WHEN cycle_days < 0 THEN 1 END)
FROM lead GROUP BY created_month, channel, campaign, owner, stage, status, target;
