-- Every (window_start, region) in either table that starts before audit_meta.certified_until and
-- disagrees: MISSING_CERTIFIED, MISSING_HOT or MISMATCH (NULL-safe), with diff = hot - certified.
-- Columns: window_start, region, hot_cents, certified_cents, diff_cents, status
SELECT h.window_start, h.region, h.revenue_cents AS hot_cents, c.revenue_cents AS certified_cents,
       h.revenue_cents - c.revenue_cents AS diff_cents, 'MISMATCH' AS status
FROM hot_windows AS h
JOIN certified_windows AS c ON c.window_start = h.window_start AND c.region = h.region
WHERE h.revenue_cents <> c.revenue_cents
ORDER BY h.window_start, h.region;
