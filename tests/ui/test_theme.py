"""The look: the window icon, light and dark palettes from resources/styles/ that meet WCAG AA contrast,
the system's colour scheme followed unless the setting forces one, and the Settings dialog."""

from __future__ import annotations

import pytest

from ui import theme
from ui.caseload_model import _DARK as CASELOAD_DARK, _LIGHT as CASELOAD_LIGHT
from ui.main_window import MainWindow
from ui.qt import QApplication, QCheckBox, QColor, QPalette, QRadioButton, Qt, QStyle
from ui.referral_record_timers import STATE_COLOURS
from ui.settings import COLOUR_SCHEME
from ui.settings_dialog import SettingsDialog

from .keyboard import activate, shortcut

AA = 4.5


@pytest.fixture
def restore_look(qapp):
    """Tests here change the application's palette and style: put them back afterwards."""
    palette, ours, style = QApplication.palette(), isinstance(qapp.style(), theme.CaseworkStyle), qapp.style().name()
    yield
    qapp.setPalette(palette)
    if ours:
        qapp.setStyle(theme.CaseworkStyle())
    else:
        qapp.setStyle(style)


def test_contrast_ratio_is_the_wcag_formula():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    # WCAG's own worked example: #767676 on white is the lightest grey reaching 4.5:1
    assert theme.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
def test_every_text_and_background_pair_of_the_palettes_meets_wcag_aa(look):
    colours = theme.palette_colours()[look]
    active, disabled = colours["active"], {**colours["active"], **colours["disabled"]}
    ratios = {f"{fg}/{bg}": theme.contrast_ratio(active[fg], active[bg]) for fg, bg in theme.READABLE_PAIRS}
    low = {pair: round(r, 2) for pair, r in ratios.items() if r < AA}
    assert not low, f"{look}: below 4.5:1: {low}"
    disabled_low = {f"{fg}/{bg}": round(theme.contrast_ratio(disabled[fg], disabled[bg]), 2)
                    for fg, bg in theme.DISABLED_PAIRS if theme.contrast_ratio(disabled[fg], disabled[bg]) < 3}
    assert not disabled_low, f"{look}: disabled text below 3:1: {disabled_low}"


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
def test_state_colours_are_readable_on_the_backgrounds_they_are_drawn_on(look):
    colours = theme.palette_colours()[look]
    active, status = colours["active"], colours["status"]
    low = {}
    for name in theme.STATUS_TEXT:
        for background in theme.STATUS_TEXT_ON:
            ratio = theme.contrast_ratio(status[name], active[background])
            if ratio < AA:
                low[f"{name} on {background}"] = round(ratio, 2)
    for cell in theme.STATUS_CELLS:
        ratio = theme.contrast_ratio(status["cell_text"], status[cell])
        if ratio < AA:
            low[f"cell_text on {cell}"] = round(ratio, 2)
    # the caseload's deadline cells (their own background and text, per look)
    for state, (background, text) in (CASELOAD_DARK if look == theme.DARK else CASELOAD_LIGHT).items():
        if theme.contrast_ratio(text, background) < AA:
            low[f"caseload {state}"] = round(theme.contrast_ratio(text, background), 2)
    assert not low, f"{look}: below 4.5:1: {low}"


def test_the_record_timer_chips_are_readable():
    low = {state: round(theme.contrast_ratio(text, background), 2)
           for state, (background, text) in STATE_COLOURS.items() if theme.contrast_ratio(text, background) < AA}
    assert not low


def test_applying_the_theme_sets_the_window_icon_style_and_palette(qapp, restore_look):
    qapp.setWindowIcon(theme.QIcon())
    applied = theme.apply_theme(qapp, theme.DARK)
    assert applied.look == theme.DARK
    assert not qapp.windowIcon().isNull()
    assert isinstance(qapp.style(), theme.CaseworkStyle) and qapp.style().baseStyle().name().lower() == "fusion"
    expected = theme.palette_colours()[theme.DARK]["active"]
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == expected["Window"]
    assert QApplication.palette().color(QPalette.ColorRole.Text).name() == expected["Text"]
    assert theme.status_colour("alarm").name() == theme.palette_colours()[theme.DARK]["status"]["alarm"]

    theme.apply_theme(qapp, theme.LIGHT)
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == \
        theme.palette_colours()[theme.LIGHT]["active"]["Window"]
    assert theme.current_theme(qapp) is applied  # one theme object per application, changed in place


