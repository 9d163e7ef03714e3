"""dmgbuild settings for RecordCheck's disk image (``dmgbuild -s packaging/macos/dmg_settings.py
-D app=dist/RecordCheck.app "RecordCheck 0.1.0" dist/RecordCheck-0.1.0.dmg``).

Why this layout: the one gesture macOS users know for installing from a disk image is dragging
the app onto an Applications shortcut beside it, so the window shows exactly those two icons
over dmgbuild's built-in arrow background, and nothing else. dmgbuild runs this file with a
``defines`` dict holding the ``-D`` values.
"""

from pathlib import Path

application = defines.get("app", "dist/RecordCheck.app")  # noqa: F821 - given by dmgbuild
appname = Path(application).name

format = "UDZO"  # compressed, read-only; opens on every supported macOS
filesystem = "HFS+"
size = None  # computed from the contents
files = [application]
symlinks = {"Applications": "/Applications"}
hide_extensions = [appname]
badge_icon = None
icon_locations = {appname: (140, 120), "Applications": (500, 120)}

background = "builtin-arrow"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
window_rect = ((200, 200), (640, 280))
default_view = "icon-view"
show_icon_preview = False
arrange_by = None
label_pos = "bottom"
text_size = 13
icon_size = 112
