"""File › Import returned homework: the completed packs back into the workshop."""
