-- Nothing written yet.
INSERT INTO params VALUES ('2024-01-01 00:00:00', 86400);
