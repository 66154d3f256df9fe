-- Takes the latest version that started at or before each time and never looks at valid_to: an
-- event in a gap, or after a user's last version ended, gets the old plan instead of NULL.
WITH picked AS (
  SELECT e.event_id,
         (SELECT v.plan FROM plan_versions AS v
           WHERE v.user_id = e.user_id AND v.valid_from <= e.event_ts
           ORDER BY v.valid_from DESC LIMIT 1) AS plan_at_event,
         (SELECT v.plan FROM plan_versions AS v
           WHERE v.user_id = e.user_id AND v.valid_from <= e.processed_ts
           ORDER BY v.valid_from DESC LIMIT 1) AS plan_at_processing
  FROM events AS e
)
SELECT event_id, plan_at_event, plan_at_processing,
       (plan_at_event IS NOT plan_at_processing) AS plan_changed
FROM picked
ORDER BY event_id;
