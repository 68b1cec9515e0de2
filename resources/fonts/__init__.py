"""The fonts embedded in every printed paper: DejaVu Sans (regular, bold, oblique, bold
oblique) from Debian's fonts-dejavu-core / fonts-dejavu-extra 2.37, under the Bitstream
Vera licence with DejaVu's changes in the public domain (LICENSE-DejaVu.txt)."""
from pathlib import Path

FOLDER = Path(__file__).resolve().parent
REGULAR = FOLDER / "DejaVuSans.ttf"
BOLD = FOLDER / "DejaVuSans-Bold.ttf"
OBLIQUE = FOLDER / "DejaVuSans-Oblique.ttf"
BOLD_OBLIQUE = FOLDER / "DejaVuSans-BoldOblique.ttf"