def test_the_system_colour_scheme_is_followed_unless_a_look_is_forced(qapp, restore_look, monkeypatch):
    monkeypatch.setattr(theme, "system_look", lambda: theme.DARK)
    assert theme.effective_look(theme.SYSTEM) == theme.DARK
    assert theme.effective_look(theme.LIGHT) == theme.LIGHT
    applied = theme.apply_theme(qapp, theme.SYSTEM)
    assert applied.look == theme.DARK
    # the desktop switches to light while the app runs: the app follows
    monkeypatch.setattr(theme, "system_look", lambda: theme.LIGHT)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert applied.look == theme.LIGHT
    # forced dark stays dark whatever the desktop does
    theme.apply_theme(qapp, theme.DARK)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert applied.look == theme.DARK


def test_the_system_look_reads_qstylehints(qapp, monkeypatch):
    class Hints:
        def __init__(self, scheme):
            self.scheme = scheme

        def colorScheme(self):  # noqa: N802 - Qt's name
            return self.scheme

    monkeypatch.setattr(theme.QGuiApplication, "styleHints", staticmethod(lambda: Hints(Qt.ColorScheme.Dark)))
    assert theme.system_look() == theme.DARK
    monkeypatch.setattr(theme.QGuiApplication, "styleHints", staticmethod(lambda: Hints(Qt.ColorScheme.Unknown)))
    assert theme.system_look() == theme.LIGHT


def test_the_settings_dialog_forces_a_look_and_keeps_it(qtbot, qapp, settings, restore_look):
    assert settings.get(COLOUR_SCHEME) == theme.SYSTEM
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    # keyboard only: the colour scheme has the focus; choose Dark and press Enter
    assert dialog.colour_scheme.hasFocus() or dialog.focusWidget() is dialog.colour_scheme
    dialog.colour_scheme.setCurrentIndex(dialog.colour_scheme.findData(theme.DARK))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.get(COLOUR_SCHEME) == theme.DARK
    assert theme.palette_look() == theme.DARK


def test_file_settings_opens_the_settings_dialog_with_ctrl_comma(qtbot, ctx, world, settings, restore_look):
    window = MainWindow(ctx, world.caseworker, settings=settings)
    qtbot.addWidget(window)
    activate(qtbot, window)
    window.navigation.setFocus()
    shortcut(qtbot, "Ctrl+,")
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


# --- the language, in the same dialog (the View → Language setting) ----------------------------------

def test_the_settings_dialog_offers_the_language_defaulting_to_the_system(qtbot, settings):
    from ui import i18n
    from ui.settings import LANGUAGE

    assert settings.get(LANGUAGE) == ""
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == i18n.SYSTEM
    assert dialog.language.currentText() == f"System language ({i18n.LANGUAGES[i18n.system_language()]})"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["", "en", "cy"]
    assert dialog.language.itemText(2) == "Cymraeg"  # each language named in itself
    # named for a screen reader (on Linux Qt reads the label through its relation and the value as the
    # name), and its label gives it Alt+G
    from .accessibility import accessible_name
    assert dialog.language.accessibleName() == "Language" and accessible_name(dialog.language)
    assert dialog.form.labelForField(dialog.language).buddy() is dialog.language
    assert not dialog.language_note.isVisible()  # the system's language is the one in use: nothing to say


