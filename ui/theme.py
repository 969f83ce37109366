"""The app's look: the window icon, the Fusion style and a light or dark palette from resources/styles/.

Fusion is used through :class:`CaseworkStyle`, which only makes the outlines of check boxes and radio
buttons, and the frames of text boxes, combo boxes, spin boxes and date/time edits, visible (Fusion's own
are next to invisible on a dark window), with a focus ring and an invalid field's border that stand out.

The palettes are data (``resources/styles/palettes.toml``: a colour per QPalette role, per look).
The look follows the system's colour scheme (``QStyleHints.colorScheme()``, and its changes while
the app runs) unless the ``appearance/colour_scheme`` setting forces ``light`` or ``dark``.

Text sizes are never set here: the application font is the system's, so text follows the size the
person chose for their desktop, and the rest of the UI sizes itself from font metrics.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files
from pathlib import Path

from .qt import (
    QApplication,
    QColor,
    QEvent,
    QGuiApplication,
    QIcon,
    QObject,
    QPainter,
    QPalette,
    QPen,
    QPlainTextEdit,
    QProxyStyle,
    QRectF,
    Qt,
    QStyle,
    QStyleFactory,
    QTextEdit,
    QWidget,
    Signal,
)

SYSTEM, LIGHT, DARK = "system", "light", "dark"
SCHEMES = (SYSTEM, LIGHT, DARK)
STYLE = "Fusion"

# The text/background pairs people read, each to reach WCAG 2.1 AA (4.5:1) in both looks
# (tests/ui/test_theme.py). Disabled text is exempt in WCAG; it is held to 3:1 here.
READABLE_PAIRS: tuple[tuple[str, str], ...] = (
    ("Text", "Base"), ("Text", "AlternateBase"), ("WindowText", "Window"), ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"), ("ToolTipText", "ToolTipBase"), ("PlaceholderText", "Base"),
    ("PlaceholderText", "Window"), ("Link", "Base"), ("Link", "Window"), ("LinkVisited", "Base"),
    ("Text", "Window"),
)
# Status text colours ([<look>.status]) are read on these backgrounds; the attendance cells' text on theirs.
STATUS_TEXT = ("alarm", "caution", "muted")
STATUS_TEXT_ON = ("Window", "Base", "AlternateBase")
STATUS_CELLS = ("attended", "did_not_attend", "cancelled")
DISABLED_PAIRS: tuple[tuple[str, str], ...] = (("Text", "Base"), ("WindowText", "Window"), ("ButtonText", "Button"))


def resources_folder() -> Path:
    return Path(str(files("casework_resources")))


def icon_path() -> Path:
    return resources_folder() / "icons" / "casework.png"


def app_icon() -> QIcon:
    """The application icon (resources/icons/casework.png, drawn from casework.svg)."""
    return QIcon(str(icon_path()))


@cache
def palette_colours() -> dict[str, dict[str, dict[str, str]]]:
    """{look: {"active": {role: "#rrggbb"}, "disabled": {role: ...}}} from palettes.toml."""
    data = tomllib.loads((resources_folder() / "styles" / "palettes.toml").read_text(encoding="utf-8"))
    looks = {}
    for look in (LIGHT, DARK):
        table = dict(data[look])
        disabled = table.pop("disabled", {})
        status = table.pop("status", {})
        indicator = table.pop("indicator", {})
        frame = table.pop("frame", {})
        looks[look] = {"active": table, "disabled": disabled, "status": status, "indicator": indicator,
                       "frame": frame}
    return looks


def build_palette(look: str) -> QPalette:
    colours = palette_colours()[look]
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, value in colours["active"].items():
            palette.setColor(group, QPalette.ColorRole[role], QColor(value))
    for role, value in colours["disabled"].items():
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole[role], QColor(value))
    return palette


def palette_look(palette: QPalette | None = None) -> str:
    """Whether a palette (by default the application's) is a dark or a light one."""
    palette = palette or QGuiApplication.palette()
    return DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else LIGHT


def status_colour(name: str, palette: QPalette | None = None) -> QColor:
    """A state's colour (alarm, caution, muted, cell_text, attended, ...) for the look in use."""
    return QColor(palette_colours()[palette_look(palette)]["status"][name])


def indicator_outline(palette: QPalette, enabled: bool = True) -> QColor:
    """The outline of check boxes and radio buttons for the look of ``palette`` ([<look>.indicator])."""
    colours = palette_colours()[palette_look(palette)]["indicator"]
    return QColor(colours["outline" if enabled else "outline_disabled"])


def frame_colour(palette: QPalette, name: str) -> QColor:
    """A colour of input frames for the look of ``palette``: outline, outline_disabled, focus or invalid."""
    return QColor(palette_colours()[palette_look(palette)]["frame"][name])


# A field the last save refused: the style draws its frame in the look's invalid colour, 2 px wide (beside
# it the form shows a message naming the field, so the colour is never the only signal).
INVALID_PROPERTY = "caseworkInvalid"


def mark_invalid(widget: QWidget, invalid: bool = True) -> None:
    """Draw ``widget``'s frame as an invalid field's (or as an ordinary one again)."""
    if bool(widget.property(INVALID_PROPERTY)) != invalid:
        widget.setProperty(INVALID_PROPERTY, invalid)
        widget.update()


def marked_invalid(widget: QWidget) -> bool:
    return bool(widget.property(INVALID_PROPERTY))


# Fusion draws an indicator's outline from the Window colour, darkened: a check box's as
# Window.darker(140).lighter(110), a radio button's as Window.darker(150) (qfusionstyle.cpp). On a dark
# window that outline is darker than the dark field inside it, so the box cannot be seen. The style
# below hands Fusion a Window colour from which it derives the outline wanted; nothing else in an
# indicator is drawn from Window. tests/ui/test_theme.py measures the painted pixels, so a Qt that
# draws otherwise fails there.
_OUTLINE_FROM_WINDOW = {
    QStyle.PrimitiveElement.PE_IndicatorCheckBox: 140 / 110,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton: 150 / 100,
}


def _window_giving(outline: QColor, factor: float) -> QColor:
    h, s, v, a = outline.getHsv()
    return QColor.fromHsv(max(h, 0), s, min(255, round(v * factor)), a)


# Fusion draws the outline of a line edit, combo box and spin box as Window.darker(140), that of a text
# edit's frame as Window.darker(140).lighter(108), and a focused one from Highlight (darkened, its value held
# at or below 160, so never light enough for a dark window). The style hands Fusion the Window colour from
# which it derives the outline wanted (Fusion's own shape, corners included), then paints the focus ring
# and the invalid border itself, 2 px wide, over the same rectangle. The frame's rectangle per control:
# a spin box's is inset by 1 px at the top and bottom; a text edit's corners are square.
_FRAME_FROM_WINDOW = 140 / 100
_TEXT_EDIT_FRAME_FROM_WINDOW = 140 / 108
_FRAMED_CONTROLS = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
_TEXT_EDIT_FRAME_WIDTH = 3  # room inside the viewport's edge for an invalid border plus the focus ring


def _is_text_edit(widget: QWidget | None) -> bool:
    return isinstance(widget, (QPlainTextEdit, QTextEdit))


class CaseworkStyle(QProxyStyle):
    """Fusion, with check box and radio button outlines, and the frames of input fields, that meet WCAG
    1.4.11 (3:1) in both looks; a focused field gets a 2 px ring, an invalid one a 2 px border.

    The colours are read from the palette being painted with, so they follow a change of look at once.
    """

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create(STYLE))
        self.setObjectName("caseworkStyle")

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt's name
        factor = _OUTLINE_FROM_WINDOW.get(element)
        if factor is not None:
            enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
            option = type(option)(option)
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Window, _window_giving(indicator_outline(palette, enabled), factor))
            option.palette = palette
        elif element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            self._framed(lambda o: super(CaseworkStyle, self).drawPrimitive(element, o, painter, widget),
                         option, painter, widget, _FRAME_FROM_WINDOW, option.rect, 2.0)
            return
        elif element == QStyle.PrimitiveElement.PE_Frame and _is_text_edit(widget):
            # the band between the frame and the viewport is the field's, not the window's
            painter.fillRect(option.rect.adjusted(1, 1, -1, -1), option.palette.base())
            self._framed(lambda o: super(CaseworkStyle, self).drawPrimitive(element, o, painter, widget),
                         option, painter, widget, _TEXT_EDIT_FRAME_FROM_WINDOW, option.rect, 0.0)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802 - Qt's name
        if control in _FRAMED_CONTROLS and getattr(option, "frame", False):
            rect = option.rect
            if control == QStyle.ComplexControl.CC_SpinBox:
                rect = rect.adjusted(0, 1, 0, -1)
            self._framed(lambda o: super(CaseworkStyle, self).drawComplexControl(control, o, painter, widget),
                         option, painter, widget, _FRAME_FROM_WINDOW, rect, 2.0)
            return
        super().drawComplexControl(control, option, painter, widget)

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 - Qt's name
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and _is_text_edit(widget):
            return _TEXT_EDIT_FRAME_WIDTH
        return super().pixelMetric(metric, option, widget)

    def _framed(self, draw, option, painter, widget, factor: float, rect, radius: float) -> None:
        """Let Fusion draw with the outline wanted, then paint the focus ring or the invalid border."""
        state = option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        focused = enabled and bool(state & QStyle.StateFlag.State_HasFocus)
        invalid = enabled and widget is not None and marked_invalid(widget)
        palette = QPalette(option.palette)
        outline = frame_colour(palette, "invalid" if invalid else "outline" if enabled else "outline_disabled")
        option = type(option)(option)
        palette.setColor(QPalette.ColorRole.Window, _window_giving(outline, factor))
        option.palette = palette
        draw(option)
        if not (focused or invalid):
            return
        focus = frame_colour(palette, "focus")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        outer = QRectF(rect)
        _ring(painter, outer, 0, 2, outline if invalid else focus, radius)
        if invalid and focused:  # the focus shows as a line inside the invalid border
            _ring(painter, outer, 2, 1, focus, radius)
        painter.restore()


