"""The tray menu's top-level items under the status line, in English, as the menu tests expect them."""
TOP = ["Take a break now", "Quick meditation", "Breathing pattern", "Start focus session", "Reading or watching", "Pause", "Statistics…",
       "Settings…", "About", "Quit"]
