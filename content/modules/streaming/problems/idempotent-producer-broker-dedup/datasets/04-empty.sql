-- No request reached the broker: an empty log.
SELECT 1;
