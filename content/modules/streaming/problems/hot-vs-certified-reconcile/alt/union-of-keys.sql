-- Build the set of keys from both sides, probe each table with correlated subqueries (EXISTS for
-- presence, a scalar subquery for the value), and classify.
WITH keys AS (
  SELECT window_start, region FROM hot_windows
  UNION
  SELECT window_start, region FROM certified_windows
),
probed AS (
  SELECT k.window_start, k.region,
         EXISTS (SELECT 1 FROM hot_windows h WHERE h.window_start = k.window_start AND h.region = k.region) AS has_hot,
         EXISTS (SELECT 1 FROM certified_windows c WHERE c.window_start = k.window_start AND c.region = k.region) AS has_cert,
         (SELECT h.revenue_cents FROM hot_windows h WHERE h.window_start = k.window_start AND h.region = k.region) AS hot_cents,
         (SELECT c.revenue_cents FROM certified_windows c WHERE c.window_start = k.window_start AND c.region = k.region) AS certified_cents
  FROM keys AS k
  WHERE k.window_start < (SELECT certified_until FROM audit_meta)
),
classified AS (
  SELECT *,
         CASE WHEN has_hot AND NOT has_cert THEN 'MISSING_CERTIFIED'
              WHEN has_cert AND NOT has_hot THEN 'MISSING_HOT'
              WHEN (hot_cents IS NULL AND certified_cents IS NULL) OR hot_cents = certified_cents THEN NULL
              ELSE 'MISMATCH' END AS status
  FROM probed
)
SELECT window_start, region, hot_cents, certified_cents,
       CASE WHEN hot_cents IS NOT NULL AND certified_cents IS NOT NULL THEN hot_cents - certified_cents END AS diff_cents,
       status
FROM classified
WHERE status IS NOT NULL
ORDER BY window_start, region;
