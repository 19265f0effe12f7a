"""The Activities page: live capture of each group's activities."""
