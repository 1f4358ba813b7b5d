-- The head of the event store when a rebuild's processor was reset: the rebuild has caught up once
-- every segment has passed it (replay tokens alone do not tell, for a segment reset to a plain token).
ALTER TABLE projection_generation ADD COLUMN rebuild_caught_up_at_position BIGINT;
