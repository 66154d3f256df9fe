-- Point-in-time join: the session's subscriber AND the version whose half-open interval contains
-- started_at. The open version (valid_to NULL) must match too. A LEFT JOIN keeps sessions with no
-- covering version; d.subscriber_sk (never NULL in a real match) tells them apart from NULL plans.
SELECT CASE WHEN d.subscriber_sk IS NULL THEN 'UNKNOWN'
            WHEN d.plan IS NULL THEN 'NONE'
            ELSE d.plan END AS plan,
       COUNT(*)        AS sessions,
       SUM(f.watch_ms) AS watch_ms
FROM fact_sessions AS f
LEFT JOIN dim_subscriber AS d
  ON  d.subscriber_id = f.subscriber_id
  AND d.valid_from <= f.started_at
  AND (d.valid_to IS NULL OR f.started_at < d.valid_to)
GROUP BY 1;
