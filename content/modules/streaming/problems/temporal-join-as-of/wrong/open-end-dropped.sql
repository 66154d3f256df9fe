-- Tests `t < valid_to` without the NULL case: the current version, whose valid_to is NULL, never
-- matches, so every event after the latest change loses its plan.
SELECT e.event_id,
       ev.plan AS plan_at_event,
       pv.plan AS plan_at_processing,
       (ev.plan IS NOT pv.plan) AS plan_changed
FROM events AS e
LEFT JOIN plan_versions AS ev
  ON  ev.user_id = e.user_id
  AND ev.valid_from <= e.event_ts
  AND e.event_ts < ev.valid_to
LEFT JOIN plan_versions AS pv
  ON  pv.user_id = e.user_id
  AND pv.valid_from <= e.processed_ts
  AND e.processed_ts < pv.valid_to
ORDER BY e.event_id;
