-- No events: no sessions.
INSERT INTO params VALUES (1800, 7200);
