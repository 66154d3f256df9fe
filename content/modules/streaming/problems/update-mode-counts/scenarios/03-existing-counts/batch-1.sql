-- Batch 40 retried after the restart: already applied.
INSERT INTO events VALUES (40, 'r1', 'mid');
