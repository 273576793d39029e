"""The window around the sections: the composition root, the main window, error dialogs and what
every page is handed.
"""
