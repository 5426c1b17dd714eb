"""Shared helpers of the knowledge tests."""

import sys
from pathlib import Path

# Tests run with --import-mode=importlib: make the shared checks importable by name.
sys.path.insert(0, str(Path(__file__).parent))
