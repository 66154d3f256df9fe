-- Starts a new session only after a pause LONGER than gap_s: a pause of exactly gap_s keeps the
-- session going, against the statement (and the half-open session windows of the module).
WITH RECURSIVE
p AS (SELECT gap_s, max_s FROM params),
ev AS (
  SELECT user_id, event_ts, unixepoch(event_ts) AS t,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY event_ts) AS rn
  FROM events
),
walk(user_id, rn, event_ts, t, session_no, session_start_t, started_by) AS (
  SELECT user_id, rn, event_ts, t, 1, t, 'first' FROM ev WHERE rn = 1
  UNION ALL
  SELECT e.user_id, e.rn, e.event_ts, e.t,
         CASE WHEN e.t - w.t > p.gap_s OR e.t - w.session_start_t > p.max_s
              THEN w.session_no + 1 ELSE w.session_no END,
         CASE WHEN e.t - w.t > p.gap_s OR e.t - w.session_start_t > p.max_s
              THEN e.t ELSE w.session_start_t END,
         CASE WHEN e.t - w.t > p.gap_s THEN 'gap'          -- the gap rule is checked first
              WHEN e.t - w.session_start_t > p.max_s THEN 'cap'
              ELSE w.started_by END
  FROM walk AS w
  JOIN ev AS e ON e.user_id = w.user_id AND e.rn = w.rn + 1
  CROSS JOIN p
)
SELECT user_id, session_no,
       MIN(event_ts)   AS session_start,
       MAX(event_ts)   AS last_event_ts,
       COUNT(*)        AS events,
       MIN(started_by) AS started_by        -- one value per session: carried from its first event
FROM walk
GROUP BY user_id, session_no
ORDER BY user_id, session_no;
