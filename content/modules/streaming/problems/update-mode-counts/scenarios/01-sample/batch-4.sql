-- Batch 2 retried after a failure: already applied.
INSERT INTO events VALUES (2, 'd', 'u2');
