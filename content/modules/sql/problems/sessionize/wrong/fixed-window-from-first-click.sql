-- Treats a session as "30 minutes from its first click": every click within 30:00 of the session's
-- start belongs to it. The rule limits the gap between neighbouring clicks, not the session's
-- length, so a long session of short gaps is wrongly cut.
WITH RECURSIVE ordered AS (
  SELECT user_id, ts, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts) AS rn
  FROM clicks
),
walk(user_id, rn, ts, session_start) AS (
  SELECT user_id, rn, ts, ts FROM ordered WHERE rn = 1
  UNION ALL
  SELECT o.user_id, o.rn, o.ts,
         CASE WHEN unixepoch(o.ts) - unixepoch(w.session_start) > 1800 THEN o.ts ELSE w.session_start END
  FROM walk w JOIN ordered o ON o.user_id = w.user_id AND o.rn = w.rn + 1
)
SELECT user_id, session_start, MAX(ts), COUNT(*)
FROM walk
GROUP BY user_id, session_start;
