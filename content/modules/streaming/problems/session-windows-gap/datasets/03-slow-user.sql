-- One user is far ahead: the watermark is global, so the quiet user's old session is closed even
-- though that user's own latest event is recent in their own terms. A session that spans midnight.
INSERT INTO params VALUES (1800, 600);
INSERT INTO events VALUES
  ('quiet', '2024-05-08 23:40:00'),
  ('quiet', '2024-05-09 00:05:00'),
  ('busy',  '2024-05-09 00:50:00'),
  ('busy',  '2024-05-09 01:20:00'),
  ('busy',  '2024-05-09 01:45:00'),
  ('busy',  '2024-05-09 02:00:00');