def test_choosing_welsh_in_settings_with_the_keyboard_is_stored_and_says_when_it_applies(qtbot, settings, monkeypatch):
    from ui import i18n
    from ui.qt import QMessageBox
    from ui.settings import LANGUAGE

    from .keyboard import focused, press

    asked = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: asked.append(a))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    shortcut(qtbot, "Alt+G")
    assert focused() is dialog.language
    press(qtbot, Qt.Key.Key_End)  # Cymraeg, the last
    assert dialog.language.currentData() == i18n.WELSH
    note = "Bydd Casework yn Gymraeg y tro nesaf y bydd yn cychwyn. Caewch ef a'i gychwyn eto i newid nawr."
    assert dialog.language_note.isVisible() and dialog.language_note.text() == note  # in the language chosen
    assert dialog.language.accessibleDescription() == note  # and read out with the field
    press(qtbot, Qt.Key.Key_Home)  # back to the system's (English here): nothing to say
    assert not dialog.language_note.isVisible()
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.get(LANGUAGE) == i18n.WELSH
    assert i18n.current_language() == i18n.ENGLISH  # not switched in place: the next start
    assert asked == []  # told beside the choice already, not again in a message box


def test_cancel_keeps_the_stored_language(qtbot, settings):
    from ui.settings import LANGUAGE

    settings.set(LANGUAGE, "en")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == "en"  # the stored choice is shown
    dialog.language.setCurrentIndex(dialog.language.findData("cy"))
    dialog.reject()
    assert settings.get(LANGUAGE) == "en"


def test_view_language_shows_the_choice_made_in_settings(qtbot, ctx, world, settings, monkeypatch):
    from ui import i18n
    from ui.qt import QMessageBox
    from ui.settings import LANGUAGE

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window = MainWindow(ctx, world.caseworker, settings=settings)
    qtbot.addWidget(window)
    menu = window.language_menu

    def checked():
        menu.aboutToShow.emit()  # as when the menu opens
        return [a.data() for a in menu.actions() if a.isChecked()]

    assert checked() == [i18n.SYSTEM]
    dialog = window.show_settings()
    dialog.language.setCurrentIndex(dialog.language.findData(i18n.WELSH))
    dialog.accept()
    assert settings.get(LANGUAGE) == i18n.WELSH
    assert checked() == [i18n.WELSH]
    # and the other way: chosen in the menu, shown by the dialog
    next(a for a in menu.actions() if a.data() == i18n.ENGLISH).trigger()
    assert settings.get(LANGUAGE) == i18n.ENGLISH
    dialog = window.show_settings()
    assert dialog.language.currentData() == i18n.ENGLISH
    dialog.reject()


# --- check box and radio outlines: WCAG 1.4.11 non-text contrast (3:1) ----------------------------------

NON_TEXT = 3.0


def indicator_pixels(widget) -> list:
    """The painted pixels of a check box's or radio button's indicator (the box or circle only)."""
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    widget.initStyleOption(option)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(widget, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonIndicator)
    rect = widget.style().subElementRect(element, option, widget).adjusted(-1, -1, 1, 1)
    image = widget.grab().toImage()
    return [QColor(image.pixel(x, y)) for y in range(rect.top(), rect.bottom() + 1)
            for x in range(rect.left(), rect.right() + 1) if image.valid(x, y)]


def outline_pixels(qtbot, kind, *, enabled=True) -> tuple[int, float]:
    """(pixels of the indicator at 3:1 or more against both Window and Base, the best ratio against Window)."""
    palette = QApplication.palette()
    window, base = palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)
    widget = kind("Open only")
    widget.setEnabled(enabled)
    qtbot.addWidget(widget)
    widget.show()
    pixels = indicator_pixels(widget)
    assert len(pixels) >= 100, "the indicator was not found"
    strong = [p for p in pixels if theme.contrast_ratio(p, window) >= NON_TEXT and theme.contrast_ratio(p, base) >= NON_TEXT]
    return len(strong), max(theme.contrast_ratio(p, window) for p in pixels)


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
@pytest.mark.parametrize("kind", ["check box", "radio button"])
def test_check_box_and_radio_outlines_reach_3_to_1_against_window_and_base(qtbot, qapp, restore_look, look, kind):
    cls = {"check box": QCheckBox, "radio button": QRadioButton}[kind]
    theme.apply_theme(qapp, look)
    colours = theme.palette_colours()[look]
    outline = colours["indicator"]["outline"]
    for background in ("Window", "Base"):  # the colour itself
        assert theme.contrast_ratio(outline, colours["active"][background]) >= NON_TEXT, (look, background)
    strong, best = outline_pixels(qtbot, cls)
    # what is painted: a whole ring of pixels at 3:1, not a stray one (a 14 px box has about 52 outline
    # pixels; an antialiased circle fewer at full strength)
    assert best >= NON_TEXT and strong >= (40 if cls is QCheckBox else 16), (look, kind, strong, round(best, 2))


