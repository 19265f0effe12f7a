"""The Homework pack page: the Word documents for each municipality."""
