"""A document's real pages in the window: one page at a time, with page navigation and zoom
(the whole page, its width, 100 %, or steps of − and +; the whole page at first).

The pages are drawn by pdfium (``services.preview``) in a worker thread, at the resolution the
screen needs for the chosen zoom, so turning a page or zooming never freezes the window; only
the newest request's picture is shown. Page Up / Page Down turn the pages.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from recordcheck.services import preview
from recordcheck.ui.views import worker

log = logging.getLogger(__name__)

# The zoom steps of − and + (1.0 = the page's real size on a screen of its logical DPI).
ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
# Room around the page inside the scroll area (pixels).
MARGIN = 12
FIT_PAGE, FIT_WIDTH = "page", "width"


def to_image(page: preview.PageImage) -> QImage:
    """A QImage of the rendered page (copied, so it owns its pixels)."""
    return QImage(
        page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGBX8888
    ).copy()


class PageView(QWidget):
    """The pages of one PDF. ``show_pdf(data, sizes)`` shows page 1; ``clear()`` empties it."""

    # emitted with the 0-based page index once a page's picture is on screen
    pageShown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self._data: bytes | None = None
        self._sizes: list[preview.PageSize] = []
        self.page = 0
        self.zoom: float | None = None  # None: fitted (see self.fit)
        self.fit = FIT_PAGE  # FIT_PAGE: the whole page in view; FIT_WIDTH: its width
        self._generation = 0
        self.shown_page: int | None = None  # the page whose picture is on screen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.previous_button = self._button(
            self.tr("‹ Pre&vious page"), "previousPageButton", self.previous_page
        )
        self.next_button = self._button(self.tr("Ne&xt page ›"), "nextPageButton", self.next_page)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageNumber")
        self.page_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_out_button = self._button("−", "zoomOutButton", self.zoom_out)
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLevel")
        self.zoom_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_in_button = self._button("+", "zoomInButton", self.zoom_in)
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in"))
        self.whole_button = self._button(self.tr("&Whole page"), "wholePageButton", self.fit_page)
        self.fit_button = self._button(self.tr("Fit &width"), "fitWidthButton", self.fit_width)
        self.actual_button = self._button(
            self.tr("100 %"), "actualSizeButton", lambda: self.set_zoom(1.0)
        )
        self.actual_button.setAccessibleName(self.tr("Actual size (100 %)"))
        for widget in (self.previous_button, self.next_button, self.page_label):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("M") * 3)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.whole_button,
            self.fit_button,
            self.actual_button,
        ):
            bar.addWidget(widget)
        layout.addLayout(bar)
        self.picture = QLabel()
        self.picture.setObjectName("pagePicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setTextFormat(Qt.TextFormat.PlainText)
        self.area = QScrollArea()
        self.area.setObjectName("pageScroll")
        self.area.setAccessibleName(self.tr("Page preview"))
        self.area.setWidget(self.picture)
        self.area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.area.setBackgroundRole(QPalette.ColorRole.Dark)  # the page stands out as paper
        self.area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self.area, 1)
        for key, turn in (
            (QKeySequence.StandardKey.MoveToPreviousPage, self.previous_page),
            (QKeySequence.StandardKey.MoveToNextPage, self.next_page),
        ):
            shortcut = QShortcut(key, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(turn)
        self._resize_timer = QTimer(self, singleShot=True, interval=150)
        self._resize_timer.timeout.connect(self._render)
        self._update_controls()

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- what is shown ----------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self._sizes)

    def show_pdf(self, data: bytes, sizes: list[preview.PageSize]) -> None:
        """Show page 1 of the PDF ``data`` (``sizes`` from :func:`preview.page_sizes`)."""
        self._data, self._sizes, self.page = data, list(sizes), 0
        self._render()

    def clear(self, message: str = "") -> None:
        self._generation += 1  # a picture still on its way is for another document
        self._data, self._sizes, self.page, self.shown_page = None, [], 0, None
        self.picture.setPixmap(QPixmap())
        self.picture.setText(message)
        self.picture.resize(self.area.viewport().size())
        self._update_controls()

    def go_to(self, index: int) -> None:
        if self.page_count and 0 <= index < self.page_count and index != self.page:
            self.page = index
            self._render()

    def previous_page(self) -> None:
        self.go_to(self.page - 1)

    def next_page(self) -> None:
        self.go_to(self.page + 1)

    # -- zoom -------------------------------------------------------------------------------
    def _screen_scale(self) -> float:
        """Logical pixels per PDF point at 100 %."""
        return self.logicalDpiX() / preview.POINTS_PER_INCH

    def effective_zoom(self) -> float:
        """The zoom in force (fit width worked out for the current page and view width)."""
        if self.zoom is not None:
            return self.zoom
        if not self._sizes:
            return 1.0
        size, scale = self._sizes[self.page], self._screen_scale()
        bar = self.area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 2
        inside = self.area.contentsRect()
        if self.fit == FIT_PAGE:  # no scroll bars: the whole page fits both ways
            # (2 pixels spare: pdfium rounds the picture's size up)
            across = (inside.width() - 2 * MARGIN - 2) / (size.width * scale)
            down = (inside.height() - 2 * MARGIN - 2) / (size.height * scale)
            return max(min(across, down), 0.05)
        # fitted to the width, a page taller than the view brings a vertical scroll bar
        return max(inside.width() - 2 * MARGIN - bar, 50) / (size.width * scale)

    def set_zoom(self, zoom: float | None) -> None:
        self.zoom = None if zoom is None else min(max(zoom, ZOOMS[0]), ZOOMS[-1])
        self._render()

    def fit_width(self) -> None:
        self.fit = FIT_WIDTH
        self.set_zoom(None)

    def fit_page(self) -> None:
        self.fit = FIT_PAGE
        self.set_zoom(None)

    def zoom_in(self) -> None:
        current = self.effective_zoom()
        self.set_zoom(next((z for z in ZOOMS if z > current + 1e-3), ZOOMS[-1]))

    def zoom_out(self) -> None:
        current = self.effective_zoom()
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < current - 1e-3), ZOOMS[0]))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.zoom is None and self._data is not None:
            self._resize_timer.start()  # fit width follows the window, once it stops moving

    # -- rendering --------------------------------------------------------------------------
    def _update_controls(self) -> None:
        count = self.page_count
        self.previous_button.setEnabled(count > 0 and self.page > 0)
        self.next_button.setEnabled(count > 0 and self.page < count - 1)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(count))
            if count
            else ""
        )
        for button in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.whole_button,
            self.fit_button,
            self.actual_button,
        ):
            button.setEnabled(count > 0)
        for button, fit in ((self.whole_button, FIT_PAGE), (self.fit_button, FIT_WIDTH)):
            button.setCheckable(True)
            button.setChecked(count > 0 and self.zoom is None and self.fit == fit)
        self.zoom_label.setText(f"{round(self.effective_zoom() * 100)} %" if count else "")

    def _render(self) -> None:
        self._update_controls()
        if self._data is None:
            return
        self._generation += 1
        generation, data, index = self._generation, self._data, self.page
        ratio = self.devicePixelRatioF()
        dpi = self.effective_zoom() * self.logicalDpiX() * ratio

        def done(image: QImage) -> None:
            if generation != self._generation:
                return  # a newer page or zoom was asked for meanwhile
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.picture.setPixmap(pixmap)
            self.picture.resize(
                max(round(image.width() / ratio), 1) + 2 * MARGIN,
                max(round(image.height() / ratio), 1) + 2 * MARGIN,
            )
            self.shown_page = index
            self.pageShown.emit(index)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                log.warning("page %d not rendered: %r", index + 1, error)
                self.clear(self.tr("This page cannot be shown."))

        self.job = worker.start(
            self, lambda: to_image(preview.render_page(data, index, dpi)), done, failed
        )
