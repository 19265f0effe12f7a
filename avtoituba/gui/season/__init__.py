"""The Season page: send the workshop to the shared season database, open one from it,
and write the season report."""
