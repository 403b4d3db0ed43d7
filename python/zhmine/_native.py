"""The ctypes binding of libZhMineC (Sources/ZhMineC/include/zhmine.h): one handle, JSON out.

Every call releases the GIL (ctypes does for CDLL functions), so threads run in parallel on one
handle. Nothing here is public API; see zhmine/__init__.py.
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any, Optional, Union

_PACKAGE = Path(__file__).resolve().parent
_LIBRARY_NAMES = ("libZhMineC.so", "libZhMineC.dylib")


class ZhMineError(Exception):
    """A ZhMine failure; ``str(error)`` is the one line the CLI prints.

    >>> try:
    ...     zhmine.read("missing.txt")
    ... except zhmine.ZhMineError as e:
    ...     print(e)
    zhmine: missing.txt: no such file
    """

    def __init__(self, message: str, code: int = 0) -> None:
        super().__init__(message)
        self.code = code


class DecodeError(ZhMineError, ValueError):
    """Text or a file that is not valid in its encoding or format (code ZHMINE_ERROR_DECODE)."""


_ERROR_DECODE = 2


class _Error(ctypes.Structure):
    _fields_ = [("code", ctypes.c_int), ("message", ctypes.c_void_p)]


def _find_library() -> str:
    named = os.environ.get("ZHMINE_LIBRARY")
    if named:
        return named
    for name in _LIBRARY_NAMES:
        candidate = _PACKAGE / name
        if candidate.exists():
            return str(candidate)
    raise ZhMineError(
        "zhmine: libZhMineC not found next to the package (reinstall with `pip install ./python`, "
        "or set ZHMINE_LIBRARY to the built library)"
    )


def _prepare_environment() -> None:
    # An installed package carries Dictionaries/; the library finds it through this variable.
    bundled = _PACKAGE / "Dictionaries"
    if not os.environ.get("ZHMINE_DICTIONARIES") and (bundled / "README.md").exists():
        os.environ["ZHMINE_DICTIONARIES"] = str(bundled)


def _load() -> ctypes.CDLL:
    _prepare_environment()
    library = ctypes.CDLL(_find_library())
    text_call = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.POINTER(_Error)]
    for name in ("zhmine_extract", "zhmine_numbers", "zhmine_entities", "zhmine_keywords", "zhmine_segment"):
        function = getattr(library, name)
        function.argtypes = text_call
        function.restype = ctypes.c_void_p
    library.zhmine_diff.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                    ctypes.c_size_t, ctypes.c_char_p, ctypes.POINTER(_Error)]
    library.zhmine_diff.restype = ctypes.c_void_p
    for name in ("zhmine_read", "zhmine_panel", "zhmine_archive_targets"):  # a path, then options
        function = getattr(library, name)
        function.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(_Error)]
        function.restype = ctypes.c_void_p
    library.zhmine_open.argtypes = [ctypes.c_char_p, ctypes.POINTER(_Error)]
    library.zhmine_open.restype = ctypes.c_void_p
    library.zhmine_close.argtypes = [ctypes.c_void_p]
    library.zhmine_close.restype = None
    library.zhmine_free.argtypes = [ctypes.c_void_p]
    library.zhmine_free.restype = None
    library.zhmine_version.argtypes = []
    library.zhmine_version.restype = ctypes.c_char_p
    return library


_library: Optional[ctypes.CDLL] = None
_library_lock = threading.Lock()


def library() -> ctypes.CDLL:
    """The loaded library (loaded at first use)."""
    global _library
    if _library is None:
        with _library_lock:
            if _library is None:
                _library = _load()
    return _library


def _raise(error: _Error) -> None:
    lib = library()
    message = ctypes.string_at(error.message).decode("utf-8", "replace") if error.message else "zhmine: unknown error"
    if error.message:
        lib.zhmine_free(error.message)
    raise (DecodeError if error.code == _ERROR_DECODE else ZhMineError)(message, error.code)


def _take(pointer: Optional[int], error: _Error) -> bytes:
    if not pointer:
        _raise(error)
    lib = library()
    try:
        return ctypes.string_at(pointer)
    finally:
        lib.zhmine_free(pointer)


def _options(options: Union[dict, bytes, None]) -> Optional[bytes]:
    if isinstance(options, bytes):
        return options
    if not options:
        return None
    return json.dumps({k: v for k, v in options.items() if v is not None}, ensure_ascii=False).encode("utf-8")


def _utf8(text: str) -> bytes:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise DecodeError(f"zhmine: <text>: not encodable as UTF-8 ({e.reason} at index {e.start})", _ERROR_DECODE) from None


class Handle:
    """An open ZhMine: the lexicon and extractors, shared by all threads (calls release the GIL)."""

    def __init__(self, options: Optional[dict] = None) -> None:
        lib = library()
        error = _Error()
        handle = lib.zhmine_open(_options(options), ctypes.byref(error))
        if not handle:
            _raise(error)
        self._handle: Optional[int] = handle
        self._lib = lib

    def close(self) -> None:
        if self._handle:
            self._lib.zhmine_close(self._handle)
            self._handle = None

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

    def call(self, name: str, text: str, options: Optional[dict] = None) -> Any:
        """Runs ``zhmine_<name>`` on text and returns its parsed JSON."""
        return json.loads(self.call_raw(name, text, options))

    def call_raw(self, name: str, text: str, options: Union[dict, bytes, None] = None) -> bytes:
        """The bytes ``zhmine_<name>`` returns (options as a dict, or already encoded)."""
        data = _utf8(text)
        error = _Error()
        pointer = getattr(self._lib, "zhmine_" + name)(self._handle, data, len(data), _options(options), ctypes.byref(error))
        return _take(pointer, error)

    def segment_joined(self, text: str, options: bytes) -> bytes:
        """zhmine_segment with encoded options that name a separator: lcut's path, kept short
        (a call per line is common), the same steps as :meth:`call_raw`."""
        data = _utf8(text)
        error = _Error()
        pointer = self._lib.zhmine_segment(self._handle, data, len(data), options, ctypes.byref(error))
        if not pointer:
            _raise(error)
        try:
            return ctypes.string_at(pointer)
        finally:
            self._lib.zhmine_free(pointer)

    def diff(self, old: str, new: str, options: Optional[dict] = None) -> Any:
        a, b = _utf8(old), _utf8(new)
        error = _Error()
        pointer = self._lib.zhmine_diff(self._handle, a, len(a), b, len(b), _options(options), ctypes.byref(error))
        return json.loads(_take(pointer, error))

    def read(self, path: str, options: Optional[dict] = None) -> Any:
        return self.call_path("read", path, options)

    def call_path(self, name: str, path: str, options: Optional[dict] = None) -> Any:
        """Runs ``zhmine_<name>`` on a file path (read, panel, archive_targets) and returns its parsed JSON."""
        error = _Error()
        pointer = getattr(self._lib, "zhmine_" + name)(self._handle, os.fsencode(path), _options(options), ctypes.byref(error))
        return json.loads(_take(pointer, error))


def version() -> str:
    """The library's version string."""
    return library().zhmine_version().decode()


if sys.version_info < (3, 8):  # pragma: no cover
    raise ImportError("zhmine needs Python 3.8 or later")