def _ring(painter: QPainter, rect: QRectF, inset: int, width: int, colour: QColor, radius: float) -> None:
    """Stroke a band ``width`` pixels wide whose outer edge is ``inset`` pixels inside ``rect``."""
    half = inset + width / 2
    painter.setPen(QPen(colour, width))
    band = rect.adjusted(half, half, -half, -half)
    if radius > 0:
        painter.drawRoundedRect(band, max(radius - inset, 0.5), max(radius - inset, 0.5))
    else:
        painter.drawRect(band)


class _PaletteFollower(QObject):
    """Calls a function again whenever the application's palette changes (see :func:`follow_palette`)."""

    # A window gets ApplicationPaletteChange, but a widget inside one whose colours come from a style sheet
    # (an error label) gets no event at all when the look changes: the theme's ``changed`` signal reaches it.
    # The function runs again only when the look did change.

    def __init__(self, widget: QWidget, apply, name: str) -> None:
        super().__init__(widget)
        self.setObjectName(name)
        self.apply = apply
        self.look = palette_look()
        widget.installEventFilter(self)
        theme = current_theme()
        if theme is not None:
            theme.changed.connect(self._look_changed)

    def _look_changed(self, *_args) -> None:
        if palette_look() != self.look:
            self.look = palette_look()
            self.apply()

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._look_changed()
        return False


