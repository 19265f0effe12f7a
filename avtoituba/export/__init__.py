"""Word documents made from a workshop: the homework pack (one document per municipality,
a combined document for the trainer, the group lists).

Qt-free like core/ and store/: the GUI and the command line call the same functions.
``documents`` holds the shared python-docx helpers (template, tables, safe file names,
atomic writes); ``homework`` builds the pack; ``labels`` holds the documents' wording in
Estonian and English.
"""
