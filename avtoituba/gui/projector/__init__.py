"""The projector (stage) window and its scenes: clock, groups, activity wall."""
