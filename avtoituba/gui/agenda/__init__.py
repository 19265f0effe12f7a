"""The Agenda page: the day's blocks and the timer that runs them."""
