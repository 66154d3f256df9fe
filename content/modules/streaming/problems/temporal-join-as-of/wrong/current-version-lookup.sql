-- Takes the current version (valid_to IS NULL) as the processing-time plan: the lookup ran when the
-- event was processed, and later changes had not happened yet.
SELECT e.event_id,
       ev.plan AS plan_at_event,
       pv.plan AS plan_at_processing,
       (ev.plan IS NOT pv.plan) AS plan_changed
FROM events AS e
LEFT JOIN plan_versions AS ev
  ON  ev.user_id = e.user_id
  AND ev.valid_from <= e.event_ts
  AND (ev.valid_to IS NULL OR e.event_ts < ev.valid_to)
LEFT JOIN plan_versions AS pv
  ON  pv.user_id = e.user_id
  AND pv.valid_to IS NULL
ORDER BY e.event_id;
