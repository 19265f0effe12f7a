"""Qt-free domain logic: agenda maths, grouping, roster parsing, capture operations."""
