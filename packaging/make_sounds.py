#!/usr/bin/env python3
"""Write the timer's chimes (resources/sounds/*.wav): soft bell tones, made from sines.

    python packaging/make_sounds.py

Generated once and committed (a few kilobytes each); rerun after changing the notes.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"

# (start s, frequency Hz, length s) per note
CHIMES = {
    "warning": [(0.0, 660.0, 0.9), (0.35, 880.0, 1.0)],
    "zero": [(0.0, 880.0, 0.9), (0.3, 660.0, 0.9), (0.6, 523.25, 1.3)],
    "handover": [(0.0, 784.0, 1.2)],
}


def render(notes: list[tuple[float, float, float]]) -> bytes:
    length = max(start + dur for start, _, dur in notes)
    samples = [0.0] * int(length * RATE)
    for start, freq, dur in notes:
        first = int(start * RATE)
        for i in range(int(dur * RATE)):
            t = i / RATE
            envelope = min(1.0, t / 0.01) * math.exp(-4.0 * t / dur)
            tone = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            samples[first + i] += 0.35 * envelope * tone
    peak = max(1.0, max(abs(s) for s in samples))
    return b"".join(struct.pack("<h", int(32767 * 0.8 * s / peak)) for s in samples)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, notes in CHIMES.items():
        with wave.open(str(OUT / f"{name}.wav"), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(render(notes))
        print(OUT / f"{name}.wav")


if __name__ == "__main__":
    main()
