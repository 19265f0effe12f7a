"""Word documents made from a workshop (Qt-free): homework pack, group lists."""
