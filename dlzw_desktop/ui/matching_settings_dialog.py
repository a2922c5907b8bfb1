"""Matching settings: weights of the score parts, filter tolerances and the Anmietungs-Fonds rule."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDoubleSpinBox, QWidget

from dlzw_desktop.domain.matching import FundRule, MatchingRules, MatchingWeights
from dlzw_desktop.errors import UserError
from dlzw_desktop.services.property_rows import MatchingSettings
from dlzw_desktop.services.registry import Services
from dlzw_desktop.ui.compat import override
from dlzw_desktop.ui.generated.ui_matching_settings_dialog import Ui_MatchingSettingsDialog
from dlzw_desktop.ui.messages import show_error
from dlzw_desktop.ui.property_inputs import name_buttons
from dlzw_desktop.ui.workers import run_in_background

_PARTS = ("size", "rent", "location", "features", "demand", "renovation")


class MatchingSettingsDialog(QDialog):
    """Loads and saves ``MatchingSettings`` (the service checks the permission to change settings).

    Signals: ``settings_saved(object)`` with the stored settings.
    """

    settings_saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._current = MatchingSettings()
        self._ui = Ui_MatchingSettingsDialog()
        self._ui.setupUi(self)
        name_buttons(self._ui.button_box)
        self._ui.button_box.accepted.connect(self.accept)
        self._ui.button_box.rejected.connect(self.reject)
        self._ui.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        self._ui.fund_enabled_check.toggled.connect(self._on_fund_enabled_check_toggled)
        self.setEnabled(False)
        run_in_background(services.properties.matching_settings, self._show, self._on_failed, context=self)

    def _spin(self, part: str) -> QDoubleSpinBox:
        spin: QDoubleSpinBox = getattr(self._ui, f"{part}_weight_spin")
        return spin

    def _show(self, settings: MatchingSettings) -> None:
        self.setEnabled(True)
        self._current = settings
        for part in _PARTS:
            self._spin(part).setValue(float(getattr(settings.weights, part)))
        self._ui.area_tolerance_spin.setValue(float(settings.rules.area_tolerance * 100))
        self._ui.rent_tolerance_spin.setValue(float(settings.rules.rent_tolerance * 100))
        self._ui.grace_spin.setValue(settings.rules.move_in_grace_days)
        self._ui.fund_enabled_check.setChecked(settings.fund.enabled)
        self._ui.fund_area_spin.setValue(float(settings.fund.max_area_m2))
        self._ui.fund_ground_floor_check.setChecked(settings.fund.ground_floor)
        self._ui.fund_demand_spin.setValue(settings.fund.min_demand * 100)
        self._ui.fund_months_spin.setValue(settings.fund.max_months)
        self._on_fund_enabled_check_toggled(settings.fund.enabled)

    def _on_fund_enabled_check_toggled(self, enabled: bool) -> None:
        for widget in (
            self._ui.fund_area_spin,
            self._ui.fund_ground_floor_check,
            self._ui.fund_demand_spin,
            self._ui.fund_months_spin,
        ):
            widget.setEnabled(enabled)

    def _on_defaults_button_clicked(self) -> None:
        self._show(MatchingSettings())

    def settings(self) -> MatchingSettings:
        """The settings as entered; raises ``ValidationError`` (e.g. all weights 0)."""
        weights = MatchingWeights(**{part: self._spin(part).value() for part in _PARTS})
        # Percentages typed as whole numbers become exact fractions; no float reaches a Decimal.
        area = Decimal(round(self._ui.area_tolerance_spin.value())) / 100
        rent = Decimal(round(self._ui.rent_tolerance_spin.value())) / 100
        rules = MatchingRules(
            **{
                **{name: getattr(self._current.rules, name) for name in MatchingRules.__dataclass_fields__},
                "area_tolerance": area,
                "rent_tolerance": rent,
                "move_in_grace_days": self._ui.grace_spin.value(),
            }
        )
        fund = FundRule(
            enabled=self._ui.fund_enabled_check.isChecked(),
            max_area_m2=Decimal(round(self._ui.fund_area_spin.value())),
            ground_floor=self._ui.fund_ground_floor_check.isChecked(),
            min_demand=round(self._ui.fund_demand_spin.value()) / 100,
            max_months=self._ui.fund_months_spin.value(),
        )
        return MatchingSettings(weights=weights, rules=rules, fund=fund)

    @override
    def accept(self) -> None:
        try:
            settings = self.settings()
        except UserError as error:
            show_error(self, error)
            return
        self.setEnabled(False)
        run_in_background(
            lambda: self._services.properties.update_matching_settings(settings),
            self._on_saved,
            self._on_failed,
            context=self,
        )

    def _on_saved(self, settings: MatchingSettings) -> None:
        self.setEnabled(True)
        self.settings_saved.emit(settings)
        super().accept()

    def _on_failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        show_error(self, error)