def test_fusion_alone_draws_dark_indicators_too_faint_which_the_measure_catches(qtbot, qapp, restore_look):
    """The check above can fail: Fusion's own outline on the dark palette is below 3:1."""
    theme.apply_theme(qapp, theme.DARK)
    qapp.setStyle("Fusion")
    strong, best = outline_pixels(qtbot, QCheckBox)
    assert best < NON_TEXT and strong == 0


def test_indicators_follow_a_change_of_look_at_once(qtbot, qapp, restore_look):
    theme.apply_theme(qapp, theme.LIGHT)
    box = QCheckBox("Open only")
    qtbot.addWidget(box)
    box.show()
    light = {p.name() for p in indicator_pixels(box)}
    theme.apply_theme(qapp, theme.DARK)
    qapp.processEvents()
    dark = {p.name() for p in indicator_pixels(box)}
    assert theme.palette_colours()[theme.LIGHT]["indicator"]["outline"] in light
    assert theme.palette_colours()[theme.DARK]["indicator"]["outline"] in dark


# --- colours given once follow a change of look (no reopening) -------------------------------------------

def test_an_error_message_is_repainted_in_the_new_looks_alarm_colour(qtbot, qapp, restore_look):
    from ui.forms import ErrorLabel

    from ui.qt import QVBoxLayout, QWidget

    theme.apply_theme(qapp, theme.LIGHT)
    window = QWidget()  # inside a window, as in every form (a widget there gets no palette event of its own)
    label = ErrorLabel("Date of birth problem")
    QVBoxLayout(window).addWidget(label)
    qtbot.addWidget(window)
    font = label.font()
    font.setPointSize(28)
    font.setBold(True)
    label.setFont(font)
    label.show_error("█████")
    window.show()

    def painted() -> set[str]:
        qapp.processEvents()
        image = label.grab().toImage()
        return {QColor(image.pixel(x, y)).name() for y in range(image.height()) for x in range(image.width())}

    light, dark = (theme.palette_colours()[look]["status"]["alarm"] for look in (theme.LIGHT, theme.DARK))
    assert light in painted() and dark not in painted()
    theme.apply_theme(qapp, theme.DARK)
    assert dark in painted() and light not in painted()


def test_the_caseload_deadline_cells_are_repainted_when_the_look_changes(qtbot, qapp, ctx, world, settings,
                                                                        samples, restore_look):
    from ui.caseload_model import Column, state_colours
    from ui.caseload_view import CaseloadView

    from .caseload_helpers import all_records, settle, wait_loaded

    theme.apply_theme(qapp, theme.LIGHT)
    view = CaseloadView(ctx, world.team_lead, settings=settings)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    try:
        view.reload()
        wait_loaded(qtbot, view.model)
        records = all_records(qtbot, view.model)
        row = next(i for i, r in enumerate(records) if view.model.data(view.model.index(i, Column.NEXT_DEADLINE),
                                                                       Qt.ItemDataRole.BackgroundRole) is not None)
        table = view.table
        table.clearSelection()
        table.setCurrentIndex(view.model.index(row, Column.NAME))  # the deadline cell itself stays unselected
        table.clearSelection()

        def painted():
            qapp.processEvents()
            rect = table.visualRect(view.model.index(row, Column.NEXT_DEADLINE))
            image = table.viewport().grab().toImage()
            return QColor(image.pixel(rect.right() - 3, rect.center().y())).name()

        state = next(s for s in ("breached", "warning") if state_colours(s)[0].name() == painted())
        theme.apply_theme(qapp, theme.DARK)
        assert painted() == CASELOAD_DARK[state][0] != CASELOAD_LIGHT[state][0]
    finally:
        view.shutdown()
        settle()


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
def test_the_frame_colours_reach_3_to_1_against_window_base_and_button(look):
    colours = theme.palette_colours()[look]
    active, frame = colours["active"], colours["frame"]
    low = {f"{name} on {background}": round(theme.contrast_ratio(frame[name], active[background]), 2)
           for name in ("outline", "focus", "invalid") for background in ("Window", "Base", "Button")
           if theme.contrast_ratio(frame[name], active[background]) < NON_TEXT}
    assert not low, f"{look}: {low}"


