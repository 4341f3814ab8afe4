"""Standards the trade treats as one part wherever it works: a Chinese GB/T and the DIN, ISO and JIS standards it
was taken from (GB/T 5782 ≈ DIN 931 ≈ ISO 4014). The resolver always knows them; a plant declares more in its plant
file. An item holding the very standard named still beats one holding an equivalent."""

from __future__ import annotations

__all__ = ["WELL_KNOWN_EQUIVALENTS"]

WELL_KNOWN_EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    # hexagon bolts and screws: half thread, full thread, and their fine-pitch forms
    ("GB/T 5782", "DIN 931", "ISO 4014"),
    ("GB/T 5783", "DIN 933", "ISO 4017"),
    ("GB/T 5785", "DIN 960", "ISO 8765"),
    ("GB/T 5786", "DIN 961", "ISO 8676"),
    ("GB/T 5789", "DIN 6921", "ISO 4162"),
    # socket screws
    ("GB/T 70.1", "DIN 912", "ISO 4762", "JIS B1176"),
    ("GB/T 70.2", "ISO 7380"),
    ("GB/T 70.3", "DIN 7991", "ISO 10642"),
    ("GB/T 77", "DIN 913", "ISO 4026"),
    ("GB/T 78", "DIN 914", "ISO 4027"),
    ("GB/T 79", "DIN 915", "ISO 4028"),
    ("GB/T 80", "DIN 916", "ISO 4029"),
    ("GB/T 818", "DIN 7985", "ISO 7045"),
    ("GB/T 819.1", "DIN 965", "ISO 7046"),
    # studs by their screw-in end
    ("GB/T 897", "DIN 938"),
    ("GB/T 898", "DIN 939"),
    ("GB/T 900", "DIN 835"),
    # nuts
    ("GB/T 6170", "DIN 934", "ISO 4032", "JIS B1181"),
    ("GB/T 6172.1", "DIN 439", "ISO 4035"),
    ("GB/T 889.1", "DIN 982", "ISO 7040"),
    ("DIN 985", "ISO 10511"),
    ("GB/T 6177.1", "DIN 6923", "ISO 4161"),
    # washers
    ("GB/T 97.1", "DIN 125", "ISO 7089", "JIS B1256"),
    ("GB/T 97.2", "ISO 7090"),
    ("GB/T 95", "DIN 126", "ISO 7091"),
    ("GB/T 96.1", "DIN 9021", "ISO 7093"),
    ("GB/T 93", "DIN 127", "JIS B1251"),
    # pins, circlips, keys
    ("GB/T 119.1", "DIN 7", "ISO 2338"),
    ("GB/T 119.2", "DIN 6325", "ISO 8734"),
    ("GB/T 117", "DIN 1", "ISO 2339"),
    ("GB/T 91", "DIN 94", "ISO 1234"),
    ("GB/T 879.1", "DIN 1481", "ISO 8752"),
    ("GB/T 894.1", "DIN 471"),
    ("GB/T 893.1", "DIN 472"),
    ("GB/T 1096", "DIN 6885"),
)
