INSERT INTO changelog_progress (id, last_seq) VALUES (1, 100);
INSERT INTO result (country, plays) VALUES ('ES', 7), ('PT', 3), ('NL', 2);
