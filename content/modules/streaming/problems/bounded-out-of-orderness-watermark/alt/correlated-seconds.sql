-- Correlated subquery for the greatest earlier event time, arithmetic in whole seconds.
SELECT a.arrival_seq,
       a.event_ts,
       datetime(w.wm_s, 'unixepoch') AS watermark_before,
       COALESCE(unixepoch(a.event_ts) <= w.wm_s, 0) AS is_late
FROM arrivals AS a
JOIN (
  SELECT a2.arrival_seq,
         (SELECT MAX(unixepoch(b.event_ts)) FROM arrivals AS b WHERE b.arrival_seq < a2.arrival_seq)
           - (SELECT bound_s FROM params) AS wm_s
  FROM arrivals AS a2
) AS w ON w.arrival_seq = a.arrival_seq
ORDER BY a.arrival_seq;