# --- the frames of input fields: WCAG 1.4.11 non-text contrast (3:1) for the boundary and its states ---------
#
# Each kind of field the forms use is grabbed and the pixels across its frame are read: on lines across the
# middle of each side, the frame pixel is the one within 5 px of the edge that contrasts most with both the
# window outside and the field's own fill inside. The weakest line is the frame's ratio.

FIELD_KINDS = ("line edit", "text edit", "rich text edit", "combo box", "editable combo box", "spin box",
               "date edit", "date-time edit with calendar")


def _field(kind):
    from ui.qt import QDateEdit, QDateTimeEdit, QLineEdit, QPlainTextEdit, QSpinBox, QTextEdit
    from ui.qt import QComboBox

    if kind in ("combo box", "editable combo box"):
        widget = QComboBox()
        widget.addItems(["Choose…", "Yes", "No"])
        widget.setEditable(kind == "editable combo box")
    elif kind == "date-time edit with calendar":
        widget = QDateTimeEdit()
        widget.setCalendarPopup(True)
    else:
        widget = {"line edit": QLineEdit, "text edit": QPlainTextEdit, "rich text edit": QTextEdit,
                  "spin box": QSpinBox, "date edit": QDateEdit}[kind]()
    if kind in ("text edit", "rich text edit"):
        widget.setFixedHeight(48)
    widget.setFixedWidth(180)
    return widget


class FieldForm:
    """A form with one field of each kind, its error label under it (FieldErrors, as the dialogs do), and a
    button to take the focus elsewhere."""

    def __init__(self, qtbot):
        from ui.field_widgets import FieldErrors
        from ui.forms import ErrorLabel, with_error
        from ui.qt import QFormLayout, QPushButton, QWidget

        self.window = QWidget()
        layout = QFormLayout(self.window)
        self.errors = FieldErrors()
        self.fields, self.labels = {}, {}
        for kind in FIELD_KINDS:
            field, error = _field(kind), ErrorLabel(f"{kind} problem")
            name = kind.replace(" ", "_").replace("-", "_")
            self.errors.add(name, kind.capitalize(), field, error)
            self.fields[kind], self.labels[kind] = field, error
            layout.addRow(kind.capitalize() + ":", with_error(field, error))
        self.elsewhere = QPushButton("Elsewhere")
        layout.addRow(self.elsewhere)
        qtbot.addWidget(self.window)
        activate(qtbot, self.window)

    def invalid(self, kind):
        from casework.errors import ValidationError

        name = kind.replace(" ", "_").replace("-", "_")
        assert self.errors.show(ValidationError(name, "required", f"{name} is required"))


