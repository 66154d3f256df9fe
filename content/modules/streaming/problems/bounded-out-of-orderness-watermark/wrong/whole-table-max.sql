-- Takes the maximum over the whole table: records that arrive later leak into the watermark of
-- the early ones, which are then judged against a future they could not have seen.
SELECT arrival_seq, event_ts,
       CASE WHEN arrival_seq = (SELECT MIN(arrival_seq) FROM arrivals) THEN NULL
            ELSE datetime((SELECT MAX(event_ts) FROM arrivals),
                          '-' || (SELECT bound_s FROM params) || ' seconds') END AS watermark_before,
       CASE WHEN arrival_seq <> (SELECT MIN(arrival_seq) FROM arrivals)
                 AND event_ts <= datetime((SELECT MAX(event_ts) FROM arrivals),
                                          '-' || (SELECT bound_s FROM params) || ' seconds')
            THEN 1 ELSE 0 END AS is_late
FROM arrivals
ORDER BY arrival_seq;
