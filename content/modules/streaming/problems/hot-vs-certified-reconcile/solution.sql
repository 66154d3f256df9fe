-- FULL OUTER JOIN on the window key; which side exists is read from the key columns, not from the
-- (nullable) revenue; IS NOT compares the values NULL-safely; unaudited windows are cut off.
WITH paired AS (
  SELECT COALESCE(h.window_start, c.window_start) AS window_start,
         COALESCE(h.region, c.region) AS region,
         h.region IS NOT NULL AS has_hot,
         c.region IS NOT NULL AS has_cert,
         h.revenue_cents AS hot_cents,
         c.revenue_cents AS certified_cents
  FROM hot_windows AS h
  FULL OUTER JOIN certified_windows AS c
    ON c.window_start = h.window_start AND c.region = h.region
)
SELECT window_start, region, hot_cents, certified_cents,
       hot_cents - certified_cents AS diff_cents,
       CASE WHEN NOT has_cert THEN 'MISSING_CERTIFIED'
            WHEN NOT has_hot THEN 'MISSING_HOT'
            ELSE 'MISMATCH' END AS status
FROM paired
WHERE window_start < (SELECT certified_until FROM audit_meta)
  AND (NOT has_hot OR NOT has_cert OR hot_cents IS NOT certified_cents)
ORDER BY window_start, region;