def follow_palette(widget: QWidget, apply, *, name: str = "paletteFollower") -> None:
    """Run ``apply`` now, and again each time the look changes while ``widget`` lives.

    For colours a widget is given once (a style sheet with a state's colour) rather than reading the
    palette as it paints; item models read :func:`status_colour` in ``data()`` and need nothing.
    """
    apply()
    _PaletteFollower(widget, apply, name)


def alarm_text(widget: QWidget, on: bool = True) -> None:
    """Draw ``widget``'s text in the look's alarm colour (or its ordinary colour), following changes of look."""
    widget.setProperty("caseworkAlarmText", on)

    def apply() -> None:
        alarm = bool(widget.property("caseworkAlarmText"))
        widget.setStyleSheet(f"color: {status_colour('alarm').name()};" if alarm else "")

    follower = widget.findChild(_PaletteFollower, "alarmText", Qt.FindChildOption.FindDirectChildrenOnly)
    if follower is None:
        follow_palette(widget, apply, name="alarmText")
    else:
        follower.apply()


def system_look() -> str:
    """The desktop's colour scheme: dark when it says so, light otherwise (also when it does not know)."""
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def effective_look(scheme: str) -> str:
    return scheme if scheme in (LIGHT, DARK) else system_look()


class Theme(QObject):
    """Applies the look to the application, and again when the system's scheme changes (if followed).

    A child of the application object (found again with :func:`current_theme`), not a module global.
    ``changed`` says the look was applied (again), for colours given once (:func:`follow_palette`).
    """

    changed = Signal(str)

    def __init__(self, app: QApplication, scheme: str = SYSTEM) -> None:
        super().__init__(app)
        self.setObjectName("caseworkTheme")
        self.app = app
        self.scheme = scheme if scheme in SCHEMES else SYSTEM
        self.look = ""
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)

    def apply(self, scheme: str | None = None) -> str:
        if scheme is not None:
            self.scheme = scheme if scheme in SCHEMES else SYSTEM
        look = effective_look(self.scheme)
        if not isinstance(self.app.style(), CaseworkStyle):
            self.app.setStyle(CaseworkStyle())
        self.app.setPalette(build_palette(look))
        self.look = look
        self.changed.emit(look)
        return look

    def _system_changed(self, _scheme) -> None:
        if self.scheme == SYSTEM:
            self.apply()


def apply_theme(app: QApplication, scheme: str = SYSTEM) -> Theme:
    """Set the window icon, the style and the palette for ``scheme`` (system, light or dark)."""
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName("casework")  # Wayland finds the icon through casework.desktop
    theme = current_theme(app) or Theme(app, scheme)
    theme.apply(scheme)
    return theme


def current_theme(app: QApplication | None = None) -> Theme | None:
    """The theme applied to ``app`` (by default the running application), if any."""
    app = app or QApplication.instance()
    return app.findChild(Theme, "caseworkTheme") if app is not None else None


def contrast_ratio(foreground: QColor | str, background: QColor | str) -> float:
    """WCAG 2.1 contrast ratio of two colours (1 to 21)."""
    def luminance(colour: QColor | str) -> float:
        c = QColor(colour)
        channels = []
        for value in (c.redF(), c.greenF(), c.blueF()):
            channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
        r, g, b = channels
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)
