"""Sign this device in to the central store: address, user name and the token from the team lead."""

from __future__ import annotations

import httpx
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.models.outbox import get_setting
from desktop.services.errors import ServiceError
from desktop.store import Store
from sync import transport


class SignInDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Aanmelden bij de centrale opslag"))
        with store.db.session() as s:
            server, user = get_setting(s, "server_url"), get_setting(s, "username")
        self.server = QLineEdit(server or "https://")
        self.user = QLineEdit(user or "")
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("het token dat u van de teamleider kreeg"))
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Adres"), self.server)
        form.addRow(self.tr("Gebruikersnaam"), self.user)
        form.addRow(self.tr("Token"), self.token)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.token if user else self.user).setFocus()

    def accept(self) -> None:
        from desktop.errors import CommandFailed
        from desktop.services.sign_in import sign_in

        server, user, token = self.server.text().strip().rstrip("/"), self.user.text().strip(), self.token.text()
        if not server.startswith(("http://", "https://")) or not user or not token:
            self._error(self.tr("Vul het adres (met https://), uw gebruikersnaam en het token in."))
            return
        problem = transport.url_problem(server)
        if problem:
            self._error(problem)
            return
        with self.store.db.session() as s:
            ca_bundle = get_setting(s, "ca_bundle")
        try:
            with transport.client(server, ca_bundle, transport.TIMEOUT) as http:
                sign_in(self.store, http, user, token)
        except httpx.TransportError:
            self._error(self.tr("De centrale opslag is niet bereikbaar. Controleer het adres en de verbinding."))
            return
        except (CommandFailed, ServiceError) as exc:
            self._error(str(exc))
            return
        super().accept()

    def _error(self, text: str) -> None:
        self.message.setText(f'<span style="color:#b00020">{text}</span>')
