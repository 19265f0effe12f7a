"""Word documents: the homework pack, group lists and reports. Qt-free."""
