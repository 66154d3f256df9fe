-- No window functions: each event's lateness comes from a correlated MAX over earlier arrivals
-- (NULL for the first, so COALESCE to 0), and the percentile is the smallest lateness value that
-- at least k values are at or below — the k-th value of the sorted list, found by counting with a
-- self-join instead of numbering rows.
WITH lat AS MATERIALIZED (
  SELECT e.event_id,
         MAX(0, COALESCE((SELECT MAX(CAST(strftime('%s', p.event_ts) AS INTEGER))
                          FROM events AS p
                          WHERE p.arrival_seq < e.arrival_seq), 0)
                - CAST(strftime('%s', e.event_ts) AS INTEGER)) AS lateness_s
  FROM events AS e
),
at_or_below AS MATERIALIZED (
  SELECT v.event_id, v.lateness_s, COUNT(*) AS how_many
  FROM lat AS v
  JOIN lat AS w ON w.lateness_s <= v.lateness_s
  GROUP BY v.event_id, v.lateness_s
),
need AS (
  SELECT t.coverage_permille,
         (t.coverage_permille * (SELECT COUNT(*) FROM events) + 999) / 1000 AS k
  FROM targets AS t
),
pct AS (
  SELECT n.coverage_permille, MIN(c.lateness_s) AS lateness_s
  FROM need AS n
  LEFT JOIN at_or_below AS c ON c.how_many >= n.k AND n.k > 0
  GROUP BY n.coverage_permille
)
SELECT p.coverage_permille,
       p.lateness_s,
       p.lateness_s + 1 AS bound_s,
       (SELECT COUNT(*) FROM lat AS l WHERE l.lateness_s >= p.lateness_s + 1) AS late_events
FROM pct AS p;
