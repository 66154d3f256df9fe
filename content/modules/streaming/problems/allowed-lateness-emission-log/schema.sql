-- Events in the order they reached the processor.
CREATE TABLE events (
  event_id    INTEGER PRIMARY KEY,
  arrival_seq INTEGER NOT NULL UNIQUE,
  event_time  TEXT NOT NULL CHECK (event_time IS datetime(event_time))
);
