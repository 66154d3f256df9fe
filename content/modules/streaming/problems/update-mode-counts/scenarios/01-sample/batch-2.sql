-- Only u2 changes; u1 keeps last_batch 1.
INSERT INTO events VALUES (2, 'd', 'u2');
