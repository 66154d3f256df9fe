-- No window functions: every watermark is a correlated MAX over the earlier batches' events, in
-- Unix seconds; an event's fate is decided with the watermark of its own batch, and the state
-- after batch b is the set of distinct (window, user) groups of counted events up to b whose
-- window ends after b's new watermark.
WITH wm AS (
  SELECT b.batch_id,
         (SELECT MAX(unixepoch(e.event_ts)) - 300 FROM events AS e
          WHERE e.batch_id < b.batch_id)  AS before_s,
         (SELECT MAX(unixepoch(e.event_ts)) - 300 FROM events AS e
          WHERE e.batch_id <= b.batch_id) AS after_s
  FROM batches AS b
),
judged AS (
  SELECT e.batch_id, e.user_id,
         unixepoch(e.event_ts) - unixepoch(e.event_ts) % 600 AS w_start,
         CASE WHEN w.before_s IS NOT NULL
               AND w.before_s >= unixepoch(e.event_ts) - unixepoch(e.event_ts) % 600 + 600
              THEN 1 ELSE 0 END AS is_dropped
  FROM events AS e
  JOIN wm AS w ON w.batch_id = e.batch_id
)
SELECT w.batch_id,
       datetime(w.after_s, 'unixepoch') AS watermark,
       (SELECT COUNT(*) FROM judged AS j
        WHERE j.batch_id = w.batch_id AND j.is_dropped = 1) AS dropped_events,
       (SELECT COUNT(*) FROM (SELECT DISTINCT j.w_start, j.user_id FROM judged AS j
                              WHERE j.is_dropped = 0) AS g
        WHERE EXISTS (SELECT 1 FROM judged AS k
                      WHERE k.w_start = g.w_start AND k.user_id = g.user_id
                        AND k.is_dropped = 0 AND k.batch_id <= w.batch_id)
          AND (w.after_s IS NULL OR g.w_start + 600 > w.after_s)) AS state_rows
FROM wm AS w
ORDER BY w.batch_id;
