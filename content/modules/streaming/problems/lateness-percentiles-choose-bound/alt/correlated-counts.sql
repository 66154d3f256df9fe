-- No window functions: each event's lateness comes from a correlated MAX over earlier arrivals
-- (NULL for the first, so COALESCE to 0), and the percentile is the smallest lateness value v that
-- at least k values are at or below — the k-th value of the sorted list, without numbering it.
-- MATERIALIZED computes the lateness list once instead of once per correlated lookup.
WITH lat AS MATERIALIZED (
  SELECT e.event_id,
         MAX(0, COALESCE((SELECT MAX(CAST(strftime('%s', p.event_ts) AS INTEGER))
                          FROM events AS p
                          WHERE p.arrival_seq < e.arrival_seq), 0)
                - CAST(strftime('%s', e.event_ts) AS INTEGER)) AS lateness_s
  FROM events AS e
),
need AS (
  SELECT t.coverage_permille,
         (t.coverage_permille * (SELECT COUNT(*) FROM events) + 999) / 1000 AS k
  FROM targets AS t
),
pct AS (
  SELECT n.coverage_permille,
         (SELECT MIN(v.lateness_s) FROM lat AS v
          WHERE (SELECT COUNT(*) FROM lat AS w WHERE w.lateness_s <= v.lateness_s) >= n.k) AS lateness_s
  FROM need AS n
)
SELECT p.coverage_permille,
       p.lateness_s,
       p.lateness_s + 1 AS bound_s,
       (SELECT COUNT(*) FROM lat AS l WHERE l.lateness_s >= p.lateness_s + 1) AS late_events
FROM pct AS p;
