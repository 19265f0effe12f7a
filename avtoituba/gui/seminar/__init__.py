"""The Seminar page („Järelseminar“): the follow-up seminar run from the workshop file."""
