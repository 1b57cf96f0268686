"""Preview of a PDF for the client, then print it through Qt's print dialog or save it.

PySide6-Essentials has no PDF viewer, so the pages are rendered with pdfium (pypdfium2): once at
screen resolution for the preview and again at the printer's resolution for paper.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

PREVIEW_SCALE = 1.4  # 72 dpi * 1.4 ≈ 100 dpi on screen
MAX_PRINT_DPI = 300


def render_page(pdf: pdfium.PdfDocument, index: int, scale: float) -> QImage:
    bitmap = pdf[index].render(scale=scale)
    pil = bitmap.to_pil().convert("RGB")
    data = pil.tobytes()
    image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: `data` goes away


class PrintPreviewDialog(QDialog):
    def __init__(self, pdf_bytes: bytes, suggested_name: str, parent: QWidget | None = None, *,
                 title: str | None = None, on_done: Callable[[], None] | None = None) -> None:
        """`on_done` runs once the document was printed or saved (a letter then counts as sent)."""
        super().__init__(parent)
        self.pdf_bytes = pdf_bytes
        self.suggested_name = suggested_name
        self.on_done = on_done
        self.pdf = pdfium.PdfDocument(pdf_bytes)
        self.setWindowTitle(title or self.tr("Afdrukvoorbeeld — verslag van het gesprek"))
        self.resize(940, 1000)  # an A4 page at preview scale, with its scroll bar
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for i in range(len(self.pdf)):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(render_page(self.pdf, i, PREVIEW_SCALE)))
            label.setObjectName(f"previewPage{i + 1}")
            label.setStyleSheet("background: white; border: 1px solid #bbb;")
            column.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Opslaan als &PDF…"))
        close = QPushButton(self.tr("Sluiten"))
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("%n pagina's", "", len(self.pdf))))
        buttons.addStretch(1)
        for b in (self.save_button, self.print_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def print_(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, "Wijkdesk", self.tr("De printer kon niet worden gestart."))
            return False
        try:
            for i in range(len(self.pdf)):
                if i:
                    printer.newPage()
                image = render_page(self.pdf, i, dpi / 72)
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()
        self._done()
        self.accept()
        return True

    def _done(self) -> None:
        if self.on_done is not None:
            callback, self.on_done = self.on_done, None  # once, even when printed and saved
            callback()

    def save(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("PDF opslaan"),
                                              str(Path.home() / self.suggested_name), self.tr("PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        path.write_bytes(self.pdf_bytes)
        path.chmod(0o600)
        self._done()
        return path
