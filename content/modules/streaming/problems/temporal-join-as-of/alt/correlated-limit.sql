-- For each event and each of its two times, take the user's latest version starting at or before
-- the time (correlated ORDER BY ... LIMIT 1), then keep it only if that version has not ended yet.
WITH picked AS (
  SELECT e.event_id,
         (SELECT CASE WHEN v.valid_to IS NULL OR v.valid_to > e.event_ts THEN v.plan END
            FROM plan_versions AS v
           WHERE v.user_id = e.user_id AND v.valid_from <= e.event_ts
           ORDER BY v.valid_from DESC
           LIMIT 1) AS plan_at_event,
         (SELECT CASE WHEN v.valid_to IS NULL OR v.valid_to > e.processed_ts THEN v.plan END
            FROM plan_versions AS v
           WHERE v.user_id = e.user_id AND v.valid_from <= e.processed_ts
           ORDER BY v.valid_from DESC
           LIMIT 1) AS plan_at_processing
  FROM events AS e
)
SELECT event_id, plan_at_event, plan_at_processing,
       CASE WHEN plan_at_event IS plan_at_processing THEN 0 ELSE 1 END AS plan_changed
FROM picked
ORDER BY event_id;
