"""Prompt -> :class:`~nco.planner.request.TripRequest`.

Three parsers share one output:

* :func:`parse_offline` needs no network and no large model: rules for times,
  dates (``dateparser``), durations, deadlines and ordering cues ("then",
  "after lunch"), a lexicon of POI words and preference cues, and for
  phrases the lexicon does not know a category matcher over the static
  ``wordllama`` embeddings that ship inside its PyPI package.
* :class:`OpenAIParser` calls any OpenAI-compatible ``/chat/completions``
  endpoint with structured outputs (the strict JSON Schema of
  :func:`~nco.planner.request.llm_schema`).
* :class:`OllamaParser` calls Ollama's ``/api/chat`` with ``format`` set to
  the same schema.

:func:`parse` validates what a language model returns, retries once, and
otherwise falls back to the offline parser, saying so in its notes.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import socket
import threading
import urllib.error
import urllib.request

from nco.errors import InputError
from nco.planner.offline import check_prompt, match_category, parse_offline
from nco.planner.offline.text import MAX_PROMPT_CHARS
from nco.planner.request import (
    CATEGORIES,
    Dependency,
    ParseResult,
    llm_schema,
    validate_request,
)

#: seconds to connect to a language model and seconds to wait for its answer (``NCO_LLM_TIMEOUT`` overrides)
DEFAULT_LLM_TIMEOUT = 20.0
#: the largest answer read from a language model
MAX_ANSWER_BYTES = 1 << 20


# ============================================================== LLM backends
SYSTEM_PROMPT = """You turn a trip request into JSON for a route planner. Only parse; do not plan.
Today is {today} ({weekday}). Times are 24-hour HH:MM local time; dates YYYY-MM-DD.
tasks: one entry per visit, in the order the prompt mentions them; category is one of: {categories}.
Meals (lunch, dinner) are restaurant visits; coffee and breakfast are cafe visits. duration_min: minutes at the
place (the prompt's value, else a usual length). cuisine: lower-case OSM cuisine for food places if said, else null.
name: a specific place name if the prompt names one, else null. Any other kind of place (a sauna, a hardware
store): category "other" with tag the OSM key=value (leisure=sauna, shop=hardware), else tag null.
maximize: true for "as many ... as possible", else false.
start_place/end_place: place names as written (end_place = start_place when the user must come back), else null.
deadline: latest end time; time_limit_min: total trip length if said; null otherwise.
dependencies: {{"before": i, "after": j}} when task i must come before task j ("then", "after lunch").
preferences: weights in [0, 1] for quality, distance (short travel) and completion; default 0.3, 0.3, 0.4,
raise a weight to 0.7 when the prompt stresses it. mode: "walk" unless the user drives."""


def system_prompt(today: dt.date) -> str:
    """The instructions sent to a language model with the schema."""
    return SYSTEM_PROMPT.format(today=today.isoformat(), weekday=today.strftime("%A"),
                                categories=", ".join(CATEGORIES))


class LLMError(RuntimeError):
    """A language-model call failed or returned something unusable."""


class LLMUnavailable(LLMError):
    """The endpoint cannot be reached or does not answer in time (not worth a retry)."""


def llm_timeout(value: float | str | None = None) -> float:
    """Seconds for the LLM connect and read timeouts: ``value``, else
    ``NCO_LLM_TIMEOUT``, else :data:`DEFAULT_LLM_TIMEOUT`.

    Raises
    ------
    InputError
        Not a positive number of seconds (at most one hour).
    """
    where = "--llm-timeout"
    if value is None:
        value, where = os.environ.get("NCO_LLM_TIMEOUT") or DEFAULT_LLM_TIMEOUT, "NCO_LLM_TIMEOUT"
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        seconds = float("nan")
    if not 0 < seconds <= 3600:
        raise InputError(f"{where} must be a number of seconds in (0, 3600], got {str(value)[:40]!r}")
    return seconds


def _clean(text: str, limit: int = 200) -> str:
    """``text`` as one short printable line (an endpoint's words go into notes and terminals)."""
    text = "".join(c if c.isprintable() else " " for c in str(text))
    return " ".join(text.split())[:limit]


def _post_json(url: str, payload: dict, headers: dict, timeout: float) -> dict:
    """POST ``payload`` as JSON; the answer's JSON.

    ``timeout`` bounds the connection and each read; the whole exchange is
    bounded by twice ``timeout`` however slowly the endpoint sends.
    """
    box: dict = {}

    def work():
        try:
            box["data"] = _post_json_blocking(url, payload, headers, timeout)
        except BaseException as exc:  # handed to the caller
            box["error"] = exc

    worker = threading.Thread(target=work, name="nco-llm-request", daemon=True)
    worker.start()
    worker.join(2 * timeout)
    if worker.is_alive():
        raise LLMUnavailable(f"no complete answer from {_clean(url)} within {2 * timeout:g} s")
    exc = box.get("error")
    if isinstance(exc, LLMError):
        raise exc
    if exc is not None:
        raise LLMError(f"the request to {_clean(url)} failed ({type(exc).__name__}: {_clean(exc, 120)})")
    return box["data"]


def _post_json_blocking(url: str, payload: dict, headers: dict, timeout: float) -> dict:
    if not url.lower().startswith(("http://", "https://")):
        raise LLMUnavailable(f"the LLM base URL must start with http:// or https://, got {_clean(url, 80)!r}")
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as exc:
        said = _clean(exc.read(2000).decode(errors="replace"))
        raise LLMError(f"HTTP {exc.code} from {_clean(url)}: {said}") from None
    except (TimeoutError, socket.timeout):
        raise LLMUnavailable(f"no answer from {_clean(url)} within {timeout:g} s") from None
    except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise LLMUnavailable(f"no answer from {_clean(url)} within {timeout:g} s") from None
        raise LLMUnavailable(f"cannot reach {_clean(url)}: {_clean(reason)}") from None
    if len(body) > MAX_ANSWER_BYTES:
        raise LLMError(f"{_clean(url)} answered more than {MAX_ANSWER_BYTES} bytes")
    try:
        return json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise LLMError(f"{_clean(url)} did not answer JSON: {_clean(exc)}") from None


class OpenAIParser:
    """Any OpenAI-compatible chat-completions endpoint with structured outputs.

    Parameters
    ----------
    base_url : str
        E.g. ``"https://api.openai.com/v1"`` or a local vLLM/llama.cpp server.
    model : str
        Model name.
    api_key : str, optional
        Bearer token (default: environment ``OPENAI_API_KEY``).
    timeout : float, optional
        Seconds to connect and seconds to wait for the answer (default
        :func:`llm_timeout`: ``NCO_LLM_TIMEOUT`` or 20).
    """

    name = "openai"

    def __init__(self, base_url: str, model: str, api_key: str | None = None, timeout: float | None = None):
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        self.timeout = llm_timeout(timeout)

    def payload(self, text: str, today: dt.date) -> dict:
        """The request body (exposed for inspection and tests)."""
        return {
            "model": self.model,
            "messages": [{"role": "system", "content": system_prompt(today)}, {"role": "user", "content": text}],
            "response_format": {"type": "json_schema",
                                "json_schema": {"name": "TripRequest", "strict": True, "schema": llm_schema()}},
            "temperature": 0,
        }

    def __call__(self, text: str, today: dt.date) -> str:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        data = _post_json(f"{self.base_url}/chat/completions", self.payload(text, today), headers, self.timeout)
        try:
            msg = data["choices"][0]["message"]
        except (KeyError, IndexError, TypeError):
            raise LLMError("answer has no choices[0].message") from None
        if msg.get("refusal"):
            raise LLMError(f"the model refused: {msg['refusal']}")
        content = msg.get("content")
        if not isinstance(content, str):
            raise LLMError("answer has no message content")
        return content


class OllamaParser:
    """An Ollama server (``POST /api/chat`` with ``format`` = the JSON Schema).

    Parameters
    ----------
    base_url : str
        Default ``"http://127.0.0.1:11434"``.
    model : str
        Model name, e.g. ``"llama3.1"``.
    timeout : float, optional
        Seconds to connect and seconds to wait for the answer (default
        :func:`llm_timeout`: ``NCO_LLM_TIMEOUT`` or 20).
    """

    name = "ollama"

    def __init__(self, base_url: str = "http://127.0.0.1:11434", model: str = "llama3.1",
                 timeout: float | None = None):
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.timeout = llm_timeout(timeout)

    def payload(self, text: str, today: dt.date) -> dict:
        """The request body (exposed for inspection and tests)."""
        return {
            "model": self.model,
            "messages": [{"role": "system", "content": system_prompt(today)}, {"role": "user", "content": text}],
            "format": llm_schema(),
            "stream": False,
            "options": {"temperature": 0},
        }

    def __call__(self, text: str, today: dt.date) -> str:
        data = _post_json(f"{self.base_url}/api/chat", self.payload(text, today), {}, self.timeout)
        try:
            content = data["message"]["content"]
        except (KeyError, TypeError):
            raise LLMError("answer has no message.content") from None
        if not isinstance(content, str):
            raise LLMError("answer has no message content")
        return content


def make_parser(parser: str = "auto", base_url: str | None = None, model: str | None = None,
                api_key: str | None = None, timeout: float | None = None):
    """The backend named by ``parser``; ``None`` for the offline parser.

    ``"auto"`` uses an LLM only when configured through the environment:
    ``NCO_LLM`` (``openai`` or ``ollama``), ``NCO_LLM_BASE_URL``,
    ``NCO_LLM_MODEL``; otherwise the offline parser.  ``timeout`` is
    passed to the backend (see :func:`llm_timeout`).
    """
    if parser == "auto":
        kind = os.environ.get("NCO_LLM", "").strip().lower()
        if kind not in ("openai", "ollama"):
            return None
        parser = kind
        base_url = base_url or os.environ.get("NCO_LLM_BASE_URL")
        model = model or os.environ.get("NCO_LLM_MODEL")
    if parser == "offline":
        return None
    if parser == "openai":
        if not base_url or not model:
            raise InputError("parser='openai' needs base_url and model (or NCO_LLM_BASE_URL / NCO_LLM_MODEL)")
        return OpenAIParser(base_url, model, api_key, timeout)
    if parser == "ollama":
        return OllamaParser(base_url or "http://127.0.0.1:11434", model or "llama3.1", timeout)
    if callable(parser):
        return parser
    raise InputError(f"unknown parser {parser!r}: use 'auto', 'offline', 'openai' or 'ollama'")


def parse(text: str, parser="auto", today: dt.date | None = None, base_url: str | None = None,
          model: str | None = None, api_key: str | None = None, timeout: float | None = None,
          known_place=None) -> ParseResult:
    """Parse a prompt with the chosen backend.

    A language model's answer is validated against :class:`TripRequest`;
    an invalid answer is retried once, an endpoint that cannot be reached
    or does not answer within ``timeout`` is not; then the offline parser
    is used and :attr:`ParseResult.notes` says why.

    Parameters
    ----------
    text : str
        The prompt.
    parser : str or callable
        ``"auto"``, ``"offline"``, ``"openai"``, ``"ollama"``, or a callable
        ``(text, today) -> JSON text``.
    today : datetime.date, optional
        Reference date for relative dates.
    base_url, model, api_key : str, optional
        LLM endpoint settings.
    timeout : float, optional
        Seconds to connect and seconds to wait for the answer (default
        ``NCO_LLM_TIMEOUT`` or :data:`DEFAULT_LLM_TIMEOUT`).
    known_place : callable, optional
        For the offline parser: what the map knows of names
        (:class:`nco.planner.plan.MapNames`, or a plain ``name -> bool``;
        see :func:`parse_offline`).

    Returns
    -------
    ParseResult

    Raises
    ------
    InputError
        A bad prompt (see :func:`parse_offline`), contradictory times or a
        circular task order in the model's answer, a bad timeout.
    """
    today = today or dt.date.today()
    backend = make_parser(parser, base_url, model, api_key, timeout)
    if backend is None:
        return parse_offline(text, today, known_place)
    text = check_prompt(text)
    name = getattr(backend, "name", "llm")
    error = _ask_llm(backend, text, today)
    if isinstance(error, ParseResult):
        return error
    result = parse_offline(text, today, known_place)
    result.notes.insert(0, f"the {name} parser {error}; the offline parser was used instead")
    result.backend = "offline (fallback)"
    return result


#: model answers that are the prompt's fault, not the model's: reported, not retried
_FATAL = ("contradictory", "nothing to plan", "the trip would run past midnight")


def _ask_llm(backend, text: str, today: dt.date):
    """A :class:`ParseResult` from the model, or why it failed (a phrase for the fallback note)."""
    name = getattr(backend, "name", "llm")
    errors = []
    for _attempt in range(2):
        try:
            raw = backend(text, today)
            req = validate_request(raw if isinstance(raw, str) else json.dumps(raw))
            req.check_times()
            if not req.tasks:
                raise InputError("nothing to plan: the model found no place to visit in the prompt")
            return ParseResult(req, name, [])
        except InputError as exc:
            if str(exc).startswith(_FATAL) or "task order is circular" in str(exc):
                raise
            errors.append(_clean(exc))
        except LLMUnavailable as exc:
            return f"is unavailable ({_clean(exc)})"
        except LLMError as exc:
            errors.append(_clean(exc))
        except (TypeError, ValueError, RecursionError) as exc:  # a callable backend's odd answer
            errors.append(f"unusable answer ({type(exc).__name__})")
    return f"failed twice ({errors[-1]})"


__all__ = ["ParseResult", "parse", "parse_offline", "MAX_PROMPT_CHARS", "OpenAIParser", "OllamaParser", "match_category",
           "make_parser", "LLMError", "LLMUnavailable", "llm_timeout", "Dependency"]
