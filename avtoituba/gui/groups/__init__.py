"""The Participants and groups page: the registration list and the three themed groups."""