def frame_measure(widget) -> tuple[float, int, set[str]]:
    """(the frame's weakest contrast with window and fill, its thinnest width at 3:1 in px, its colours)."""
    from collections import Counter

    QApplication.processEvents()
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    window = widget.palette().color(QPalette.ColorRole.Window)
    inside = Counter(image.pixel(x, y) for y in (h // 2 - 3, h // 2, h // 2 + 3) for x in range(8, w - 30, 2))
    fill = QColor(inside.most_common(1)[0][0])
    lines = ([[(x, d) for d in range(5)] for x in range(w // 4, 3 * w // 4, 6)]
             + [[(x, h - 1 - d) for d in range(5)] for x in range(w // 4, 3 * w // 4, 6)]
             + [[(d, y) for d in range(5)] for y in (h // 2 - 2, h // 2 + 2)]
             + [[(w - 1 - d, y) for d in range(5)] for y in (h // 2 - 2, h // 2 + 2)])
    weakest, thinnest, colours = 21.0, 5, set()
    for line in lines:
        pixels = [QColor(image.pixel(x, y)) for x, y in line]
        ratios = [min(theme.contrast_ratio(p, window), theme.contrast_ratio(p, fill)) for p in pixels]
        weakest = min(weakest, max(ratios))
        thinnest = min(thinnest, sum(r >= NON_TEXT for r in ratios))
        colours |= {p.name() for p, r in zip(pixels, ratios) if r >= NON_TEXT}
    return weakest, thinnest, colours


def _red(name: str) -> bool:
    colour = QColor(name)
    return (colour.hslHue() < 15 or colour.hslHue() > 345) and colour.hslSaturationF() > 0.5


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
def test_every_input_fields_frame_and_focus_ring_reach_3_to_1_and_a_disabled_one_is_fainter(qtbot, qapp, restore_look, look):
    theme.apply_theme(qapp, look)
    form = FieldForm(qtbot)
    form.elsewhere.setFocus()
    plain = {kind: frame_measure(field) for kind, field in form.fields.items()}
    focused = {}
    for kind, field in form.fields.items():
        field.setFocus()
        qtbot.waitUntil(field.hasFocus, timeout=2000)
        focused[kind] = frame_measure(field)
    low = {f"{kind} {state}": round(measured[kind][0], 2) for state, measured in (("plain", plain), ("focused", focused))
           for kind in FIELD_KINDS if measured[kind][0] < NON_TEXT}
    assert not low, f"{look}: frames below 3:1 against the window or the field: {low}"
    # the focus shows as a ring at least 2 px wide in colours the plain frame does not use
    faint = {kind: (focused[kind][1], sorted(focused[kind][2] & plain[kind][2])) for kind in FIELD_KINDS
             if focused[kind][1] < 2 or focused[kind][2] & plain[kind][2]}
    assert not faint, f"{look}: focus not distinct from the plain frame: {faint}"
    # a disabled field's frame is fainter than an enabled one's (WCAG exempts it from 3:1; it must still differ)
    form.elsewhere.setFocus()
    same = {}
    for kind, field in form.fields.items():
        field.setEnabled(False)
        ratio, _width, colours = frame_measure(field)
        if ratio >= plain[kind][0] or colours & plain[kind][2]:
            same[kind] = (round(plain[kind][0], 2), round(ratio, 2))
    assert not same, f"{look}: disabled frames look like enabled ones: {same}"


@pytest.mark.parametrize("look", [theme.LIGHT, theme.DARK])
def test_an_invalid_fields_border_is_red_reaches_3_to_1_and_comes_with_its_message(qtbot, qapp, restore_look, look):
    theme.apply_theme(qapp, look)
    form = FieldForm(qtbot)
    form.elsewhere.setFocus()
    plain = {kind: frame_measure(field) for kind, field in form.fields.items()}
    problems = {}
    for kind, field in form.fields.items():
        form.invalid(kind)  # marks the field, shows the message, moves the focus there
        qtbot.waitUntil(field.hasFocus, timeout=2000)
        assert form.labels[kind].isVisible() and form.labels[kind].text() == "Required"
        assert field.accessibleDescription() == "Required"  # read out with the field, not shown by colour alone
        invalid_focused = frame_measure(field)
        form.elsewhere.setFocus()
        ratio, width, colours = frame_measure(field)
        if ratio < NON_TEXT or width < 2 or not colours or not all(_red(c) for c in colours):
            problems[kind] = (round(ratio, 2), width, sorted(colours))
        if invalid_focused[0] < NON_TEXT or invalid_focused[2] == colours:
            problems[f"{kind} focused"] = (round(invalid_focused[0], 2), sorted(invalid_focused[2]))
        form.errors.clear()
        assert frame_measure(field)[2] == plain[kind][2], kind  # cleared: the ordinary frame again
    assert not problems, f"{look}: invalid borders not red at 3:1, 2 px (or the focus not shown on them): {problems}"


def test_fusion_alone_draws_dark_field_frames_too_faint_which_the_measure_catches(qtbot, qapp, restore_look):
    """The frame checks above can fail: Fusion's own line edit frame on the dark palette is below 3:1."""
    from ui.qt import QLineEdit

    theme.apply_theme(qapp, theme.DARK)
    qapp.setStyle("Fusion")
    field = QLineEdit()
    field.setFixedWidth(180)
    qtbot.addWidget(field)
    field.show()
    assert frame_measure(field)[0] < NON_TEXT
