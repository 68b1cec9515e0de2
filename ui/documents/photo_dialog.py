"""The applicant's photo for the SKHPN and the Kartu Lapor Diri: taken with the desk's webcam
(QtMultimedia: QCamera into a QMediaCaptureSession with a QImageCapture) or chosen from a
file. models/documents/photo.py checks, crops, scales and re-encodes it and keeps it in the
database.

QtMultimedia is imported only when the dialog opens (it is slow to load), and a computer
without a camera is told so, with the file button offered in its place.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import ValidationError
from models.documents.photo import F_PHOTO, MAX_INPUT_BYTES, MSG_TOO_BIG, save_photo
from ui.session import SESSION
from ui.widgets import file_dialogs
from ui.widgets.errors import show_failure
from ui.widgets.field_form import error_label, plain_label, show_error

PREVIEW_W, PREVIEW_H = 240, 320


def video_inputs() -> list:
    """The cameras Qt can see (an empty list when there are none)."""
    from PySide6.QtMultimedia import QMediaDevices
    return list(QMediaDevices.videoInputs())


class PhotoDialog(QDialog):
    """Take or choose a person's photo and keep it.

    Attributes:
        data: the picture chosen or captured (JPEG or PNG bytes), None before.
        source: "camera" or "file".
        photo_id: the stored photo (after the dialog was accepted).
    """

    def __init__(self, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photo_dialog")
        self.setMinimumWidth(420)
        self.person_id = person_id
        self.data: bytes | None = None
        self.source = "file"
        self.photo_id: int | None = None
        self.camera = self.session = self.capture = None
        self.viewfinder: QWidget | None = None
        self.preview = QLabel(self)
        self.preview.setObjectName("photo_preview")
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QLabel.Shape.Box)
        self.camera_note = plain_label("", self, wrap=True)
        self.camera_note.setObjectName("camera_note")
        self.capture_button = QPushButton(self)
        self.capture_button.setObjectName("capture_photo")
        self.capture_button.clicked.connect(self.take)
        self.file_button = QPushButton(self)
        self.file_button.setObjectName("photo_file")
        self.file_button.clicked.connect(self.choose_file)
        self.message = error_label(self)
        self.message.setObjectName("photo_message")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.pictures = QHBoxLayout()
        self.pictures.addWidget(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.capture_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.pictures)
        layout.addWidget(self.camera_note)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self._start_camera()
        self._show_state()

    # --- the camera ------------------------------------------------------------------------

    def _start_camera(self) -> None:
        cameras = video_inputs()
        if not cameras:
            self.camera_note.setText(self.tr("No camera was found on this computer. Choose "
                                             "a photo file instead (JPEG or PNG)."))
            self.capture_button.setEnabled(False)
            self.file_button.setDefault(True)
            return
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession
        from PySide6.QtMultimediaWidgets import QVideoWidget
        self.camera = QCamera(cameras[0], self)
        self.session = QMediaCaptureSession(self)
        self.capture = QImageCapture(self)
        self.viewfinder = QVideoWidget(self)
        self.viewfinder.setObjectName("photo_viewfinder")
        self.viewfinder.setFixedSize(PREVIEW_H * 4 // 3, PREVIEW_H)
        self.pictures.insertWidget(0, self.viewfinder)
        self.session.setCamera(self.camera)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.viewfinder)
        self.capture.imageCaptured.connect(self._captured)
        self.capture.errorOccurred.connect(lambda *_a: self._camera_failed())
        self.camera.errorOccurred.connect(lambda *_a: self._camera_failed())
        self.camera.start()
        self.camera_note.setText(self.tr("Camera: {name}. Ask the applicant to look at the "
                                         "camera, then take the photo.").format(
            name=cameras[0].description()))

    def _camera_failed(self) -> None:
        self.camera_note.setText(self.tr("The camera does not work (it may be used by another "
                                         "program). Choose a photo file instead."))
        self.capture_button.setEnabled(False)

    def take(self) -> None:
        """Capture a still from the camera (arrives in :meth:`_captured`)."""
        if self.capture is not None and self.capture.isReadyForCapture():
            self.capture.capture()

    def _captured(self, _request_id: int, image: QImage) -> None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "JPEG", 92)
        self.use(bytes(buffer.data()), "camera")

    # --- a file ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _filter = file_dialogs.open_file_name(
            self, self.tr("Choose the applicant's photo"), "",
            self.tr("Photos (*.jpg *.jpeg *.png)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read a photo file (refused before reading when it is too big)."""
        show_error(self.message, "")
        try:
            size = os.path.getsize(path)
            if size > MAX_INPUT_BYTES:
                raise ValidationError(MSG_TOO_BIG, field=F_PHOTO, size=f"{size / 2**20:.1f}",
                                      limit=MAX_INPUT_BYTES // 2**20)
            with open(path, "rb") as handle:
                data = handle.read(MAX_INPUT_BYTES + 1)
        except Exception as exc:  # noqa: BLE001 - said in the dialog; choose another
            show_failure(exc, self.message)
            return
        self.use(data, "file")

    # --- the picture -----------------------------------------------------------------------

    def use(self, data: bytes, source: str) -> None:
        """Show ``data`` as the photo to keep (checked again when it is saved)."""
        image = QImage.fromData(QByteArray(data))
        if image.isNull():
            show_error(self.message, self.tr("This file is not a picture Pulih can read. "
                                             "Choose a JPEG or PNG photo."))
            return
        show_error(self.message, "")
        self.data, self.source = data, source
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(
            PREVIEW_W, PREVIEW_H, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
        self._show_state()

    def _show_state(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.data is not None)
        if self.data is None:
            self.preview.setText(self.tr("No photo yet"))

    def save(self) -> None:
        if self.data is None or SESSION.staff is None:
            return
        try:
            self.photo_id = save_photo(SESSION.staff, self.person_id, self.data, self.source)
        except Exception as exc:  # noqa: BLE001 - said in the dialog; the picture stays
            show_failure(exc, self.message)
            return
        self.accept()

    def done(self, result: int) -> None:  # Qt's name
        if self.camera is not None:
            self.camera.stop()
        super().done(result)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Applicant's photo"))
        self.capture_button.setText(self.tr("&Take the photo"))
        self.file_button.setText(self.tr("Choose a photo &file..."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Keep this photo"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        if self.data is None:
            self.preview.setText(self.tr("No photo yet"))
